// Calendar days as the database stores them: a Date at UTC midnight. Months are the app's own
// (lib/period.ts: "YYYY-MM" strings, their arithmetic and their first and last days).

export function utcDate(year: number, month1: number, day: number): Date {
  return new Date(Date.UTC(year, month1 - 1, day));
}
