// The whole demo in memory: the monthly series of every old commune (continued past June 2025) and
// of every new commune (built from its predecessors). It is always computed for all demo provinces
// from the same first month, so a partial seed (fewer provinces or months) writes exactly the same
// numbers as the full one.
import { addMonths, monthParts, monthsBetween, type Month } from "../../lib/period";
import { simulateOldCommune } from "./commune-model";
import type { DemoUnits } from "./demo-units";
import { PINNED_TOTAL_INSURED, PINNED_VOLUNTARY_SOCIAL } from "./pinned-facts";
import { combinePredecessors } from "./successor-model";
import { groupArray, insuredAt, offsetOf, type UnitSeries } from "./unit-series";
import { fillVoluntarySocialInsurance } from "./voluntary-social-model";

/** First month with figures in the database. */
export const FIRST_FIGURE_MONTH: Month = "2018-01";
/** The model starts a month earlier, so the first figures have a previous month for their flows. */
const FIRST_MODEL_MONTH = addMonths(FIRST_FIGURE_MONTH, -1);
/** The plans' allocations need populations up to December 2024, whatever range of figures is seeded. */
const LAST_MONTH_PLANS_NEED: Month = "2024-12";

export interface DemoModel {
  oldCommunes: ReadonlyMap<string, UnitSeries>;
  newCommunes: ReadonlyMap<string, UnitSeries>;
}

export function buildDemoModel(units: DemoUnits, lastFigureMonth: Month): DemoModel {
  const lastMonth = lastFigureMonth > LAST_MONTH_PLANS_NEED ? lastFigureMonth : LAST_MONTH_PLANS_NEED;
  const oldCommunes = new Map<string, UnitSeries>();
  for (const commune of units.oldCommunes) {
    const [pin, ...laterPins] = PINNED_TOTAL_INSURED.filter((pinned) => pinned.oldCommuneCode === commune.code);
    let series = simulateOldCommune(commune, FIRST_MODEL_MONTH, lastMonth);
    if (pin) {
      // Scale the commune so that its total lands on the reported figure, then settle the rounding
      // difference (a few people) in the household group, the only one not enrolled from lists.
      series = simulateOldCommune(
        commune,
        FIRST_MODEL_MONTH,
        lastMonth,
        pin.totalInsured / insuredAt(series, pin.month),
      );
      settleInHouseholds(series, pin.month, pin.totalInsured);
      // A later figure of the same commune: the insured move to it in even steps from the pin before.
      let previous = pin.month;
      for (const later of laterPins) {
        const factor = later.totalInsured / insuredAt(series, later.month);
        for (let month = addMonths(previous, 1); month <= lastMonth; month = addMonths(month, 1)) {
          const step = Math.min(1, monthsBetween(previous, month) / monthsBetween(previous, later.month));
          const scale = 1 + (factor - 1) * step;
          const offset = offsetOf(series, month);
          series.insured.forEach((insured, group) => {
            const eligible = groupArray(series.eligible, group)[offset] ?? 0;
            insured[offset] = Math.min(eligible, Math.round((insured[offset] ?? 0) * scale));
          });
        }
        settleInHouseholds(series, later.month, later.totalInsured);
        previous = later.month;
      }
    }
    oldCommunes.set(commune.code, withVoluntarySocialInsurance(series, commune.code));
  }
  const predecessorCodes = new Set(units.wardSuccessions.map((succession) => succession.newCode));
  const newCommunes = new Map(
    units.newCommunes.map((commune) => [
      commune.code,
      // A commune without predecessors (an island district in the national list) gets its own series.
      predecessorCodes.has(commune.code)
        ? combinePredecessors(commune.code, units.wardSuccessions, oldCommunes)
        : withVoluntarySocialInsurance(simulateOldCommune(commune, FIRST_MODEL_MONTH, lastMonth), commune.code),
    ]),
  );
  return { oldCommunes, newCommunes };
}

/** Settles the difference between a month's modelled total and a reported one in group 5. */
function settleInHouseholds(series: UnitSeries, month: Month, totalInsured: number): void {
  const offset = offsetOf(series, month);
  const households = groupArray(series.insured, 4);
  const eligible = groupArray(series.eligible, 4)[offset] ?? 0;
  const settled = (households[offset] ?? 0) + totalInsured - insuredAt(series, month);
  households[offset] = Math.min(eligible, Math.max(0, settled));
}

function withVoluntarySocialInsurance(series: UnitSeries, code: string): UnitSeries {
  fillVoluntarySocialInsurance(series, code);
  for (const pin of PINNED_VOLUNTARY_SOCIAL.filter((pinned) => pinned.oldCommuneCode === code)) {
    // The year's assigned number as reported, and its participants scaled to reach the reported figure.
    const { year } = monthParts(pin.month);
    const factor = pin.insured / (series.voluntarySocialInsured[offsetOf(series, pin.month)] || 1);
    for (let month: Month = `${year}-01`; month <= `${year}-12`; month = addMonths(month, 1)) {
      const offset = offsetOf(series, month);
      if (offset < 0 || offset >= series.voluntarySocialAssigned.length) continue;
      series.voluntarySocialAssigned[offset] = pin.assigned;
      series.voluntarySocialInsured[offset] = Math.min(
        pin.assigned,
        Math.round((series.voluntarySocialInsured[offset] ?? 0) * factor),
      );
    }
    series.voluntarySocialInsured[offsetOf(series, pin.month)] = pin.insured;
  }
  return series;
}
