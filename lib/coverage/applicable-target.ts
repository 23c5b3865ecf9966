// Which plan target applies to a unit in a month, from the targets set on the unit and on its
// ancestors (its "candidates"). The rate and the assigned number of people are resolved apart:
// - the rate: the unit's own (allocated) target with a rate, else the nearest ancestor's (a commune
//   inherits its province's plan; every unit inherits the national plan); an own target that
//   assigns only a number of people therefore never hides an inherited rate;
// - the assigned number: the unit's own targets only (a number belongs to the unit it was set for);
// - within each, the first milestone due on or after the month, in a plan that has started;
// - then the most recently issued plan.
import { monthToDate, type Month } from "@/lib/period";

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
  /** The agency the plan makes responsible for this target, as entered (e.g. "Sở Giáo dục"). */
  responsibleAgency: string | null;
  /** Not stated by the plan but worked out from what it states: shown labelled as derived. */
  derived: boolean;
  /** A group's target for the school year holding its milestone (e.g. "năm học 2021–2022"). */
  bySchoolYear: boolean;
};

/**
 * The rate target's fields (its plan, milestone, comparator; those of the number target when no rate
 * applies), `inherited` when the rate comes from an ancestor, and the unit's own assigned number.
 */
export type ApplicableTarget = TargetCandidate & {
  inherited: boolean;
  /** The unit's own target that assigns `assignedCount`, or null; it may be another plan's than the rate's. */
  assignedBy: TargetCandidate | null;
};

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
  const inForce = candidates
    .filter(
      (c) => c.unitId === unitId && c.groupId === groupId && c.planStart.getTime() <= day && c.dueOn.getTime() >= day,
    )
    .sort(precedence);
  const rate = inForce.find((c) => c.rateBp !== null);
  const assignedBy = inForce.find((c) => c.depth === 0 && c.assignedCount !== null) ?? null;
  const base = rate ?? assignedBy;
  if (!base) return null;
  return { ...base, inherited: base.depth > 0, assignedCount: assignedBy?.assignedCount ?? null, assignedBy };
}

/**
 * When no target applies to the unit in `month`: the target (of any group) whose milestone passed
 * last before it, nearest unit first — the plan that ended most recently — or null when none did.
 */
export function lastPassedTarget(
  candidates: readonly TargetCandidate[],
  unitId: number,
  month: Month,
): TargetCandidate | null {
  const day = monthToDate(month).getTime();
  const passed = candidates
    .filter((c) => c.unitId === unitId && c.dueOn.getTime() < day)
    .sort((a, b) => b.dueOn.getTime() - a.dueOn.getTime() || precedence(a, b));
  return passed[0] ?? null;
}
