// Months ("periods") as the app handles them: the string "YYYY-MM" in URLs and forms, a Date at
// UTC midnight on the first day of the month in the database.

export type Month = `${number}-${string}`;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): value is Month {
  return MONTH_PATTERN.test(value);
}

export function monthToDate(month: Month): Date {
  const { year, month: mon } = monthParts(month);
  return new Date(Date.UTC(year, mon - 1, 1));
}

export function dateToMonth(date: Date): Month {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}` as Month;
}

/**
 * Integer arithmetic, no Date: an import's check calls it a dozen times for each of its rows, the
 * seed for every commune and month of the demo.
 */
export function addMonths(month: Month, count: number): Month {
  const { year, month: mon } = monthParts(month);
  const index = year * 12 + (mon - 1) + count;
  const newYear = Math.floor(index / 12);
  return `${newYear}-${String(index - newYear * 12 + 1).padStart(2, "0")}` as Month;
}

/** The months from `from` to `to`, both included, in order. */
export function monthRange(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** How many months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: Month, to: Month): number {
  const a = monthParts(from);
  const b = monthParts(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** The year and the month (1–12); without an array split, as addMonths and monthsBetween call it in loops. */
export function monthParts(month: Month): { year: number; month: number } {
  const dash = month.indexOf("-");
  return { year: Number(month.slice(0, dash)), month: Number(month.slice(dash + 1)) };
}

/** The last day of a month as a Date at UTC midnight. */
export function monthEndDate(month: Month): Date {
  const start = monthToDate(addMonths(month, 1));
  return new Date(start.getTime() - 24 * 60 * 60 * 1000);
}

/** The month a school year starts: Vietnam's school year opens in September and ends in summer. */
export const SCHOOL_YEAR_FIRST_MONTH = 9;

/** The school year holding a month, by the years it spans: 12/2021 and 5/2022 are in 2021–2022. */
export function schoolYearOf(month: Month): { from: number; to: number } {
  const { year, month: mon } = monthParts(month);
  const from = mon >= SCHOOL_YEAR_FIRST_MONTH ? year : year - 1;
  return { from, to: from + 1 };
}

/** A calendar quarter as the app writes it in URLs: "2026-Q3". */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

export function isQuarter(value: string): value is Quarter {
  return QUARTER_PATTERN.test(value);
}

export function quarterParts(quarter: Quarter): { year: number; quarter: number } {
  const [, year, q] = QUARTER_PATTERN.exec(quarter)!;
  return { year: Number(year), quarter: Number(q) };
}

/** The three months of a quarter, in order. */
export function quarterMonths(quarter: Quarter): Month[] {
  const { year, quarter: q } = quarterParts(quarter);
  const first = `${year}-${String(q * 3 - 2).padStart(2, "0")}` as Month;
  return monthRange(first, addMonths(first, 2));
}

/** The quarter a month ends, or null when it is not a quarter's last month. */
export function quarterEndedBy(month: Month): Quarter | null {
  const { year, month: m } = monthParts(month);
  return m % 3 === 0 ? (`${year}-Q${m / 3}` as Quarter) : null;
}
