// Reads behind the leader view of a plan, shared by its widgets and read once per request: the
// plan's targets that apply to a unit, the unit's monthly history, and the unit's overall standing
// (now and projected to the milestone) against the plan.
import "server-only";
import { cache } from "react";
import { applicableTarget } from "@/lib/coverage/applicable-target";
import type { RatePoint } from "@/lib/coverage/projection";
import { standingAgainstTarget } from "@/lib/coverage/standing";
import type { Month } from "@/lib/period";
import type { TrendPoint } from "@/lib/queries/get-coverage-trend";
import { getCoverageSummary } from "@/lib/queries/get-coverage-summary";
import { getCoverageTrends } from "@/lib/queries/get-coverage-trends";
import { getPlanTargetCandidates } from "@/lib/queries/get-target-candidates";

/** Insured ÷ population per month, for projections. */
export function overallRatePoints(history: readonly TrendPoint[]): RatePoint[] {
  return history.map((point) => ({ month: point.month, numerator: point.insured, denominator: point.population }));
}

export const getPlanUnitCandidates = cache((planId: number, unitId: number) => getPlanTargetCandidates(planId, [unitId]));

export const getUnitHistory = cache(async (unitId: number, from: Month, to: Month): Promise<TrendPoint[]> => {
  const trends = await getCoverageTrends([unitId], from, to);
  return trends.get(unitId) ?? [];
});

/** The unit's coverage in `month` and its overall standing against the plan. */
export const getOverallStanding = cache(async (planId: number, unitId: number, month: Month, historyFrom: Month) => {
  const [summary, candidates, history] = await Promise.all([
    getCoverageSummary(unitId, month),
    getPlanUnitCandidates(planId, unitId),
    getUnitHistory(unitId, historyFrom, month),
  ]);
  const target = applicableTarget(candidates, unitId, null, month);
  const standing = standingAgainstTarget({ insured: summary.insured, denominator: summary.population, target, history: overallRatePoints(history) });
  return { summary, candidates, history, standing };
});
