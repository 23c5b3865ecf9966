// SQL fragments shared by the aggregation queries.
import { Prisma } from "@prisma/client";
import { z } from "zod";

import { COUNTED_STATUSES, type CountingBasis } from "@/lib/coverage/counting-rule";

/** The report status in `column` is one that counts on `basis`. */
export function countedStatus(column: string, basis: CountingBasis): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(column)}::text IN (${Prisma.join(COUNTED_STATUSES[basis])})`;
}

/**
 * The reports that count on `basis` (lib/coverage/counting-rule.ts), as a table expression to use in
 * place of unit_month_report wherever figures are summed or reports counted.
 */
export function countedReports(basis: CountingBasis): Prisma.Sql {
  return Prisma.sql`(SELECT * FROM unit_month_report r WHERE ${countedStatus("r.status", basis)})`;
}

/** The group figures of the reports that count on `basis`, in place of enrollment_figure. */
export function countedFigures(basis: CountingBasis): Prisma.Sql {
  return Prisma.sql`(SELECT ef.* FROM enrollment_figure ef
    JOIN unit_month_report er ON er.unit_id = ef.unit_id AND er.period = ef.period
    WHERE ${countedStatus("er.status", basis)})`;
}

/**
 * A report's (alias) voluntary social insurance as it counts in sums: in pairs
 * (lib/coverage/voluntary-social.ts), participants and assigned number, or 0 and 0 when either is blank.
 */
export function countedVoluntary(alias: string): { insured: Prisma.Sql; assigned: Prisma.Sql } {
  const a = Prisma.raw(alias);
  const paired = Prisma.sql`${a}.voluntary_social_insured IS NOT NULL AND ${a}.voluntary_social_assigned IS NOT NULL`;
  return {
    insured: Prisma.sql`(CASE WHEN ${paired} THEN ${a}.voluntary_social_insured ELSE 0 END)`,
    assigned: Prisma.sql`(CASE WHEN ${paired} THEN ${a}.voluntary_social_assigned ELSE 0 END)`,
  };
}

/** Non-negative integer count from SQL (sums arrive as bigint). */
export const sqlCount = z.coerce.number().int().nonnegative();
