// Derives a group's monthly flows from its insured series so that they always reconcile:
//   insured(t) = insured(t−1) + newlyEnrolled(t) − lapsed(t), with lapsed(t) ≥ 0,
//   renewed(t) ≤ insured(t−1).
// Some people leave every month (cards expire, people move or change group) and some always join
// (newborns, new jobs), so newly enrolled is the net growth plus that churn, never below the inflow.
import { baseLapseShare, minimumInflowShare, renewalShare } from "./campaign-calendar";
import { calendarMonthOf, type MonthIndex } from "./months";
import { between, randomFor } from "./prng";

export interface GroupFlows {
  newlyEnrolled: Int32Array;
  renewed: Int32Array;
}

/** Flows for every month of the series but the first (which has no previous month). */
export function deriveFlows(insured: Int32Array, firstMonth: MonthIndex, unitKey: string, group: number): GroupFlows {
  const random = randomFor("flows", unitKey, group);
  const newlyEnrolled = new Int32Array(insured.length);
  const renewed = new Int32Array(insured.length);
  for (let offset = 1; offset < insured.length; offset++) {
    const previous = insured[offset - 1] ?? 0;
    const netChange = (insured[offset] ?? 0) - previous;
    const calendarMonth = calendarMonthOf(firstMonth + offset);
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
