// Reads behind the leader view of a plan, shared by its widgets and read once per request: the
// plan's targets that apply to a unit, the unit's monthly history, its overall and per-group
// standing (now and projected to the milestone), its child units' standings, and the lists of base
// units to act on. A unit that ended before its milestone (an old province or district of 2025) is
// judged at the milestone on the figures of the territory it covered (lib/queries/get-successor-figures.ts):
// the outcome, not a projection, once that month has figures.
import "server-only";

import { cache } from "react";

import { applicableTarget } from "@/lib/coverage/applicable-target";
import { attentionLists } from "@/lib/coverage/attention-lists";
import { PROJECTION_WINDOW_MONTHS, type RatePoint } from "@/lib/coverage/projection";
import { standingAgainstTarget } from "@/lib/coverage/standing";
import { addMonths, dateToMonth, type Month } from "@/lib/period";
import { getBaseUnitCoverage } from "@/lib/queries/get-base-unit-coverage";
import { getChildCoverage } from "@/lib/queries/get-child-coverage";
import { getCoverageSummary } from "@/lib/queries/get-coverage-summary";
import { getCarriedCoverageTrends, type TrendPoint } from "@/lib/queries/get-coverage-trend";
import { getGroupCoverageTrend } from "@/lib/queries/get-group-coverage-trend";
import { getRuralThresholds } from "@/lib/queries/get-rural-thresholds";
import {
  getSuccessorFigures,
  getSuccessorGroupFigures,
  type SuccessorFigures,
} from "@/lib/queries/get-successor-figures";
import { getPlanTargetCandidates } from "@/lib/queries/get-target-candidates";

/** Insured ÷ population per month, for projections. */
export function overallRatePoints(history: readonly TrendPoint[]): RatePoint[] {
  return history.map((point) => ({ month: point.month, numerator: point.insured, denominator: point.population }));
}

/** The history, followed by the milestone month's figures of an ended unit's territory when there are any. */
function withFiguresAfterEnd(points: RatePoint[], after: SuccessorFigures | undefined): RatePoint[] {
  if (!after || after.reportingUnits === 0) return points;
  return [...points, { month: after.month, numerator: after.insured, denominator: after.population }];
}

/** The territories' figures in the milestone month, for the units of `targets` that ended before it. */
async function figuresAfterEnd(targets: readonly { unitId: number; dueOn: Date | null }[]) {
  const byMonth = new Map<Month, number[]>();
  for (const { unitId, dueOn } of targets) {
    if (!dueOn) continue;
    const month = dateToMonth(dueOn);
    byMonth.set(month, [...(byMonth.get(month) ?? []), unitId]);
  }
  const found = await Promise.all([...byMonth].map(([month, ids]) => getSuccessorFigures(ids, month)));
  return new Map(found.flatMap((figures) => [...figures]));
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
  const afterEnd = (await figuresAfterEnd([{ unitId, dueOn: target?.dueOn ?? null }])).get(unitId) ?? null;
  const standing = standingAgainstTarget({
    insured: summary.insured,
    denominator: summary.population,
    target,
    history: withFiguresAfterEnd(overallRatePoints(history), afterEnd ?? undefined),
  });
  return { summary, candidates, history, standing, afterEnd };
});

/** The groups' figures over an ended unit's territory in their milestone months (by group id). */
async function groupFiguresAfterEnd(unitId: number, targets: readonly { groupId: number; dueOn: Date | null }[]) {
  const byMonth = new Map<Month, number[]>();
  for (const { groupId, dueOn } of targets) {
    if (!dueOn) continue;
    const month = dateToMonth(dueOn);
    byMonth.set(month, [...(byMonth.get(month) ?? []), groupId]);
  }
  const found = await Promise.all([...byMonth].map(([month, ids]) => getSuccessorGroupFigures(unitId, ids, month)));
  return new Map(found.flatMap((figures) => [...figures]));
}

/**
 * Each participant group's standing against the plan (insured ÷ eligible, the group's own target);
 * for a unit that ended before the milestone, judged as the overall standing is, on the groups'
 * figures of the territory it covered (`afterEnd`).
 */
export const getGroupStandings = cache(async (planId: number, unitId: number, month: Month, historyFrom: Month) => {
  const [{ summary, candidates }, groupHistory] = await Promise.all([
    getOverallStanding(planId, unitId, month, historyFrom),
    getGroupCoverageTrend(unitId, historyFrom, month),
  ]);
  const targets = summary.groups.map((group) => ({
    group,
    target: applicableTarget(candidates, unitId, group.groupId, month),
  }));
  const afterEnd = await groupFiguresAfterEnd(
    unitId,
    targets.map(({ group, target }) => ({ groupId: group.groupId, dueOn: target?.dueOn ?? null })),
  );
  return targets.map(({ group, target }) => {
    const history = (groupHistory.get(group.groupId) ?? []).map((point) => ({
      month: point.month,
      numerator: point.insured,
      denominator: point.eligible,
    }));
    const groupAfterEnd = afterEnd.get(group.groupId) ?? null;
    const points = groupAfterEnd
      ? [
          ...history,
          { month: groupAfterEnd.month, numerator: groupAfterEnd.insured, denominator: groupAfterEnd.eligible },
        ]
      : history;
    return {
      group,
      standing: standingAgainstTarget({ insured: group.insured, denominator: group.eligible, target, history: points }),
      afterEnd: groupAfterEnd,
    };
  });
});

/** A participant group with its standing against the plan (the plan view's groups and the report's). */
export type GroupStanding = Awaited<ReturnType<typeof getGroupStandings>>[number];

/** Each child unit's standing against the plan (its allocated target or the one it inherits), unsorted. */
export const getChildStandings = cache(async (planId: number, unitId: number, month: Month) => {
  const children = await getChildCoverage(unitId, month);
  const ids = children.map((child) => child.id);
  const [candidates, trends] = await Promise.all([
    getPlanTargetCandidates(planId, ids),
    getCarriedCoverageTrends(ids, addMonths(month, 1 - PROJECTION_WINDOW_MONTHS), month),
  ]);
  const targets = children.map((child) => ({ child, target: applicableTarget(candidates, child.id, null, month) }));
  const afterEnd = await figuresAfterEnd(
    targets.map(({ child, target }) => ({ unitId: child.id, dueOn: target?.dueOn ?? null })),
  );
  return targets.map(({ child, target }) => ({
    child,
    standing: standingAgainstTarget({
      insured: child.insured,
      denominator: child.population,
      target,
      history: withFiguresAfterEnd(overallRatePoints(trends.get(child.id) ?? []), afterEnd.get(child.id)),
    }),
  }));
});

/** A child unit with its standing against the plan (the plan view's ranking and its file). */
export type ChildStanding = Awaited<ReturnType<typeof getChildStandings>>[number];

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
