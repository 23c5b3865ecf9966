// The whole demo in memory: the monthly series of every old commune (continued past June 2025) and
// of every new commune (built from its predecessors). It is always computed for all demo provinces
// from the same first month, so a partial seed (fewer provinces or months) writes exactly the same
// numbers as the full one.
import { simulateOldCommune } from "./commune-model";
import type { DemoUnits } from "./demo-units";
import { parseMonth, type MonthIndex } from "./months";
import { PINNED_TOTAL_INSURED } from "./pinned-facts";
import { combinePredecessors } from "./successor-model";
import { groupArray, insuredAt, type UnitSeries } from "./unit-series";
import { fillVoluntarySocialInsurance } from "./voluntary-social-model";

/** First month with figures in the database. */
export const FIRST_FIGURE_MONTH = parseMonth("2018-01");
/** The model starts a month earlier, so the first figures have a previous month for their flows. */
const FIRST_MODEL_MONTH = FIRST_FIGURE_MONTH - 1;
/** The plans' allocations need populations up to December 2024, whatever range of figures is seeded. */
const LAST_MONTH_PLANS_NEED = parseMonth("2024-12");

export interface DemoModel {
  oldCommunes: ReadonlyMap<string, UnitSeries>;
  newCommunes: ReadonlyMap<string, UnitSeries>;
}

export function buildDemoModel(units: DemoUnits, lastFigureMonth: MonthIndex): DemoModel {
  const lastMonth = Math.max(lastFigureMonth, LAST_MONTH_PLANS_NEED);
  const oldCommunes = new Map<string, UnitSeries>();
  for (const commune of units.oldCommunes) {
    const pin = PINNED_TOTAL_INSURED.find((pinned) => pinned.oldCommuneCode === commune.code);
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
      const offset = pin.month - FIRST_MODEL_MONTH;
      const households = groupArray(series.insured, 4);
      const eligible = groupArray(series.eligible, 4)[offset] ?? 0;
      const settled = (households[offset] ?? 0) + pin.totalInsured - insuredAt(series, pin.month);
      households[offset] = Math.min(eligible, Math.max(0, settled));
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

function withVoluntarySocialInsurance(series: UnitSeries, code: string): UnitSeries {
  fillVoluntarySocialInsurance(series, code);
  return series;
}
