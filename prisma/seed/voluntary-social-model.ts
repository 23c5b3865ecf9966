// Voluntary social insurance (BHXH tự nguyện) of an old commune: each year the commune is assigned a
// number of participants of about 1–2% of its population, and reaches 40–90% of it, building up
// through the year and improving from year to year.
import { calendarMonthOf, parseMonth, yearOf } from "./months";
import { between, randomFor } from "./prng";
import { populationAt, type UnitSeries } from "./unit-series";

const BASE_YEAR = yearOf(parseMonth("2018-01"));

export function fillVoluntarySocialInsurance(series: UnitSeries, communeCode: string): void {
  const random = randomFor("voluntary-social", communeCode);
  const assignedShare = between(random, 0.009, 0.014);
  const baseParticipation = between(random, 0.4, 0.55);
  const participationGainPerYear = between(random, 0.02, 0.045);

  const length = series.voluntarySocialAssigned.length;
  for (let offset = 0; offset < length; offset++) {
    const month = series.firstMonth + offset;
    const year = yearOf(month);
    const calendarMonth = calendarMonthOf(month);
    // The number is assigned once a year, from the population in January (or the first month modelled).
    const january = Math.max(series.firstMonth, year * 12);
    const assigned = Math.round(populationAt(series, january) * assignedShare * 1.04 ** (year - BASE_YEAR));
    const participation = Math.min(
      0.95,
      baseParticipation + participationGainPerYear * (year - BASE_YEAR + calendarMonth / 12),
    );
    series.voluntarySocialAssigned[offset] = assigned;
    series.voluntarySocialInsured[offset] = Math.round(assigned * participation * (0.9 + (0.1 * calendarMonth) / 11));
  }
}
