// A unit's (or a group's) standing against the target that applies to it.
import { attainment, coverageRate, enrollmentGap, pointsFromTarget } from "./rates";
import { targetStatus, type TargetStatus } from "./target-status";

export type TargetInput = { rateBp: number | null; assignedCount: number | null };

export type Progress = {
  rate: number | null;
  targetBp: number | null;
  /** Percentage points above (+) or below (−) the target rate. */
  points: number | null;
  /** People still to enroll to reach the target rate. */
  gap: number | null;
  /** Insured ÷ assigned number of people, when a number was assigned. */
  attainment: number | null;
  /**
   * The two measures tell different stories: the assigned number is reached while people are still
   * missing for the target rate, or the reverse. The number is fixed when it is assigned (from the
   * population then, e.g. the previous December's); the rate applies to the population now, so the
   * two part when the population moves. Shown with an explanation wherever both appear.
   */
  measuresDiffer: boolean;
  status: TargetStatus;
};

export function progressAgainstTarget(insured: number, denominator: number, target: TargetInput | null): Progress {
  const rate = coverageRate(insured, denominator);
  const targetBp = target?.rateBp ?? null;
  const gap = targetBp !== null && denominator > 0 ? enrollmentGap(targetBp, denominator, insured) : null;
  const reached = target?.assignedCount ? insured >= target.assignedCount : null;
  return {
    rate,
    targetBp,
    points: rate !== null && targetBp !== null ? pointsFromTarget(rate, targetBp) : null,
    gap,
    attainment: target?.assignedCount ? attainment(insured, target.assignedCount) : null,
    measuresDiffer: reached !== null && gap !== null && reached !== (gap === 0),
    status: targetStatus(rate, targetBp),
  };
}
