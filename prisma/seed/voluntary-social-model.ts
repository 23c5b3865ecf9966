// Voluntary social insurance (BHXH tự nguyện) of an old commune: each year the commune is assigned a
// number of participants of about 1–2% of its population, and reaches 40–90% of it, building up
// through the year and improving from year to year.
import { addMonths, monthParts, type Month } from "../../lib/period";
import { between, randomFor } from "./prng";
import { populationAt, type UnitSeries } from "./unit-series";

const BASE_YEAR = 2018;

export function fillVoluntarySocialInsurance(series: UnitSeries, communeCode: string): void {
  const random = randomFor("voluntary-social", communeCode);
  const assignedShare = between(random, 0.009, 0.014);
  const baseParticipation = between(random, 0.4, 0.55);
  const participationGainPerYear = between(random, 0.02, 0.045);

  const length = series.voluntarySocialAssigned.length;
  for (let offset = 0; offset < length; offset++) {
    const month = addMonths(series.firstMonth, offset);
    const { year, month: month1 } = monthParts(month);
    const calendarMonth = month1 - 1;
    // The number is assigned once a year, from the population in January (or the first month modelled).
    const january = [series.firstMonth, `${year}-01` as Month].sort().at(-1)!;
    const assigned = Math.round(populationAt(series, january) * assignedShare * 1.04 ** (year - BASE_YEAR));
    const participation = Math.min(
      0.95,
      baseParticipation + participationGainPerYear * (year - BASE_YEAR + calendarMonth / 12),
    );
    series.voluntarySocialAssigned[offset] = assigned;
    series.voluntarySocialInsured[offset] = Math.round(assigned * participation * (0.9 + (0.1 * calendarMonth) / 11));
  }
}
