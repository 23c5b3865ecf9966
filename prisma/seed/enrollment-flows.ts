// Derives a group's monthly flows from its insured series so that they always reconcile:
//   insured(t) = insured(t−1) + newlyEnrolled(t) − lapsed(t), with lapsed(t) ≥ 0,
//   renewed(t) ≤ insured(t−1).
// Some people leave every month (cards expire, people move or change group) and some always join
// (newborns, new jobs), so newly enrolled is the net growth plus that churn, never below the inflow.
import { addMonths, monthParts, monthRange, type Month } from "../../lib/period";
import { baseLapseShare, minimumInflowShare, renewalShare } from "./campaign-calendar";
import { between, randomFor } from "./prng";

export interface GroupFlows {
  newlyEnrolled: Int32Array;
  renewed: Int32Array;
}

/** 0 for January … 11 for December, for `length` months from `firstMonth`; the series share their months, so computed once. */
const calendarMonthsMemo = new Map<string, readonly number[]>();

function calendarMonthsOf(firstMonth: Month, length: number): readonly number[] {
  const key = `${firstMonth}+${length}`;
  let months = calendarMonthsMemo.get(key);
  if (!months) {
    months = monthRange(firstMonth, addMonths(firstMonth, length - 1)).map((month) => monthParts(month).month - 1);
    calendarMonthsMemo.set(key, months);
  }
  return months;
}

/** Flows for every month of the series but the first (which has no previous month). */
export function deriveFlows(insured: Int32Array, firstMonth: Month, unitKey: string, group: number): GroupFlows {
  const random = randomFor("flows", unitKey, group);
  const newlyEnrolled = new Int32Array(insured.length);
  const renewed = new Int32Array(insured.length);
  const calendarMonths = calendarMonthsOf(firstMonth, insured.length);
  for (let offset = 1; offset < insured.length; offset++) {
    const previous = insured[offset - 1] ?? 0;
    const netChange = (insured[offset] ?? 0) - previous;
    const calendarMonth = calendarMonths[offset]!;
    const lapsing = Math.round(previous * baseLapseShare(group, calendarMonth) * between(random, 0.8, 1.2));
    const inflow = Math.round(previous * minimumInflowShare(group) * between(random, 0.8, 1.2));
    newlyEnrolled[offset] = Math.max(netChange + lapsing, inflow);
    renewed[offset] = Math.min(
      previous,
      Math.round(previous * renewalShare(group, calendarMonth) * between(random, 0.9, 1.1)),
    );
  }
  return { newlyEnrolled, renewed };
}
