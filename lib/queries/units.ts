// Reads of the administrative tree. A code identifies a unit only together with a month, because
// GSO codes are reused across reorganisations (code 24 is Bắc Giang until June 2025, Bắc Ninh after).
import "server-only";

import type { UnitKind } from "@prisma/client";

import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";

export type UnitRef = { id: number; code: string; name: string; kind: UnitKind; level: number };

const unitRefSelect = { id: true, code: true, name: true, kind: true, level: true } as const;

function validInMonth(month: Month) {
  const day = monthToDate(month);
  return { validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }] };
}

export async function getUnitByCode(code: string, month: Month) {
  return db.unit.findFirst({
    where: { code, ...validInMonth(month) },
    select: { ...unitRefSelect, parentId: true, validFrom: true, validTo: true },
  });
}

/** The unit's ancestors from the root down, for the breadcrumb. */
export async function getUnitAncestors(unitId: number): Promise<UnitRef[]> {
  const rows = await db.unitClosure.findMany({
    where: { descendantId: unitId, depth: { gt: 0 } },
    orderBy: { depth: "desc" },
    select: { ancestor: { select: unitRefSelect } },
  });
  return rows.map((row) => row.ancestor);
}

/** Units with the given code valid in other periods (other structures), newest first. */
export async function getUnitsWithCode(code: string) {
  return db.unit.findMany({
    where: { code },
    orderBy: { validFrom: "desc" },
    select: { ...unitRefSelect, validFrom: true, validTo: true },
  });
}
