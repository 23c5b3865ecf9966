// A unit's (or a group's) full standing against a plan target in a month: where it is now
// (./progress.ts) and where its own trend takes it by the target's milestone (./projection.ts).
import { dateToMonth } from "@/lib/period";

import type { ApplicableTarget } from "./applicable-target";
import { progressAgainstTarget, type Progress } from "./progress";
import { projectionStatus, projectRate, type Projection, type ProjectionStatus, type RatePoint } from "./projection";

export type Standing = {
  target: ApplicableTarget | null;
  progress: Progress;
  projection: Projection | null;
  /** On track / at risk / off track by the milestone; null without a target rate or a projection. */
  outlook: ProjectionStatus | null;
};

export function standingAgainstTarget({
  insured,
  denominator,
  target,
  history,
}: {
  insured: number;
  denominator: number;
  target: ApplicableTarget | null;
  /** Monthly numerators and denominators up to the month viewed, in order. */
  history: readonly RatePoint[];
}): Standing {
  const progress = progressAgainstTarget(insured, denominator, target);
  if (!target || target.rateBp === null) return { target, progress, projection: null, outlook: null };
  const projection = projectRate(history, dateToMonth(target.dueOn));
  return {
    target,
    progress,
    projection,
    outlook: projection ? projectionStatus(projection.rate, target.rateBp) : null,
  };
}

export type StandingSort = "gap" | "points";

/**
 * Furthest behind first: most people still to enroll ("gap") or most points below the target
 * ("points"), the other measure breaking ties; units without a target or figures last.
 */
export function compareStandings(sort: StandingSort) {
  return (a: Standing, b: Standing): number => {
    const gap = (b.progress.gap ?? -1) - (a.progress.gap ?? -1);
    const points = (a.progress.points ?? Number.POSITIVE_INFINITY) - (b.progress.points ?? Number.POSITIVE_INFINITY);
    return sort === "gap" ? gap || points : points || gap;
  };
}
