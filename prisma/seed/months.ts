// Months as integer indexes (year × 12 + month0), so that ranges and offsets are plain arithmetic.
// Periods are stored as the first day of the month at UTC midnight.

export type MonthIndex = number;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parseMonth(text: string): MonthIndex {
  const match = MONTH_PATTERN.exec(text);
  if (!match) throw new Error(`Expected a month as YYYY-MM, got "${text}"`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function monthOf(date: Date): MonthIndex {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function yearOf(month: MonthIndex): number {
  return Math.floor(month / 12);
}

/** 0 for January … 11 for December. */
export function calendarMonthOf(month: MonthIndex): number {
  return month - yearOf(month) * 12;
}

export function periodDate(month: MonthIndex): Date {
  return new Date(Date.UTC(yearOf(month), calendarMonthOf(month), 1));
}

/** The period as the "YYYY-MM-DD" text that a `date` column accepts. */
export function periodText(month: MonthIndex): string {
  return `${yearOf(month)}-${String(calendarMonthOf(month) + 1).padStart(2, "0")}-01`;
}

export function formatMonth(month: MonthIndex): string {
  return periodText(month).slice(0, 7);
}

export function utcDate(year: number, month1: number, day: number): Date {
  return new Date(Date.UTC(year, month1 - 1, day));
}
