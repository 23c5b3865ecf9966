// Reads of the administrative tree. A code identifies a unit only together with a month, because
// GSO codes are reused across reorganisations (code 24 is Bắc Giang until June 2025, Bắc Ninh after).
import "server-only";

import { Prisma, UnitKind } from "@prisma/client";
import { z } from "zod";

import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { monthToDate, type Month } from "@/lib/period";
import { hasUnrestrictedScope, scopeUnitsSql, type ScopedUser } from "@/lib/permissions/scope";

export type UnitRef = { id: number; code: string; name: string; kind: UnitKind; level: number };

const unitRefSelect = { id: true, code: true, name: true, kind: true, level: true } as const;

function validInMonth(month: Month) {
  const day = monthToDate(month);
  return { validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }] };
}

/**
 * The unit with this code valid in `month`, whoever asks. Pages, downloads and checks resolve a
 * code through resolveUnitInMonth (./resolve-unit-in-month.ts), which also judges the user's scope.
 */
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

export type BreadcrumbUnit = UnitRef & { accessible: boolean };

const breadcrumbRow = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(UnitKind),
  level: z.number().int(),
  accessible: z.boolean(),
});

/**
 * The breadcrumb of a unit for one user: its ancestors from the root down, each marked with whether
 * the user may open it in `month` (a commune officer sees the names above their commune but cannot
 * go there). One query: the ancestors joined with the user's scope in that month.
 */
export async function getAccessibleAncestors(
  user: ScopedUser,
  unitId: number,
  month: Month,
  client: DbClient = db,
): Promise<BreadcrumbUnit[]> {
  const accessible = hasUnrestrictedScope(user)
    ? Prisma.sql`TRUE`
    : Prisma.sql`a.id IN (SELECT unit_id FROM (${scopeUnitsSql(user.scopeUnitId, month)}) s)`;
  const rows = await client.$queryRaw<unknown[]>`
    SELECT a.id, a.code, a.name, a.kind::text AS kind, a.level, ${accessible} AS accessible
    FROM unit_closure c JOIN unit a ON a.id = c.ancestor_id
    WHERE c.descendant_id = ${unitId} AND c.depth > 0
    ORDER BY c.depth DESC`;
  return z.array(breadcrumbRow).parse(rows);
}

/** Units with the given code valid in other periods (other structures), newest first. */
export async function getUnitsWithCode(code: string) {
  return db.unit.findMany({
    where: { code },
    orderBy: { validFrom: "desc" },
    select: { ...unitRefSelect, validFrom: true, validTo: true },
  });
}
