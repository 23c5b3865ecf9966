// Where a unit's coverage is heading, from its own recent trend:
// - the monthly rates of the last PROJECTION_WINDOW_MONTHS months up to the month viewed (each rate
//   from that month's summed insured ÷ summed denominator; months without figures are skipped);
// - a least-squares straight line through them (slope and intercept from the sums Σx, Σy, Σxy, Σx²);
// - extended to the month the target is due, and never below 0 or above the larger of 100% and
//   the highest rate observed (rates above 100% happen when the denominator is an estimate);
// - on track when the projected rate reaches the target, at risk when it falls short by at most
//   AT_RISK_MARGIN_POINTS percentage points, off track otherwise.
// When the target's month is the month viewed (or earlier), the actual rate is the answer.
import { basisPointsToRate, coverageRate } from "./rates";
import { type Month, monthsBetween } from "@/lib/period";

export const PROJECTION_WINDOW_MONTHS = 12;
/** Fewer months with figures than this give no projection: a line through 2 or 3 points says little. */
export const MIN_PROJECTION_MONTHS = 6;
export const AT_RISK_MARGIN_POINTS = 0.5;

export type RatePoint = { month: Month; numerator: number; denominator: number };

export type Projection = {
  /** The projected rate (a fraction) in month `at`. */
  rate: number;
  at: Month;
  /** Change of the rate per month on the fitted line (a fraction: 0.001 = +0.1 point a month). */
  slopePerMonth: number;
  /** The months the line was fitted on: first, last, and how many had figures. */
  from: Month;
  to: Month;
  months: number;
  /** The fitted line's value in the last month (where the drawn projection starts). */
  fittedLast: number;
};

export type ProjectionStatus = "onTrack" | "atRisk" | "offTrack";

/** Least-squares line y = intercept + slope · x; null for fewer than two distinct x. */
export function linearTrend(points: readonly { x: number; y: number }[]): { slope: number; intercept: number } | null {
  const n = points.length;
  let sx = 0;
  let sy = 0;
  let sxy = 0;
  let sxx = 0;
  for (const { x, y } of points) {
    sx += x;
    sy += y;
    sxy += x * y;
    sxx += x * x;
  }
  const denominator = n * sxx - sx * sx;
  if (n < 2 || denominator === 0) return null;
  const slope = (n * sxy - sx * sy) / denominator;
  return { slope, intercept: (sy - slope * sx) / n };
}

/**
 * The rate projected for month `at` from the series `history` (in month order, ending with the
 * month viewed); null when too few of the last PROJECTION_WINDOW_MONTHS months have figures.
 */
export function projectRate(history: readonly RatePoint[], at: Month): Projection | null {
  const last = history.at(-1);
  if (!last) return null;
  const window = history
    .filter((point) => monthsBetween(point.month, last.month) < PROJECTION_WINDOW_MONTHS)
    .flatMap((point) => {
      const rate = coverageRate(point.numerator, point.denominator);
      return rate === null ? [] : [{ month: point.month, x: monthsBetween(last.month, point.month), y: rate }];
    });
  const first = window[0];
  if (!first) return null;
  const actual = window.find((point) => point.month === at);
  const ahead = monthsBetween(last.month, at);
  if (ahead <= 0) {
    return actual
      ? { rate: actual.y, at, slopePerMonth: 0, from: first.month, to: last.month, months: window.length, fittedLast: actual.y }
      : null;
  }
  if (window.length < MIN_PROJECTION_MONTHS) return null;
  const line = linearTrend(window);
  if (!line) return null;
  const ceiling = Math.max(1, ...window.map((point) => point.y));
  const clamp = (value: number) => Math.min(ceiling, Math.max(0, value));
  return {
    rate: clamp(line.intercept + line.slope * ahead),
    at,
    slopePerMonth: line.slope,
    from: first.month,
    to: window.at(-1)!.month,
    months: window.length,
    fittedLast: clamp(line.intercept),
  };
}

/** How a projected rate compares with a target rate. */
export function projectionStatus(projectedRate: number, targetBp: number): ProjectionStatus {
  const shortBy = (basisPointsToRate(targetBp) - projectedRate) * 100;
  // A tiny tolerance so that a projection equal to the target in decimal terms is not "short"
  // because of binary floating point (0.9515 − 0.9515000000000001).
  if (shortBy <= 1e-9) return "onTrack";
  return shortBy <= AT_RISK_MARGIN_POINTS + 1e-9 ? "atRisk" : "offTrack";
}
