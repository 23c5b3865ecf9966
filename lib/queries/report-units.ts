// The units that report monthly: base units (communes, wards, townships, special zones) valid in
// the month. A code names a unit only together with a month (codes are reused).
import "server-only";

import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { monthToDate, type Month } from "@/lib/period";
import { COMMUNE_KINDS } from "@/lib/permissions/roles";

export type ReportingUnit = { id: number; code: string; name: string; validFrom: Date; validTo: Date | null };

const reportingUnitSelect = { id: true, code: true, name: true, validFrom: true, validTo: true } as const;

/** The base unit with this code valid in `month`, or null (no such unit, or not a base unit). */
export async function findReportingUnit(
  code: string,
  month: Month,
  client: DbClient = db,
): Promise<ReportingUnit | null> {
  const day = monthToDate(month);
  return client.unit.findFirst({
    where: {
      code,
      kind: { in: [...COMMUNE_KINDS] },
      validFrom: { lte: day },
      OR: [{ validTo: null }, { validTo: { gt: day } }],
    },
    select: reportingUnitSelect,
  });
}
