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
  status: TargetStatus;
};

export function progressAgainstTarget(insured: number, denominator: number, target: TargetInput | null): Progress {
  const rate = coverageRate(insured, denominator);
  const targetBp = target?.rateBp ?? null;
  return {
    rate,
    targetBp,
    points: rate !== null && targetBp !== null ? pointsFromTarget(rate, targetBp) : null,
    gap: targetBp !== null && denominator > 0 ? enrollmentGap(targetBp, denominator, insured) : null,
    attainment: target?.assignedCount ? attainment(insured, target.assignedCount) : null,
    status: targetStatus(rate, targetBp),
  };
}
