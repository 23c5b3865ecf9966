// Generates the monthly state of one old commune (before the 2025 reorganisation) from deterministic
// traits: population and its growth, how the population splits into participant groups, and how far
// the commune lags behind (or leads) its province's coverage trend. Old communes are simulated past
// June 2025 as well, because the new communes are built from their predecessors' continued series.
import type { UnitKind } from "@prisma/client";

import { addMonths, monthParts, monthsBetween, type Month } from "../../lib/period";
import { uninsuredOddsFactor } from "./campaign-calendar";
import { coverageProfileFor, trendRate } from "./coverage-profiles";
import type { DemoUnit } from "./demo-units";
import { between, gaussian, randomFor, type Random } from "./prng";
import { emptySeries, GROUP_COUNT, groupArray, type UnitSeries } from "./unit-series";

/** Month at which the traits (population, shares) take their base values. */
const BASE_MONTH: Month = "2018-01";

/** Population range at the base month by kind of commune; wards are larger. */
const POPULATION_RANGE: Partial<Record<UnitKind, readonly [number, number]>> = {
  WARD: [8000, 30000],
  TOWNSHIP: [6000, 20000],
  COMMUNE: [4000, 16000],
  /** Island special zones (only in the national list used by the benchmark). */
  SPECIAL_ZONE: [2000, 12000],
};

/**
 * Groups 2–4 are enrolled from lists (pensioners, state-funded people, pupils), so a commune that is
 * nearly complete is in practice complete: below this gap the group is at exactly 100%.
 */
const LIST_GROUPS_COMPLETE_BELOW_GAP = 0.003;
const LIST_GROUPS = new Set([1, 2, 3]);

interface CommuneTraits {
  basePopulation: number;
  annualGrowth: number;
  /** Share of the population in groups 1–4 at the base month (group 5 takes the rest) … */
  baseShares: readonly number[];
  /** … and its change per year. */
  shareDriftPerYear: readonly number[];
  /** Multiplier on the province's odds of being uninsured, per group (below 1: ahead of the trend). */
  uninsuredOddsRatio: readonly number[];
}

export function simulateOldCommune(
  commune: DemoUnit,
  firstMonth: Month,
  lastMonth: Month,
  populationScale = 1,
): UnitSeries {
  const traits = communeTraits(commune);
  const profile = coverageProfileFor(commune.provinceCode);
  const series = emptySeries(firstMonth, lastMonth);
  const groups = traits.uninsuredOddsRatio.map((oddsRatio, group) => ({
    oddsRatio,
    random: randomFor("coverage-noise", commune.code, group),
    // A slowly wandering deviation (AR(1) process), so a commune's month-to-month changes look organic.
    wander: 0,
  }));

  for (let month = firstMonth, offset = 0; month <= lastMonth; month = addMonths(month, 1), offset++) {
    const years = monthsBetween(BASE_MONTH, month) / 12;
    const population = Math.round(traits.basePopulation * populationScale * (1 + traits.annualGrowth) ** years);
    const eligible = apportion(population, groupShares(traits, years));
    const calendarMonth = monthParts(month).month - 1;

    groups.forEach((state, group) => {
      state.wander = 0.75 * state.wander + 0.05 * gaussian(state.random);
      const trendGap = 1 - trendRate(profile, group, month);
      const odds =
        (trendGap / (1 - trendGap)) *
        state.oddsRatio *
        uninsuredOddsFactor(group, calendarMonth) *
        Math.exp(state.wander);
      let gap = odds / (1 + odds);
      if (LIST_GROUPS.has(group) && gap < LIST_GROUPS_COMPLETE_BELOW_GAP) gap = 0;

      const groupEligible = eligible[group] ?? 0;
      groupArray(series.eligible, group)[offset] = groupEligible;
      groupArray(series.insured, group)[offset] = Math.round(groupEligible * (1 - gap));
    });
  }
  return series;
}

function communeTraits(commune: DemoUnit): CommuneTraits {
  const random = randomFor("commune", commune.code);
  const range = POPULATION_RANGE[commune.kind];
  if (!range) throw new Error(`No population range for commune ${commune.code} of kind ${commune.kind}`);
  const [minPopulation, maxPopulation] = range;
  const urban = commune.kind === "WARD";
  return {
    // Skewed towards the smaller end, as commune sizes are.
    basePopulation: minPopulation + (maxPopulation - minPopulation) * random() ** 1.6,
    annualGrowth: between(random, 0.008, 0.012),
    baseShares: [
      urban ? between(random, 0.14, 0.18) : between(random, 0.11, 0.16),
      between(random, 0.03, 0.06),
      urban ? between(random, 0.3, 0.34) : between(random, 0.32, 0.4),
      between(random, 0.15, 0.22),
    ],
    // More employees and pensioners, fewer state-funded people over the years.
    shareDriftPerYear: [between(random, 0.001, 0.004), 0.001, -between(random, 0.001, 0.003), 0],
    uninsuredOddsRatio: uninsuredOddsRatios(random, commune.parentCode ?? commune.provinceCode),
  };
}

/**
 * A commune's standing against the provincial trend: its district's (district BHXH offices differ)
 * times its own, with a little variation between groups.
 */
function uninsuredOddsRatios(random: Random, districtCode: string): number[] {
  const district = Math.min(1.6, Math.max(0.6, Math.exp(0.25 * gaussian(randomFor("district", districtCode)))));
  const own = ownStanding(random);
  return Array.from({ length: GROUP_COUNT }, () => district * own * Math.exp(0.1 * gaussian(random)));
}

/** About 8% of communes clearly lead and 12% clearly lag, so rankings and "behind plan" lists have substance. */
function ownStanding(random: Random): number {
  const draw = random();
  if (draw < 0.08) return between(random, 0.05, 0.3);
  if (draw > 0.88) return between(random, 1.6, 2.4);
  return Math.exp(0.2 * gaussian(random));
}

function groupShares(traits: CommuneTraits, years: number): number[] {
  const shares = traits.baseShares.map((share, group) => share + (traits.shareDriftPerYear[group] ?? 0) * years);
  const rest = 1 - shares.reduce((sum, share) => sum + share, 0);
  return [...shares, rest];
}

/** Splits a total into integers proportional to the shares (largest remainder), summing exactly to it. */
function apportion(total: number, shares: readonly number[]): number[] {
  const exact = shares.map((share) => share * total);
  const parts = exact.map(Math.floor);
  const missing = total - parts.reduce((sum, part) => sum + part, 0);
  exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
    .slice(0, missing)
    .forEach(({ index }) => (parts[index] = (parts[index] ?? 0) + 1));
  return parts;
}
