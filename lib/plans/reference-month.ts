// The month whose figures a milestone's allocation is based on: the month before the milestone's
// stretch of the plan begins (December of the previous year for a yearly milestone, the month
// before the plan starts for the first one), or the latest month with figures if that is later
// than what exists, kept within the months the parent unit exists and, when possible, within the
// reported months.
import { addMonths, type Month } from "@/lib/period";

export function allocationReferenceMonth({
  planStart,
  milestones,
  milestone,
  reported,
  parentValid,
}: {
  planStart: Month;
  /** The plan's milestones, in order. */
  milestones: readonly Month[];
  milestone: Month;
  reported: { first: Month; last: Month } | null;
  /** First and last month the parent unit exists (last null: still exists). */
  parentValid: { first: Month; last: Month | null };
}): Month {
  const previous = milestones.filter((month) => month < milestone).at(-1);
  const stretchStart = previous ? addMonths(previous, 1) : planStart;
  let month = addMonths(stretchStart, -1);
  if (reported && reported.last < month) month = reported.last;
  if (parentValid.last && parentValid.last < month) month = parentValid.last;
  if (reported && month < reported.first && reported.first <= (parentValid.last ?? reported.first))
    month = reported.first;
  if (month < parentValid.first) month = parentValid.first;
  return month;
}
