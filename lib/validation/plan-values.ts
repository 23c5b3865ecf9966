// Reusable pieces for plans and thresholds as typed in forms: a target rate in percent ("95",
// "99,5", "99.50") read into basis points, an assigned number of people, a calendar date, a month.
import { isMonth, type Month } from "@/lib/period";

import { parseCount } from "./report-values";

/** Upper bound of an assigned number of people: more than the population of the country. */
export const MAX_ASSIGNED_COUNT = 150_000_000;

/** A rate in percent, 0 < rate ≤ 100 with at most two decimals, in basis points; null when empty; "invalid" otherwise. */
export function parseRatePercent(raw: string | undefined): number | null | "invalid" {
  const text = (raw ?? "").trim().replace(/\s|%/g, "");
  if (text === "") return null;
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return "invalid";
  const bp = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return bp > 0 && bp <= 10_000 ? bp : "invalid";
}

/** An assigned number of people; null when empty; "invalid" otherwise. */
export function parseAssignedCount(raw: string | undefined): number | null | "invalid" {
  const parsed = parseCount(raw ?? "", MAX_ASSIGNED_COUNT);
  return typeof parsed === "string" ? "invalid" : parsed;
}

/** A calendar date typed as YYYY-MM-DD (what <input type="date"> sends), at UTC midnight; null if not a real date. */
export function parseIsoDate(raw: string | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec((raw ?? "").trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1990
    ? date
    : null;
}

/** A month typed as YYYY-MM (what <input type="month"> sends); null if not one. */
export function parseMonthInput(raw: string | undefined): Month | null {
  const text = (raw ?? "").trim();
  return isMonth(text) && text >= "1990-01" && text <= "2100-12" ? text : null;
}

/** "95,5" / "95.5" from basis points, for refilling a form in the reader's locale. */
export function rateInputValue(bp: number | null, decimalSeparator: "," | "."): string {
  if (bp === null) return "";
  const whole = Math.floor(bp / 100);
  const fraction = bp % 100;
  if (fraction === 0) return String(whole);
  return `${whole}${decimalSeparator}${String(fraction).padStart(2, "0").replace(/0$/, "")}`;
}
