// Each commune's figures per participant group for one month beside the month before, for every
// base unit below a unit (structure valid in the month) that is in the user's scope: the group
// figures of the review list, read for the whole list at once. A group is matched with itself the
// month before, or, across the boundary of two group sets, with the sum of the previous set's groups
// it continues (table group_succession; never by code alone, as on the entry form); a group that
// continues none, and a commune that did not exist the month before (the July 2025 reorganisation),
// have no previous figures.
import "server-only";

import { Prisma } from "@prisma/client";
import { z } from "zod";

import { db } from "@/lib/db";
import type { StoredGroupNames } from "@/lib/i18n/reference-texts";
import { addMonths, monthToDate, type Month } from "@/lib/period";
import { hasUnrestrictedScope, scopeUnitsSql, type ScopedUser } from "@/lib/permissions/scope";
import { baseUnitsOf } from "@/lib/units/unit-in-month";

import { sqlCount } from "./sql";

const row = z.object({
  unitId: z.number().int(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  nameEn: z.string().nullable(),
  shortNameEn: z.string().nullable(),
  insured: sqlCount,
  eligible: sqlCount,
  previousInsured: sqlCount.nullable(),
  previousEligible: sqlCount.nullable(),
});

/** One group of a commune's report: insured and eligible this month and (null: none) the month before. */
export type GroupMonthFigures = StoredGroupNames & {
  code: string;
  insured: number;
  eligible: number;
  previous: { insured: number; eligible: number } | null;
};

/** The groups of each commune (by unit id), in their order. */
export async function getMonthGroupFigures(
  user: ScopedUser,
  unitId: number,
  month: Month,
): Promise<Map<number, GroupMonthFigures[]>> {
  const day = monthToDate(month);
  const previousDay = monthToDate(addMonths(month, -1));
  const inScope = hasUnrestrictedScope(user)
    ? Prisma.sql`TRUE`
    : Prisma.sql`b.unit_id IN (SELECT unit_id FROM (${scopeUnitsSql(user.scopeUnitId, month)}) s)`;
  const rows = await db.$queryRaw<unknown[]>`
    WITH base AS (SELECT b.unit_id FROM (${baseUnitsOf(unitId, day)}) b WHERE ${inScope}),
    figures AS (
      SELECT f.unit_id, f.period, f.group_id, g.code, g.name, g.short_name, g.name_en, g.short_name_en, g.ordinal, f.insured, f.eligible
      FROM enrollment_figure f JOIN participant_group g ON g.id = f.group_id
      WHERE f.unit_id IN (SELECT unit_id FROM base) AND f.period IN (${day}::date, ${previousDay}::date)
    )
    SELECT c.unit_id AS "unitId", c.code, c.name, c.short_name AS "shortName", c.name_en AS "nameEn", c.short_name_en AS "shortNameEn", c.insured, c.eligible,
           p.insured AS "previousInsured", p.eligible AS "previousEligible"
    FROM figures c
    LEFT JOIN LATERAL (
      SELECT SUM(p.insured)::bigint AS insured, SUM(p.eligible)::bigint AS eligible
      FROM figures p
      WHERE p.unit_id = c.unit_id AND p.period = ${previousDay}::date
        AND (p.group_id = c.group_id
             OR p.group_id IN (SELECT s.predecessor_id FROM group_succession s WHERE s.group_id = c.group_id))
    ) p ON TRUE
    WHERE c.period = ${day}::date
    ORDER BY c.unit_id, c.ordinal, c.code`;
  const byUnit = new Map<number, GroupMonthFigures[]>();
  for (const { unitId: id, previousInsured, previousEligible, ...group } of z.array(row).parse(rows)) {
    const previous =
      previousInsured === null || previousEligible === null
        ? null
        : { insured: previousInsured, eligible: previousEligible };
    byUnit.set(id, [...(byUnit.get(id) ?? []), { ...group, previous }]);
  }
  return byUnit;
}
