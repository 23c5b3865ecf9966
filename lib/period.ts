// Months ("periods") as the app handles them: the string "YYYY-MM" in URLs and forms, a Date at
// UTC midnight on the first day of the month in the database.

export type Month = `${number}-${string}`;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): value is Month {
  return MONTH_PATTERN.test(value);
}

export function monthToDate(month: Month): Date {
  const [year, mon] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, mon - 1, 1));
}

export function dateToMonth(date: Date): Month {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}` as Month;
}

export function addMonths(month: Month, count: number): Month {
  const date = monthToDate(month);
  return dateToMonth(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + count, 1)));
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

export function monthParts(month: Month): { year: number; month: number } {
  const [year, mon] = month.split("-").map(Number) as [number, number];
  return { year, month: mon };
}

/** The last day of a month as a Date at UTC midnight. */
export function monthEndDate(month: Month): Date {
  const start = monthToDate(addMonths(month, 1));
  return new Date(start.getTime() - 24 * 60 * 60 * 1000);
}
