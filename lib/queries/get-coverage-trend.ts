// Monthly overall coverage of one unit (or several) over a range of months, zero-filled so that a
// chart never skips a month. Each month counts the base units valid in that month, so a series runs through
// structure changes below the unit. With a structure month (today's structure), the months before
// the unit's base units existed are carried from their predecessors (./carried-figures.ts). Read from
// the store of counted figures (./counted-store.ts); the raw-row
// version remains for the benchmark and the store's tests, which compare the two.
import "server-only";

import { Prisma } from "@prisma/client";
import { cache } from "react";
import { z } from "zod";

import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { db } from "@/lib/db";
import { dateToMonth, monthToDate, type Month } from "@/lib/period";

import { carriedFiguresSql } from "./carried-figures";
import {
  storedGroupFigures,
  storedUnitFigures,
  storeReadingCarriedInto,
  storeReadingForSeries,
  type StoreReading,
} from "./counted-store";
import { countedFigures, countedReports, sqlCount } from "./sql";

const trendRow = z.object({
  period: z.date(),
  insured: sqlCount,
  population: sqlCount,
  reportingUnits: sqlCount,
});

const unitTrendRow = trendRow.extend({ unitId: z.number().int() });

export type TrendPoint = { month: Month; insured: number; population: number; reportingUnits: number };

export const getCoverageTrend = cache(
  async (
    unitId: number,
    from: Month,
    to: Month,
    structureMonth: Month | null = null,
    basis: CountingBasis = "submitted",
  ): Promise<TrendPoint[]> => {
    const reading = await storeReadingForSeries(structureMonth);
    return (await trendsFromStore([unitId], from, to, basis, reading)).get(unitId)!;
  },
);

/** The same series from the raw rows (the benchmark and the store's tests compare the two). */
export async function coverageTrendFromRawRows(
  unitId: number,
  from: Month,
  to: Month,
  structureMonth: Month | null,
  basis: CountingBasis,
): Promise<TrendPoint[]> {
  if (structureMonth === null) return (await trendsFromRawRows([unitId], from, to, basis)).get(unitId)!;
  const rows = await trendInStructure(unitId, from, to, structureMonth, basis);
  return z
    .array(trendRow)
    .parse(rows)
    .map(({ period, ...totals }) => ({ month: dateToMonth(period), ...totals }));
}

/**
 * The same series for several units at once (e.g. every child unit of a plan's scope, for their
 * projections), zero-filled per unit and month; when `to` lies in today's structure, the months
 * before it began are carried into it (./counted-store.ts), so units formed in the reorganisation
 * have a history.
 */
export async function getCarriedCoverageTrends(
  unitIds: readonly number[],
  from: Month,
  to: Month,
): Promise<Map<number, TrendPoint[]>> {
  return trendsFromStore(unitIds, from, to, "submitted", await storeReadingCarriedInto(to));
}

async function trendsFromStore(
  unitIds: readonly number[],
  from: Month,
  to: Month,
  basis: CountingBasis,
  reading: StoreReading,
): Promise<Map<number, TrendPoint[]>> {
  const trends = new Map<number, TrendPoint[]>(unitIds.map((id) => [id, []]));
  if (unitIds.length === 0 || to < from) return trends;
  const start = monthToDate(from);
  const end = monthToDate(to);
  const targets = Prisma.sql`SELECT unnest(${[...unitIds]}::int[])`;
  const rows = await db.$queryRaw<unknown[]>`
    WITH months AS (
      SELECT generate_series(${start}::date, ${end}::date, interval '1 month')::date AS period
    ),
    insured AS (
      SELECT f.unit_id, f.period, SUM(f.insured) AS insured
      FROM ${storedGroupFigures(targets, start, end, basis, reading)} f GROUP BY f.unit_id, f.period
    ),
    reports AS (
      SELECT r.unit_id, r.period, SUM(r.population) AS population, SUM(r.reports) AS reporting_units
      FROM ${storedUnitFigures(targets, start, end, basis, reading)} r GROUP BY r.unit_id, r.period
    )
    SELECT t.id AS "unitId", m.period,
           COALESCE(i.insured, 0)::bigint AS insured,
           COALESCE(r.population, 0)::bigint AS population,
           COALESCE(r.reporting_units, 0)::bigint AS "reportingUnits"
    FROM unnest(${[...unitIds]}::int[]) AS t(id) CROSS JOIN months m
    LEFT JOIN insured i ON i.unit_id = t.id AND i.period = m.period
    LEFT JOIN reports r ON r.unit_id = t.id AND r.period = m.period
    ORDER BY t.id, m.period`;
  for (const { unitId, period, ...totals } of z.array(unitTrendRow).parse(rows)) {
    trends.get(unitId)?.push({ month: dateToMonth(period), ...totals });
  }
  return trends;
}

async function trendsFromRawRows(
  unitIds: readonly number[],
  from: Month,
  to: Month,
  basis: CountingBasis,
): Promise<Map<number, TrendPoint[]>> {
  const trends = new Map<number, TrendPoint[]>(unitIds.map((id) => [id, []]));
  if (unitIds.length === 0 || to < from) return trends;
  const start = monthToDate(from);
  const end = monthToDate(to);
  const rows = await db.$queryRaw<unknown[]>`
    WITH months AS (
      SELECT generate_series(${start}::date, ${end}::date, interval '1 month')::date AS period
    ),
    targets AS (SELECT unnest(${[...unitIds]}::int[]) AS target_id),
    below AS (
      SELECT t.target_id, u.id AS unit_id, u.valid_from, u.valid_to
      FROM targets t JOIN unit_closure c ON c.ancestor_id = t.target_id JOIN unit u ON u.id = c.descendant_id
    ),
    insured AS (
      SELECT b.target_id, f.period, SUM(f.insured) AS insured
      FROM ${countedFigures(basis)} f JOIN below b ON b.unit_id = f.unit_id
      WHERE f.period BETWEEN ${start}::date AND ${end}::date
        AND b.valid_from <= f.period AND (b.valid_to IS NULL OR b.valid_to > f.period)
      GROUP BY b.target_id, f.period
    ),
    reports AS (
      SELECT b.target_id, r.period, SUM(r.population) AS population, COUNT(*) AS reporting_units
      FROM ${countedReports(basis)} r JOIN below b ON b.unit_id = r.unit_id
      WHERE r.period BETWEEN ${start}::date AND ${end}::date
        AND b.valid_from <= r.period AND (b.valid_to IS NULL OR b.valid_to > r.period)
      GROUP BY b.target_id, r.period
    )
    SELECT t.target_id AS "unitId", m.period,
           COALESCE(i.insured, 0)::bigint AS insured,
           COALESCE(r.population, 0)::bigint AS population,
           COALESCE(r.reporting_units, 0)::bigint AS "reportingUnits"
    FROM targets t CROSS JOIN months m
    LEFT JOIN insured i ON i.target_id = t.target_id AND i.period = m.period
    LEFT JOIN reports r ON r.target_id = t.target_id AND r.period = m.period
    ORDER BY t.target_id, m.period`;
  for (const { unitId, period, ...totals } of z.array(unitTrendRow).parse(rows)) {
    trends.get(unitId)?.push({ month: dateToMonth(period), ...totals });
  }
  return trends;
}

function trendInStructure(
  unitId: number,
  from: Month,
  to: Month,
  structureMonth: Month,
  basis: CountingBasis,
): Promise<unknown[]> {
  const start = monthToDate(from);
  const end = monthToDate(to);
  return db.$queryRaw<unknown[]>`
    ${carriedFiguresSql(unitId, monthToDate(structureMonth), start, end, { totalsOnly: true, basis })},
    months AS (
      SELECT generate_series(${start}::date, ${end}::date, interval '1 month')::date AS period
    ),
    insured AS (SELECT period, SUM(insured) AS insured FROM carried_figure GROUP BY period),
    reports AS (
      SELECT period, SUM(population) AS population, COUNT(DISTINCT source_id) AS reporting_units
      FROM carried_report GROUP BY period
    )
    SELECT m.period,
           COALESCE(i.insured, 0)::bigint AS insured,
           COALESCE(r.population, 0)::bigint AS population,
           COALESCE(r.reporting_units, 0)::bigint AS "reportingUnits"
    FROM months m
    LEFT JOIN insured i ON i.period = m.period
    LEFT JOIN reports r ON r.period = m.period
    ORDER BY m.period`;
}
