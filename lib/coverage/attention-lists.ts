// The lists a leader acts on, from the base units' coverage in one month (pure):
// - behind: units below their target rate, by people still to enroll and by points;
// - below the New Rural Area threshold: communes (xã, not wards or townships, which the programme
//   does not cover) whose rate is under the STANDARD threshold in force, with the people they need;
// - at 100%: units whose insured reach their population.
// Only units that reported in the month are considered.
import type { UnitKind } from "@prisma/client";

import type { Month } from "@/lib/period";

import { applicableTarget, type TargetCandidate } from "./applicable-target";
import { coverageRate, requiredInsured } from "./rates";
import { thresholdInForce, type RuralThreshold } from "./rural-standard";
import { compareStandings, standingAgainstTarget, type Standing } from "./standing";

export type BaseUnitFigures = { id: number; kind: UnitKind; insured: number; population: number; reported: boolean };

export type AttentionLists<U> = {
  considered: number;
  byGap: { unit: U; standing: Standing }[];
  byPoints: { unit: U; standing: Standing }[];
  threshold: RuralThreshold | null;
  belowRural: { unit: U; rate: number; needed: number }[];
  full: U[];
};

export function attentionLists<U extends BaseUnitFigures>(
  units: readonly U[],
  candidates: readonly TargetCandidate[],
  thresholds: readonly RuralThreshold[],
  month: Month,
): AttentionLists<U> {
  const reported = units.filter((unit) => unit.reported);
  const behind = reported
    .map((unit) => ({
      unit,
      standing: standingAgainstTarget({
        insured: unit.insured,
        denominator: unit.population,
        target: applicableTarget(candidates, unit.id, null, month),
        history: [],
      }),
    }))
    .filter((row) => (row.standing.progress.gap ?? 0) > 0);
  const { threshold, below: belowRural } = belowRuralStandard(units, thresholds, month);
  return {
    considered: reported.length,
    byGap: [...behind].sort((a, b) => compareStandings("gap")(a.standing, b.standing)),
    byPoints: [...behind].sort((a, b) => compareStandings("points")(a.standing, b.standing)),
    threshold,
    belowRural,
    full: reported.filter((unit) => unit.population > 0 && unit.insured >= unit.population),
  };
}

/**
 * The communes (xã) that reported and whose rate is under the STANDARD New Rural Area threshold in
 * force in the month, lowest rate first, with the people each still needs; none without a threshold.
 */
export function belowRuralStandard<U extends BaseUnitFigures>(
  units: readonly U[],
  thresholds: readonly RuralThreshold[],
  month: Month,
): { threshold: RuralThreshold | null; below: { unit: U; rate: number; needed: number }[] } {
  const threshold = thresholdInForce(thresholds, "STANDARD", month);
  if (!threshold) return { threshold, below: [] };
  const below = units
    .filter((unit) => unit.reported && unit.kind === "COMMUNE" && unit.population > 0)
    .map((unit) => ({
      unit,
      rate: coverageRate(unit.insured, unit.population) ?? 0,
      needed: requiredInsured(threshold.rateBp, unit.population) - unit.insured,
    }))
    .filter((row) => row.needed > 0)
    .sort((a, b) => a.rate - b.rate || b.needed - a.needed);
  return { threshold, below };
}
