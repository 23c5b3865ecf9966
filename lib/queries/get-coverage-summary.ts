// Coverage of one unit in one month, rolled up from the base units below it that are valid in
// that month: totals and one row per participant group. Sums first, rates later (lib/coverage).
// With a structure month (today's structure), the unit is one of that structure and the figures of
// a month before its base units existed are carried from their predecessors (./carried-figures.ts);
// base units and reports are then counted among those predecessors. Read from the store of counted
// figures (./counted-store.ts); the raw-row
// version remains for the benchmark and the store's tests, which compare the two.
import "server-only";

import { Prisma } from "@prisma/client";
import { cache } from "react";
import { z } from "zod";

import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";
import { baseUnitsOf, hasNoChildOn, validOn } from "@/lib/units/unit-in-month";

import { carriedFiguresSql } from "./carried-figures";
import {
  storedBaseUnits,
  storedGroupFigures,
  storedUnitFigures,
  storeReading,
  type StoreReading,
} from "./counted-store";
import { countedFigures, countedReports, countedVoluntary, sqlCount } from "./sql";

const count = sqlCount;

const groupRow = z.object({
  groupId: z.number().int(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  nameEn: z.string().nullable(),
  shortNameEn: z.string().nullable(),
  insured: count,
  eligible: count,
  newlyEnrolled: count,
  renewed: count,
});

const totalsRow = z.object({
  population: count,
  baseUnits: count,
  reportingUnits: count,
  voluntarySocialInsured: count,
  voluntarySocialAssigned: count,
});

export type GroupCoverage = z.infer<typeof groupRow>;
export type CoverageSummary = z.infer<typeof totalsRow> & {
  insured: number;
  newlyEnrolled: number;
  renewed: number;
  groups: GroupCoverage[];
};

/** Select list: each participant group in force (alias g) with the sums of its figures (alias f). */
const GROUP_SUMS = Prisma.sql`
  g.id AS "groupId", g.code, g.name, g.short_name AS "shortName", g.name_en AS "nameEn", g.short_name_en AS "shortNameEn",
  COALESCE(SUM(f.insured), 0)::bigint AS insured,
  COALESCE(SUM(f.eligible), 0)::bigint AS eligible,
  COALESCE(SUM(f.newly_enrolled), 0)::bigint AS "newlyEnrolled",
  COALESCE(SUM(f.renewed), 0)::bigint AS renewed`;

export const getCoverageSummary = cache(
  async (
    unitId: number,
    month: Month,
    structureMonth: Month | null = null,
    basis: CountingBasis = "submitted",
  ): Promise<CoverageSummary> => {
    return summaryFromStore(unitId, month, basis, await storeReading(month, structureMonth));
  },
);

/** The same summary from the raw rows (the benchmark and the store's tests compare the two). */
export async function summaryFromRawRows(
  unitId: number,
  month: Month,
  structureMonth: Month | null,
  basis: CountingBasis,
): Promise<CoverageSummary> {
  const [groupRows, totalsRows] =
    structureMonth === null || structureMonth === month
      ? await summaryInMonthStructure(unitId, month, basis)
      : await summaryInStructure(unitId, month, structureMonth, basis);
  return toSummary(groupRows, totalsRows);
}

function toSummary(groupRows: unknown[], totalsRows: unknown[]): CoverageSummary {
  const groups = z.array(groupRow).parse(groupRows);
  const totals = totalsRow.parse(totalsRows[0]);
  return {
    ...totals,
    insured: groups.reduce((sum, g) => sum + g.insured, 0),
    newlyEnrolled: groups.reduce((sum, g) => sum + g.newlyEnrolled, 0),
    renewed: groups.reduce((sum, g) => sum + g.renewed, 0),
    groups,
  };
}

async function summaryFromStore(
  unitId: number,
  month: Month,
  basis: CountingBasis,
  reading: StoreReading,
): Promise<CoverageSummary> {
  const day = monthToDate(month);
  const unit = Prisma.sql`${unitId}`;
  const [groupRows, totalsRows] = await Promise.all([
    db.$queryRaw<unknown[]>`
      SELECT ${GROUP_SUMS}
      FROM participant_group g
      JOIN group_set s ON s.id = g.group_set_id AND ${validOn("s", day)}
      LEFT JOIN ${storedGroupFigures(unit, day, day, basis, reading)} f ON f.group_id = g.id
      GROUP BY g.id
      ORDER BY g.ordinal`,
    db.$queryRaw<unknown[]>`
      SELECT COALESCE(SUM(r.population), 0)::bigint AS population,
             COALESCE((SELECT SUM(b.base_units) FROM ${storedBaseUnits(unit, day, reading)} b), 0)::bigint AS "baseUnits",
             COALESCE(SUM(r.reports), 0)::bigint AS "reportingUnits",
             COALESCE(SUM(r.voluntary_social_insured), 0)::bigint AS "voluntarySocialInsured",
             COALESCE(SUM(r.voluntary_social_assigned), 0)::bigint AS "voluntarySocialAssigned"
      FROM ${storedUnitFigures(unit, day, day, basis, reading)} r`,
  ]);
  return toSummary(groupRows, totalsRows);
}

function summaryInMonthStructure(unitId: number, month: Month, basis: CountingBasis): Promise<[unknown[], unknown[]]> {
  const day = monthToDate(month);
  return Promise.all([
    db.$queryRaw<unknown[]>`
      WITH base AS (${baseUnitsOf(unitId, day)})
      SELECT ${GROUP_SUMS}
      FROM participant_group g
      JOIN group_set s ON s.id = g.group_set_id AND ${validOn("s", day)}
      LEFT JOIN ${countedFigures(basis)} f
        ON f.group_id = g.id AND f.period = ${day}::date AND f.unit_id IN (SELECT unit_id FROM base)
      GROUP BY g.id
      ORDER BY g.ordinal`,
    db.$queryRaw<unknown[]>`
      WITH base AS (${baseUnitsOf(unitId, day)})
      SELECT COALESCE(SUM(r.population), 0)::bigint AS population,
             (SELECT COUNT(*) FROM base)::bigint AS "baseUnits",
             COUNT(r.id)::bigint AS "reportingUnits",
             COALESCE(SUM(${countedVoluntary("r").insured}), 0)::bigint AS "voluntarySocialInsured",
             COALESCE(SUM(${countedVoluntary("r").assigned}), 0)::bigint AS "voluntarySocialAssigned"
      FROM base b
      LEFT JOIN ${countedReports(basis)} r ON r.unit_id = b.unit_id AND r.period = ${day}::date`,
  ]);
}

function summaryInStructure(
  unitId: number,
  month: Month,
  structureMonth: Month,
  basis: CountingBasis,
): Promise<[unknown[], unknown[]]> {
  const day = monthToDate(month);
  const carried = carriedFiguresSql(unitId, monthToDate(structureMonth), day, day, { totalsOnly: true, basis });
  return Promise.all([
    db.$queryRaw<unknown[]>`
      ${carried}
      SELECT ${GROUP_SUMS}
      FROM participant_group g
      JOIN group_set s ON s.id = g.group_set_id AND ${validOn("s", day)}
      LEFT JOIN carried_figure f ON f.group_id = g.id
      GROUP BY g.id
      ORDER BY g.ordinal`,
    db.$queryRaw<unknown[]>`
      ${carried}
      SELECT COALESCE(SUM(r.population), 0)::bigint AS population,
             (SELECT COUNT(*) FROM source_unit su
               WHERE su.valid_from <= ${day}::date AND (su.valid_to IS NULL OR su.valid_to > ${day}::date)
                 AND ${hasNoChildOn("su.source_id", day)})::bigint AS "baseUnits",
             COUNT(DISTINCT r.source_id)::bigint AS "reportingUnits",
             COALESCE(SUM(r.voluntary_social_insured), 0)::bigint AS "voluntarySocialInsured",
             COALESCE(SUM(r.voluntary_social_assigned), 0)::bigint AS "voluntarySocialAssigned"
      FROM carried_report r`,
  ]);
}
