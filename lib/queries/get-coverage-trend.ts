// Monthly overall coverage of one unit over a range of months, zero-filled so that a chart never
// skips a month. Each month counts the base units valid in that month, so a series runs through
// structure changes below the unit.
import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { type Month, dateToMonth, monthToDate } from "@/lib/period";
import { sqlCount } from "./sql";

const trendRow = z.object({
  period: z.date(),
  insured: sqlCount,
  population: sqlCount,
  reportingUnits: sqlCount,
});

export type TrendPoint = { month: Month; insured: number; population: number; reportingUnits: number };

export const getCoverageTrend = cache(async (unitId: number, from: Month, to: Month): Promise<TrendPoint[]> => {
  const start = monthToDate(from);
  const end = monthToDate(to);
  const rows = await db.$queryRaw<unknown[]>`
    WITH months AS (
      SELECT generate_series(${start}::date, ${end}::date, interval '1 month')::date AS period
    ),
    below AS (
      SELECT u.id AS unit_id, u.valid_from, u.valid_to
      FROM unit_closure c JOIN unit u ON u.id = c.descendant_id
      WHERE c.ancestor_id = ${unitId}
    ),
    insured AS (
      SELECT f.period, SUM(f.insured) AS insured
      FROM enrollment_figure f JOIN below b ON b.unit_id = f.unit_id
      WHERE f.period BETWEEN ${start}::date AND ${end}::date
        AND b.valid_from <= f.period AND (b.valid_to IS NULL OR b.valid_to > f.period)
      GROUP BY f.period
    ),
    reports AS (
      SELECT r.period, SUM(r.population) AS population, COUNT(*) AS reporting_units
      FROM unit_month_report r JOIN below b ON b.unit_id = r.unit_id
      WHERE r.period BETWEEN ${start}::date AND ${end}::date
        AND b.valid_from <= r.period AND (b.valid_to IS NULL OR b.valid_to > r.period)
      GROUP BY r.period
    )
    SELECT m.period,
           COALESCE(i.insured, 0)::bigint AS insured,
           COALESCE(r.population, 0)::bigint AS population,
           COALESCE(r.reporting_units, 0)::bigint AS "reportingUnits"
    FROM months m
    LEFT JOIN insured i ON i.period = m.period
    LEFT JOIN reports r ON r.period = m.period
    ORDER BY m.period`;
  return z
    .array(trendRow)
    .parse(rows)
    .map(({ period, ...totals }) => ({ month: dateToMonth(period), ...totals }));
});
