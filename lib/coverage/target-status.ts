// How a unit stands against a target rate.
import { basisPointsToRate } from "./rates";

export type TargetStatus = "met" | "near" | "behind" | "noTarget" | "noData";

/** Within this many percentage points below target a unit is "near" rather than "behind". */
export const NEAR_TARGET_POINTS = 1;

export function targetStatus(rate: number | null, targetBp: number | null): TargetStatus {
  if (rate === null) return "noData";
  if (targetBp === null) return "noTarget";
  const target = basisPointsToRate(targetBp);
  if (rate >= target) return "met";
  return (target - rate) * 100 <= NEAR_TARGET_POINTS ? "near" : "behind";
}
