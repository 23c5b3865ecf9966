// A user's own page: the dashboard of their scope unit, in the last month that unit existed when
// it belongs to an earlier structure (an old district's code may mean nothing today).
import { addMonths, dateToMonth } from "@/lib/period";
import { coverageHref } from "@/lib/routes";

export function homeHref(scopeUnit: { code: string; validTo: Date | null }): string {
  if (!scopeUnit.validTo) return `/coverage/${encodeURIComponent(scopeUnit.code)}`;
  return coverageHref(scopeUnit.code, addMonths(dateToMonth(scopeUnit.validTo), -1));
}
