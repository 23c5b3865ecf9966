// Coverage arithmetic, pure and exact. Rates are fractions (0.902 = 90.2%); targets are stored in
// basis points (99.5% = 9950). Above the base level, callers sum numerators and denominators and
// then divide: never average percentages.

export const BASIS_POINTS = 10_000;

/** People holding a valid card ÷ population (or a group's insured ÷ eligible); null without a denominator. */
export function coverageRate(insured: number, denominator: number): number | null {
  return denominator > 0 ? insured / denominator : null;
}

/** Attainment of an assigned number ("đạt X% chỉ tiêu"): people reached ÷ people assigned. May exceed 1. */
export function attainment(reached: number, assigned: number): number | null {
  return assigned > 0 ? reached / assigned : null;
}

export function basisPointsToRate(bp: number): number {
  return bp / BASIS_POINTS;
}

/** People who must hold a card for a target rate: ⌈target × denominator⌉. */
export function requiredInsured(targetBp: number, denominator: number): number {
  // targetBp × denominator is an exact integer; dividing it by 10,000 is exact when the result is
  // whole and otherwise at least 1/10,000 away from a whole number, so Math.ceil is exact here.
  return Math.ceil((targetBp * denominator) / BASIS_POINTS);
}

/**
 * People still to enroll to reach a target rate: ⌈target × denominator⌉ − insured, never negative.
 */
export function enrollmentGap(targetBp: number, denominator: number, insured: number): number {
  return Math.max(0, requiredInsured(targetBp, denominator) - insured);
}

/** Actual rate minus target rate, in percentage points (negative = behind). */
export function pointsFromTarget(rate: number, targetBp: number): number {
  return (rate - basisPointsToRate(targetBp)) * 100;
}

/** A rate's change from an earlier one, in percentage points (+0.45 = up 0.45 points). */
export function pointsChange(rate: number, earlierRate: number): number {
  return (rate - earlierRate) * 100;
}
