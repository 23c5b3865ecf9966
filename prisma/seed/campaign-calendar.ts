// The yearly rhythm of enrollment, per participant group (index 0 … 4 = groups 1 … 5) and calendar
// month (index 0 = January). Household cards (group 5) mostly run for a calendar year: the
// November–December campaign lifts coverage and renewals, and January shows the dip of cards that
// expired and were not renewed. Pupils (group 4) renew with the school year: cards of leavers
// lapse in July–August and the class lists are enrolled in September–October.

type Monthly = readonly [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];
type PerGroup = readonly [Monthly, Monthly, Monthly, Monthly, Monthly];

const flat = (value: number): Monthly => [
  value,
  value,
  value,
  value,
  value,
  value,
  value,
  value,
  value,
  value,
  value,
  value,
];

/** Multiplier on the odds of being uninsured (above 1: more people without a valid card). */
const UNINSURED_ODDS_FACTOR: PerGroup = [
  [1.05, 1.03, 1.01, 1, 1, 1, 1, 1, 1, 1, 0.99, 0.97],
  flat(1),
  [1.15, 1.05, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.97],
  [0.85, 0.88, 0.9, 0.92, 0.95, 1, 1.3, 1.7, 1.15, 0.85, 0.82, 0.82],
  [1.05, 1.05, 1.04, 1.035, 1.03, 1.02, 1.01, 1, 0.99, 0.97, 0.92, 0.88],
];

/** Share of last month's insured whose card was renewed in the month. */
const RENEWAL_SHARE: PerGroup = [
  [0.05, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02],
  [0.08, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01],
  [0.25, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.05],
  [0.08, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.3, 0.35, 0.05, 0.1],
  [0.08, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.06, 0.07, 0.2, 0.25],
];

/** Share of last month's insured who leave the group in the month whatever happens (expiry, moves, deaths). */
const BASE_LAPSE_SHARE: PerGroup = [
  [0.015, 0.008, 0.008, 0.008, 0.008, 0.008, 0.008, 0.008, 0.008, 0.008, 0.008, 0.008],
  flat(0.004),
  [0.02, 0.004, 0.004, 0.004, 0.004, 0.004, 0.004, 0.004, 0.004, 0.004, 0.004, 0.004],
  [0.003, 0.003, 0.003, 0.003, 0.003, 0.003, 0.02, 0.03, 0.003, 0.003, 0.003, 0.003],
  [0.03, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01],
];

/** Share of last month's insured that joins in any month (newborns, new jobs, moves in). */
const MINIMUM_INFLOW_SHARE = [0.01, 0.004, 0.006, 0.003, 0.008] as const;

function lookup(table: PerGroup, group: number, calendarMonth: number): number {
  const value = table[group]?.[calendarMonth];
  if (value === undefined) throw new Error(`No calendar entry for group ${group}, month ${calendarMonth}`);
  return value;
}

export const uninsuredOddsFactor = (group: number, calendarMonth: number) =>
  lookup(UNINSURED_ODDS_FACTOR, group, calendarMonth);
export const renewalShare = (group: number, calendarMonth: number) => lookup(RENEWAL_SHARE, group, calendarMonth);
export const baseLapseShare = (group: number, calendarMonth: number) => lookup(BASE_LAPSE_SHARE, group, calendarMonth);
export const minimumInflowShare = (group: number) => MINIMUM_INFLOW_SHARE[group] ?? 0;
