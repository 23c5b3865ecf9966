// Monthly overall coverage of several units at once (e.g. every child unit of a plan's scope, for
// their projections), zero-filled per unit and month. Same rule as get-coverage-trend.ts: each month
// counts the units below each unit that are valid in that month.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { type Month, dateToMonth, monthToDate } from "@/lib/period";
import type { TrendPoint } from "./get-coverage-trend";
import { sqlCount } from "./sql";

const trendRow = z.object({
  unitId: z.number().int(),
  period: z.date(),
  insured: sqlCount,
  population: sqlCount,
  reportingUnits: sqlCount,
});

export async function getCoverageTrends(unitIds: readonly number[], from: Month, to: Month): Promise<Map<number, TrendPoint[]>> {
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
      FROM enrollment_figure f JOIN below b ON b.unit_id = f.unit_id
      WHERE f.period BETWEEN ${start}::date AND ${end}::date
        AND b.valid_from <= f.period AND (b.valid_to IS NULL OR b.valid_to > f.period)
      GROUP BY b.target_id, f.period
    ),
    reports AS (
      SELECT b.target_id, r.period, SUM(r.population) AS population, COUNT(*) AS reporting_units
      FROM unit_month_report r JOIN below b ON b.unit_id = r.unit_id
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
  for (const { unitId, period, ...totals } of z.array(trendRow).parse(rows)) {
    trends.get(unitId)?.push({ month: dateToMonth(period), ...totals });
  }
  return trends;
}
