// Reads behind the leader view of a plan, shared by its widgets and read once per request: the
// plan's targets that apply to a unit, the unit's monthly history, its overall and per-group
// standing (now and projected to the milestone), its child units' standings, and the lists of base
// units to act on.
import "server-only";

import { cache } from "react";

import { applicableTarget } from "@/lib/coverage/applicable-target";
import { attentionLists } from "@/lib/coverage/attention-lists";
import { PROJECTION_WINDOW_MONTHS, type RatePoint } from "@/lib/coverage/projection";
import { standingAgainstTarget } from "@/lib/coverage/standing";
import { addMonths, type Month } from "@/lib/period";
import { getBaseUnitCoverage } from "@/lib/queries/get-base-unit-coverage";
import { getChildCoverage } from "@/lib/queries/get-child-coverage";
import { getCoverageSummary } from "@/lib/queries/get-coverage-summary";
import { getCarriedCoverageTrends, type TrendPoint } from "@/lib/queries/get-coverage-trend";
import { getGroupCoverageTrend } from "@/lib/queries/get-group-coverage-trend";
import { getRuralThresholds } from "@/lib/queries/get-rural-thresholds";
import { getPlanTargetCandidates } from "@/lib/queries/get-target-candidates";

/** Insured ÷ population per month, for projections. */
export function overallRatePoints(history: readonly TrendPoint[]): RatePoint[] {
  return history.map((point) => ({ month: point.month, numerator: point.insured, denominator: point.population }));
}

export const getPlanUnitCandidates = cache((planId: number, unitId: number) =>
  getPlanTargetCandidates(planId, [unitId]),
);

/** The unit's monthly figures; a unit formed in the reorganisation carries what it was formed from. */
export const getUnitHistory = cache(async (unitId: number, from: Month, to: Month): Promise<TrendPoint[]> => {
  const trends = await getCarriedCoverageTrends([unitId], from, to);
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
  const standing = standingAgainstTarget({
    insured: summary.insured,
    denominator: summary.population,
    target,
    history: overallRatePoints(history),
  });
  return { summary, candidates, history, standing };
});

/** Each participant group's standing against the plan (insured ÷ eligible, the group's own target). */
export const getGroupStandings = cache(async (planId: number, unitId: number, month: Month, historyFrom: Month) => {
  const [{ summary, candidates }, groupHistory] = await Promise.all([
    getOverallStanding(planId, unitId, month, historyFrom),
    getGroupCoverageTrend(unitId, historyFrom, month),
  ]);
  return summary.groups.map((group) => {
    const history = (groupHistory.get(group.groupId) ?? []).map((point) => ({
      month: point.month,
      numerator: point.insured,
      denominator: point.eligible,
    }));
    const target = applicableTarget(candidates, unitId, group.groupId, month);
    return {
      group,
      standing: standingAgainstTarget({ insured: group.insured, denominator: group.eligible, target, history }),
    };
  });
});

/** Each child unit's standing against the plan (its allocated target or the one it inherits), unsorted. */
export const getChildStandings = cache(async (planId: number, unitId: number, month: Month) => {
  const children = await getChildCoverage(unitId, month);
  const ids = children.map((child) => child.id);
  const [candidates, trends] = await Promise.all([
    getPlanTargetCandidates(planId, ids),
    getCarriedCoverageTrends(ids, addMonths(month, 1 - PROJECTION_WINDOW_MONTHS), month),
  ]);
  return children.map((child) => ({
    child,
    standing: standingAgainstTarget({
      insured: child.insured,
      denominator: child.population,
      target: applicableTarget(candidates, child.id, null, month),
      history: overallRatePoints(trends.get(child.id) ?? []),
    }),
  }));
});

/** The lists to act on over the base units below the unit (none when the unit is itself a base unit). */
export const getAttentionLists = cache(async (planId: number, unitId: number, month: Month) => {
  const units = (await getBaseUnitCoverage(unitId, month)).filter((base) => base.id !== unitId);
  if (units.length === 0) return null;
  const [candidates, thresholds] = await Promise.all([
    getPlanTargetCandidates(
      planId,
      units.map((base) => base.id),
    ),
    getRuralThresholds(),
  ]);
  return attentionLists(units, candidates, thresholds, month);
});
