// Which plan target applies to a unit in a month, from the targets set on the unit and on its
// ancestors (its "candidates"). The rule:
// - the unit's own (allocated) target wins over an ancestor's, the nearest ancestor over farther
//   ones (a commune inherits its province's plan; every unit inherits the national plan);
// - within those, the first milestone due on or after the month, in a plan that has started;
// - then the most recently issued plan.
// An assigned number of people belongs to its own unit, so an inherited target carries only its rate.
import { type Month, monthToDate } from "@/lib/period";

export type TargetCandidate = {
  /** The unit the target is looked up for. */
  unitId: number;
  /** 0 when the target was set on the unit itself, 1 for its parent, and so on. */
  depth: number;
  groupId: number | null;
  rateBp: number | null;
  assignedCount: number | null;
  comparator: "AT_LEAST" | "EXACTLY";
  dueOn: Date;
  planId: number;
  planNumber: string;
  planTitle: string;
  planStart: Date;
  planIssuedOn: Date;
};

export type ApplicableTarget = TargetCandidate & { inherited: boolean };

function precedence(a: TargetCandidate, b: TargetCandidate): number {
  return (
    a.depth - b.depth ||
    a.dueOn.getTime() - b.dueOn.getTime() ||
    b.planIssuedOn.getTime() - a.planIssuedOn.getTime() ||
    b.planId - a.planId
  );
}

/** The target for `unitId` and `groupId` (null: overall coverage) in `month`, or null if none applies. */
export function applicableTarget(
  candidates: readonly TargetCandidate[],
  unitId: number,
  groupId: number | null,
  month: Month,
): ApplicableTarget | null {
  const day = monthToDate(month).getTime();
  const best = candidates
    .filter(
      (c) =>
        c.unitId === unitId &&
        c.groupId === groupId &&
        c.planStart.getTime() <= day &&
        c.dueOn.getTime() >= day &&
        (c.depth === 0 || c.rateBp !== null),
    )
    .sort(precedence)[0];
  if (!best) return null;
  const inherited = best.depth > 0;
  return { ...best, inherited, assignedCount: inherited ? null : best.assignedCount };
}
