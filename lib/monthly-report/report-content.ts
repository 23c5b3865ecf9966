// What the monthly report of a unit says, read with the dashboard's own queries and maths so that
// its figures equal the dashboard's for the same month, structure view and counting basis: the
// summary against the applicable target, the participant groups with their targets and responsible
// agencies, the trend with the target line, the same month last year, reporting completeness, the
// ranking of the children, and the communes below the New Rural Area threshold. The stamp says
// "approved" only when every base unit has an approved (or locked) report. A quarterly report is the
// report of the quarter's last month with each month of the quarter beside the trend. The map is the
// dashboard's (./report-map.ts). Downloaded from a plan's view, it also has the plan's standing and
// outcome as the plan view computes them (lib/queries/get-plan-progress.ts).
import "server-only";

import { applicableTarget, type ApplicableTarget } from "@/lib/coverage/applicable-target";
import { belowRuralStandard } from "@/lib/coverage/attention-lists";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { progressAgainstTarget, type Progress } from "@/lib/coverage/progress";
import { rankUnits, type Ranked } from "@/lib/coverage/ranking";
import { attainment, coverageRate } from "@/lib/coverage/rates";
import type { RuralThreshold } from "@/lib/coverage/rural-standard";
import { TREND_MONTHS } from "@/lib/dashboard/trend-months";
import { addMonths, quarterMonths, type Month, type Quarter } from "@/lib/period";
import { getBaseUnitCoverage, type BaseUnitCoverage } from "@/lib/queries/get-base-unit-coverage";
import { getChildRanking, type ChildRankingRow } from "@/lib/queries/get-child-ranking";
import { getCoverageSummary, type CoverageSummary, type GroupCoverage } from "@/lib/queries/get-coverage-summary";
import { getCoverageTrend } from "@/lib/queries/get-coverage-trend";
import { getGroupStandings, getOverallStanding, type GroupStanding } from "@/lib/queries/get-plan-progress";
import { getCompleteness, type Completeness } from "@/lib/queries/get-review-list";
import { getRuralThresholds } from "@/lib/queries/get-rural-thresholds";
import { getUnitTargetCandidates } from "@/lib/queries/get-target-candidates";
import { isMonthComplete } from "@/lib/reports/month-standing-rules";

import { getReportMap, type ReportMap } from "./report-map";

export type ReportStamp = "approved" | "provisional";

/** The plan the report was asked for from (its leader view), as that view judges the unit. */
export type ReportPlan = {
  number: string;
  overall: Awaited<ReturnType<typeof getOverallStanding>>;
  groups: GroupStanding[];
};

type ReportUnit = { id: number; code: string; name: string; level: number };

export type MonthlyReportContent = {
  unit: ReportUnit;
  month: Month;
  /** The quarter a quarterly report covers (`month` is its last month); null: a monthly report. */
  quarter: Quarter | null;
  /** Each month of the quarter, for a quarterly report. */
  quarterMonths: { month: Month; summary: CoverageSummary; rate: number | null }[];
  /** Today's month in today's structure; null: the month's own structure. */
  structureMonth: Month | null;
  basis: CountingBasis;
  stamp: ReportStamp;
  /** Base units with an approved or locked report, out of how many (what the stamp is judged on). */
  approved: { reportingUnits: number; baseUnits: number };
  summary: CoverageSummary;
  target: ApplicableTarget | null;
  progress: Progress;
  /** Voluntary social insurance: participants ÷ assigned number, counted in pairs; null without one. */
  voluntary: number | null;
  groups: { group: GroupCoverage; target: ApplicableTarget | null; progress: Progress }[];
  trend: { month: Month; rate: number | null; targetBp: number | null }[];
  lastYear: { month: Month; summary: CoverageSummary; rate: number | null };
  completeness: Completeness | null;
  ranking: Ranked<ChildRankingRow>[];
  rural: { threshold: RuralThreshold | null; below: { unit: BaseUnitCoverage; rate: number; needed: number }[] };
  /** The children on a map; null: the unit has none. */
  map: ReportMap | null;
  /** Null: not asked for from a plan, or the plan sets the unit no target. */
  plan: ReportPlan | null;
};

export async function getMonthlyReportContent({
  unit,
  month,
  quarter = null,
  firstMonth,
  structureMonth,
  basis,
  plan = null,
}: {
  unit: ReportUnit;
  month: Month;
  quarter?: Quarter | null;
  /** The first month with figures (the trend starts no earlier). */
  firstMonth: Month;
  structureMonth: Month | null;
  basis: CountingBasis;
  /** The plan whose view asked for the report, and the history that view reads from. */
  plan?: { id: number; number: string; historyFrom: Month } | null;
}): Promise<MonthlyReportContent> {
  const start = addMonths(month, 1 - TREND_MONTHS);
  const lastYearMonth = addMonths(month, -12);
  const [summary, approvedSummary, candidates, trend, lastYear, completeness, ranking, baseUnits, thresholds] =
    await Promise.all([
      getCoverageSummary(unit.id, month, structureMonth, basis),
      getCoverageSummary(unit.id, month, structureMonth, "approved"),
      getUnitTargetCandidates(unit.id),
      getCoverageTrend(unit.id, start < firstMonth ? firstMonth : start, month, structureMonth, basis),
      getCoverageSummary(unit.id, lastYearMonth, structureMonth, basis),
      getCompleteness(unit.id, month),
      getChildRanking(unit.id, month, structureMonth, basis),
      structureMonth ? Promise.resolve([]) : getBaseUnitCoverage(unit.id, month, basis),
      getRuralThresholds(),
    ]);
  const map = await getReportMap({ unit, children: ranking.rows, month, structureMonth, basis });
  const planStanding = plan
    ? await Promise.all([
        getOverallStanding(plan.id, unit.id, month, plan.historyFrom),
        getGroupStandings(plan.id, unit.id, month, plan.historyFrom),
      ])
    : null;
  const quarterSummaries = quarter
    ? await Promise.all(
        quarterMonths(quarter).map(async (each) => ({
          month: each,
          summary: await getCoverageSummary(unit.id, each, structureMonth, basis),
        })),
      )
    : [];
  const target = applicableTarget(candidates, unit.id, null, month);
  const approved = { reportingUnits: approvedSummary.reportingUnits, baseUnits: approvedSummary.baseUnits };
  return {
    unit,
    month,
    quarter,
    quarterMonths: quarterSummaries.map(({ month: each, summary: figures }) => ({
      month: each,
      summary: figures,
      rate: figures.reportingUnits > 0 ? coverageRate(figures.insured, figures.population) : null,
    })),
    structureMonth,
    basis,
    stamp: approved.baseUnits > 0 && isMonthComplete(approved) ? "approved" : "provisional",
    approved,
    summary,
    target,
    progress: progressAgainstTarget(summary.insured, summary.population, target),
    voluntary: attainment(summary.voluntarySocialInsured, summary.voluntarySocialAssigned),
    groups: summary.groups.map((group) => {
      const groupTarget = applicableTarget(candidates, unit.id, group.groupId, month);
      return {
        group,
        target: groupTarget,
        progress: progressAgainstTarget(group.insured, group.eligible, groupTarget),
      };
    }),
    trend: trend.map((point) => ({
      month: point.month,
      rate: coverageRate(point.insured, point.population),
      targetBp: applicableTarget(candidates, unit.id, null, point.month)?.rateBp ?? null,
    })),
    lastYear: {
      month: lastYearMonth,
      summary: lastYear,
      rate: lastYear.reportingUnits > 0 ? coverageRate(lastYear.insured, lastYear.population) : null,
    },
    completeness,
    ranking: rankUnits(ranking.rows, "rate"),
    rural: belowRuralStandard(
      baseUnits.filter((base) => base.id !== unit.id),
      thresholds,
      month,
    ),
    map,
    plan:
      plan && planStanding && planStanding[0].standing.target
        ? { number: plan.number, overall: planStanding[0], groups: planStanding[1] }
        : null,
  };
}
