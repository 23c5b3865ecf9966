// How coverage develops in each demo province before the 2025 reorganisation (new communes inherit
// their predecessors' trends). Rates are the provincial trend per participant group at four
// keyframes; communes deviate from it (see commune-model.ts) and months vary with the campaign
// calendar (seasonality.ts). The values were tuned so the generated figures match the demo story:
// provinces rise from ~86% (2018) to ~94–96% (2025); Bắc Giang runs just under its 99.5% plan;
// Bạc Liêu at the end of 2021 matches the situation described in plan 119/KH-UBND.
import { monthsBetween, type Month } from "../../lib/period";

type GroupRates = readonly [group1: number, group2: number, group3: number, group4: number, group5: number];

export interface CoverageProfile {
  /** Trend rate of each group at the matching keyframe month. */
  keyframes: readonly { month: Month; rates: GroupRates }[];
}

const JAN_2018: Month = "2018-01";
const DEC_2021: Month = "2021-12";
const DEC_2025: Month = "2025-12";
const DEC_2026: Month = "2026-12";

function profile(jan2018: GroupRates, dec2021: GroupRates, dec2025: GroupRates, dec2026: GroupRates): CoverageProfile {
  return {
    keyframes: [
      { month: JAN_2018, rates: jan2018 },
      { month: DEC_2021, rates: dec2021 },
      { month: DEC_2025, rates: dec2025 },
      { month: DEC_2026, rates: dec2026 },
    ],
  };
}

/** An Giang, Kiên Giang, Cà Mau: typical provinces of the Mekong delta. */
const MEKONG_DELTA = profile(
  [0.8, 0.995, 0.993, 0.9, 0.62],
  [0.89, 0.997, 0.996, 0.95, 0.74],
  [0.945, 0.998, 0.998, 0.985, 0.86],
  [0.955, 0.998, 0.998, 0.99, 0.875],
);

/** Keyed by old province code. */
export const COVERAGE_PROFILES: Readonly<Record<string, CoverageProfile>> = {
  // Bắc Giang: fast progress under its 2022–2025 plan (≥ 99%, 99.5% by 2025, pupils 100%).
  "24": profile(
    [0.86, 0.997, 0.996, 0.97, 0.7],
    [0.975, 0.999, 0.999, 0.998, 0.955],
    [0.993, 1, 1, 1, 0.985],
    [0.995, 1, 1, 1, 0.99],
  ),
  // Bắc Ninh: industrial province, many employees (group 1) and good household coverage.
  "27": profile(
    [0.83, 0.995, 0.994, 0.92, 0.66],
    [0.92, 0.997, 0.997, 0.96, 0.78],
    [0.96, 0.998, 0.998, 0.988, 0.88],
    [0.965, 0.998, 0.998, 0.99, 0.89],
  ),
  // Bạc Liêu: groups 2 and 3 complete by 2021; groups 1, 4 and 5 near their 119/KH-UBND targets.
  "95": profile(
    [0.82, 0.997, 0.996, 0.92, 0.66],
    [0.955, 1, 1, 0.97, 0.875],
    [0.96, 1, 1, 0.985, 0.9],
    [0.965, 1, 1, 0.99, 0.91],
  ),
  "96": MEKONG_DELTA,
  "89": MEKONG_DELTA,
  "91": MEKONG_DELTA,
};

/** Trend rate of a group in a month: linear between keyframes, constant before the first and after the last. */
export function trendRate(profile: CoverageProfile, group: number, month: Month): number {
  const { previous, next, progress } = keyframesAround(profile, month);
  return rateOf(previous, group) + (rateOf(next, group) - rateOf(previous, group)) * progress;
}

type Position = {
  previous: CoverageProfile["keyframes"][number];
  next: CoverageProfile["keyframes"][number];
  progress: number;
};

/** Where each month falls between a profile's keyframes, computed once per profile and month (the model asks for every commune and group). */
const positions = new WeakMap<CoverageProfile, Map<Month, Position>>();

function keyframesAround(profile: CoverageProfile, month: Month): Position {
  let byMonth = positions.get(profile);
  if (!byMonth) positions.set(profile, (byMonth = new Map()));
  let position = byMonth.get(month);
  if (!position) byMonth.set(month, (position = findKeyframes(profile, month)));
  return position;
}

function findKeyframes(profile: CoverageProfile, month: Month): Position {
  const [first, ...rest] = profile.keyframes;
  if (!first) throw new Error("A coverage profile needs at least one keyframe");
  let previous = first;
  if (month <= previous.month) return { previous, next: previous, progress: 0 };
  for (const next of rest) {
    if (month <= next.month) {
      return {
        previous,
        next,
        progress: monthsBetween(previous.month, month) / monthsBetween(previous.month, next.month),
      };
    }
    previous = next;
  }
  return { previous, next: previous, progress: 0 };
}

function rateOf(keyframe: { rates: GroupRates }, group: number): number {
  const rate = keyframe.rates[group];
  if (rate === undefined) throw new Error(`No participant group at index ${group}`);
  return rate;
}

/**
 * The profile of a demo province; any other province (the benchmark loads the whole country) follows
 * the Mekong delta's, close to the national average.
 */
export function coverageProfileFor(oldProvinceCode: string): CoverageProfile {
  return COVERAGE_PROFILES[oldProvinceCode] ?? MEKONG_DELTA;
}
