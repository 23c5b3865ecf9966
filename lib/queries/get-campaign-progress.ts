// What the reports give for campaigns (lib/coverage/campaign-progress.ts): the new enrollments and
// renewals of the base units below each campaign's unit, summed over its months up to `asOf`, and
// the insured and population at the latest of those months with a counted report, with how many
// base units reported then. Reports count by the one counting rule (lib/coverage/counting-rule.ts),
// read from the store of counted figures in each month's own structure: a campaign's unit is valid
// throughout its months (lib/campaigns/save-campaign.ts). One query for any number of campaigns.
import "server-only";

import { Prisma } from "@prisma/client";
import { z } from "zod";

import type { CampaignCounts } from "@/lib/coverage/campaign-progress";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { db } from "@/lib/db";
import { dateToMonth, monthToDate, type Month } from "@/lib/period";

import { storedBaseUnitsOnDays, storedGroupFigures, storedUnitFigures, storeReadingForSeries } from "./counted-store";
import { sqlCount } from "./sql";

export type CampaignSpan = { id: number; unitId: number; firstMonth: Month; lastMonth: Month };

const progressRow = z.object({
  id: z.number().int(),
  newlyEnrolled: sqlCount,
  renewed: sqlCount,
  latestMonth: z.date().nullable(),
  insured: sqlCount,
  population: sqlCount,
  reportingUnits: sqlCount,
  baseUnits: sqlCount,
});

export type CampaignCountsAsOf = CampaignCounts & { latestMonth: Month | null };

/**
 * Counts of each campaign from its first month to its last, or to `asOf` when that is earlier (a
 * dashboard's month). A campaign that has not started by then has zeros and no latest month.
 */
export async function getCampaignCounts(
  campaigns: readonly CampaignSpan[],
  basis: CountingBasis = "submitted",
  asOf: Month | null = null,
): Promise<Map<number, CampaignCountsAsOf>> {
  const spans = campaigns
    .map((campaign) => ({
      ...campaign,
      lastMonth: asOf !== null && asOf < campaign.lastMonth ? asOf : campaign.lastMonth,
    }))
    .filter((campaign) => campaign.firstMonth <= campaign.lastMonth);
  const counts = new Map<number, CampaignCountsAsOf>(
    campaigns.map((campaign) => [campaign.id, { newlyEnrolled: 0, renewed: 0, latest: null, latestMonth: null }]),
  );
  if (spans.length === 0) return counts;

  const reading = await storeReadingForSeries(null);
  const from = monthToDate(spans.map((span) => span.firstMonth).sort()[0]!);
  const to = monthToDate(
    spans
      .map((span) => span.lastMonth)
      .sort()
      .at(-1)!,
  );
  const unitIds = Prisma.sql`SELECT unnest(${[...new Set(spans.map((span) => span.unitId))]}::int[])`;
  const rows = await db.$queryRaw<unknown[]>`
    WITH span AS (
      SELECT * FROM unnest(
        ${spans.map((span) => span.id)}::int[], ${spans.map((span) => span.unitId)}::int[],
        ${spans.map((span) => monthToDate(span.firstMonth))}::date[], ${spans.map((span) => monthToDate(span.lastMonth))}::date[]
      ) AS s(id, unit_id, first_month, last_month)
    ),
    figures AS (
      SELECT f.unit_id, f.period, SUM(f.newly_enrolled) AS newly_enrolled, SUM(f.renewed) AS renewed, SUM(f.insured) AS insured
      FROM ${storedGroupFigures(unitIds, from, to, basis, reading)} f GROUP BY f.unit_id, f.period
    ),
    reports AS (
      SELECT r.unit_id, r.period, SUM(r.reports) AS reports, SUM(r.population) AS population
      FROM ${storedUnitFigures(unitIds, from, to, basis, reading)} r GROUP BY r.unit_id, r.period
    ),
    sums AS (
      SELECT s.id, SUM(f.newly_enrolled) AS newly_enrolled, SUM(f.renewed) AS renewed
      FROM span s JOIN figures f ON f.unit_id = s.unit_id AND f.period BETWEEN s.first_month AND s.last_month
      GROUP BY s.id
    ),
    latest AS (
      SELECT DISTINCT ON (s.id) s.id, s.unit_id, r.period, r.reports, r.population
      FROM span s JOIN reports r ON r.unit_id = s.unit_id AND r.period BETWEEN s.first_month AND s.last_month
      WHERE r.reports > 0
      ORDER BY s.id, r.period DESC
    )
    SELECT s.id,
           COALESCE(m.newly_enrolled, 0)::bigint AS "newlyEnrolled",
           COALESCE(m.renewed, 0)::bigint AS renewed,
           l.period AS "latestMonth",
           COALESCE(f.insured, 0)::bigint AS insured,
           COALESCE(l.population, 0)::bigint AS population,
           COALESCE(l.reports, 0)::bigint AS "reportingUnits",
           COALESCE(b.base_units, 0)::bigint AS "baseUnits"
    FROM span s
    LEFT JOIN sums m ON m.id = s.id
    LEFT JOIN latest l ON l.id = s.id
    LEFT JOIN figures f ON f.unit_id = s.unit_id AND f.period = l.period
    LEFT JOIN ${storedBaseUnitsOnDays(Prisma.sql`SELECT DISTINCT unit_id, period AS day FROM latest`)} b
      ON b.unit_id = s.unit_id AND b.day = l.period`;
  for (const row of z.array(progressRow).parse(rows)) {
    counts.set(row.id, {
      newlyEnrolled: row.newlyEnrolled,
      renewed: row.renewed,
      latestMonth: row.latestMonth ? dateToMonth(row.latestMonth) : null,
      latest: row.latestMonth
        ? {
            insured: row.insured,
            population: row.population,
            reportingUnits: row.reportingUnits,
            baseUnits: row.baseUnits,
          }
        : null,
    });
  }
  return counts;
}
