// The figures behind the dashboard's two charts, read once for the chart on the page and for its
// workbook (./chart-file.ts), so the file always says what the chart draws: the monthly trend of
// overall coverage against the target in force each month, and coverage per participant group
// against the group targets of the month.
import "server-only";

import { applicableTarget } from "@/lib/coverage/applicable-target";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { progressAgainstTarget, type Progress } from "@/lib/coverage/progress";
import { coverageRate } from "@/lib/coverage/rates";
import type { Locale } from "@/lib/i18n/locales";
import { withGroupNames } from "@/lib/i18n/reference-texts";
import { addMonths, type Month } from "@/lib/period";
import { getCoverageSummary, type GroupCoverage } from "@/lib/queries/get-coverage-summary";
import { getCoverageTrend, type TrendPoint } from "@/lib/queries/get-coverage-trend";
import { getUnitTargetCandidates } from "@/lib/queries/get-target-candidates";

import { TREND_MONTHS } from "./trend-months";

export type TrendFigure = { point: TrendPoint; rate: number | null; targetBp: number | null };
export type GroupFigure = { group: GroupCoverage; progress: Progress };

/** The first month of the trend: the whole history in today's structure, else the last TREND_MONTHS months. */
export function trendStart(month: Month, firstMonth: Month, structureMonth: Month | null): Month {
  const start = structureMonth ? firstMonth : addMonths(month, 1 - TREND_MONTHS);
  return start < firstMonth ? firstMonth : start;
}

export async function getTrendFigures(
  unitId: number,
  from: Month,
  month: Month,
  structureMonth: Month | null,
  basis: CountingBasis,
): Promise<TrendFigure[]> {
  const [trend, candidates] = await Promise.all([
    getCoverageTrend(unitId, from, month, structureMonth, basis),
    getUnitTargetCandidates(unitId),
  ]);
  return trend.map((point) => ({
    point,
    rate: coverageRate(point.insured, point.population),
    targetBp: applicableTarget(candidates, unitId, null, point.month)?.rateBp ?? null,
  }));
}

export async function getGroupFigures(
  unitId: number,
  month: Month,
  structureMonth: Month | null,
  basis: CountingBasis,
  locale: Locale,
): Promise<GroupFigure[]> {
  const [summary, candidates] = await Promise.all([
    getCoverageSummary(unitId, month, structureMonth, basis),
    getUnitTargetCandidates(unitId),
  ]);
  return summary.groups.map((stored) => {
    const group = withGroupNames(stored, locale);
    const target = applicableTarget(candidates, unitId, group.groupId, month);
    return { group, progress: progressAgainstTarget(group.insured, group.eligible, target) };
  });
}
