// Where a unit's coverage is heading, in a way that respects the seasons the data has (the January
// dip when household cards lapse, the school year for pupils and students): seasonal naïve with the
// year-over-year drift.
// - The projected rate in milestone month T is the rate in the same calendar month a year (or whole
//   years) before it, within the last 12 months up to the month viewed (the reference month), plus the
//   change of the last 12 months (the rate in the month viewed minus the rate 12 months before it) for
//   each year between the reference month and T.
// - Each rate is that month's summed insured ÷ summed denominator. Without figures in the month viewed,
//   12 months before it, or the reference month, there is no projection.
// - Never below 0 or above the larger of 100% and the highest rate of those months (rates above 100%
//   happen when the denominator is an estimate).
// - On track when the projected rate reaches the target, at risk when it falls short by at most
//   AT_RISK_MARGIN_POINTS percentage points, off track otherwise.
// So an unchanged year gives the same verdict whether it is read in December, January or June: a
// straight line through the last 12 months would read January's dip as a decline. When the milestone
// is the month viewed or earlier, the answer is the outcome: the actual rate in the milestone month.
import { addMonths, monthsBetween, type Month } from "@/lib/period";

import { basisPointsToRate, coverageRate } from "./rates";
import { NEAR_TARGET_POINTS } from "./target-status";

/** Months of history a projection reads, up to the month viewed: that month and the 12 before it. */
export const PROJECTION_WINDOW_MONTHS = 13;
/** The same tolerance as "near" against a target now (./target-status.ts): one vocabulary, one margin. */
export const AT_RISK_MARGIN_POINTS = NEAR_TARGET_POINTS;

export type RatePoint = { month: Month; numerator: number; denominator: number };

export type Projection = {
  /** The projected rate (a fraction) in month `at`; at or after the milestone, the actual rate in it. */
  rate: number;
  at: Month;
  /** An outcome (the milestone has been reached: actual figures) rather than a projection. */
  outcome: boolean;
  /** The change of the rate over the last 12 months (a fraction: 0.01 = +1 point a year); 0 for an outcome. */
  yearlyChange: number;
  /** The month of the same calendar month as `at` whose rate the projection starts from, and that rate. */
  reference: Month;
  referenceRate: number;
  /** The month viewed, and its rate (where the drawn projection starts). */
  to: Month;
  lastRate: number;
};

export type ProjectionStatus = "onTrack" | "atRisk" | "offTrack";

/**
 * The rate projected for month `at` from the series `history` (in month order, ending with the
 * month viewed), or the outcome when `at` is not after it; null without the figures it needs.
 */
export function projectRate(history: readonly RatePoint[], at: Month): Projection | null {
  const last = history.at(-1);
  if (!last) return null;
  const rateIn = (month: Month) => {
    const point = history.find((candidate) => candidate.month === month);
    return point ? coverageRate(point.numerator, point.denominator) : null;
  };
  const ahead = monthsBetween(last.month, at);
  if (ahead <= 0) {
    const actual = rateIn(at);
    return actual === null
      ? null
      : {
          rate: actual,
          at,
          outcome: true,
          yearlyChange: 0,
          reference: at,
          referenceRate: actual,
          to: last.month,
          lastRate: actual,
        };
  }
  const years = Math.ceil(ahead / 12);
  const reference = addMonths(at, -12 * years);
  const [now, yearBefore, base] = [rateIn(last.month), rateIn(addMonths(last.month, -12)), rateIn(reference)];
  if (now === null || yearBefore === null || base === null) return null;
  const yearlyChange = now - yearBefore;
  const ceiling = Math.max(1, now, yearBefore, base);
  const rate = Math.min(ceiling, Math.max(0, base + years * yearlyChange));
  return { rate, at, outcome: false, yearlyChange, reference, referenceRate: base, to: last.month, lastRate: now };
}

/** How a projected rate compares with a target rate. */
export function projectionStatus(projectedRate: number, targetBp: number): ProjectionStatus {
  const shortBy = (basisPointsToRate(targetBp) - projectedRate) * 100;
  // A tiny tolerance so that a projection equal to the target in decimal terms is not "short"
  // because of binary floating point (0.9515 − 0.9515000000000001).
  if (shortBy <= 1e-9) return "onTrack";
  return shortBy <= AT_RISK_MARGIN_POINTS + 1e-9 ? "atRisk" : "offTrack";
}
