// What `?unit=` says for a unit in the report forms: its code, and for a unit that has ended, its code
// with its last month ("24@2025-06" is old Bắc Giang; "24" alone is read in the request's month, which
// after July 2025 means Bắc Ninh). A unit picker then has one value per unit, although codes are reused
// across the reorganisation. Read back by lib/reports/unit-param.ts.
import { isMonth, type Month } from "@/lib/period";
import { lastMonthOf } from "@/lib/units/unit-in-month";

export function unitParamValue(unit: { code: string; validTo: Date | null }): string {
  const last = lastMonthOf(unit);
  return last ? `${unit.code}@${last}` : unit.code;
}

/** The code and, when the value names one, the month it is read in. */
export function readUnitParamValue(value: string): { code: string; month: Month | null } {
  const at = value.lastIndexOf("@");
  const month = value.slice(at + 1);
  return at > 0 && isMonth(month) ? { code: value.slice(0, at), month } : { code: value, month: null };
}
