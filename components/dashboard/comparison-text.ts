// The words of a change against an earlier month (lib/coverage/comparison.ts), shared by the summary
// cards (./coverage-changes.tsx) and the ranking (./ranking-table.tsx): "+0,35 điểm", "+1.234 người".
import type { Comparison, NoComparison } from "@/lib/coverage/comparison";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { formatPoints, formatSignedCount } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

type Change = Comparison & { kind: "change" };

/** "+0,35 điểm", or "–" without a rate in either month. */
export function pointsText(change: Change, locale: Locale, t: Pick<Messages, "comparison">): string {
  return change.points === null ? "–" : fill(t.comparison.points, { points: formatPoints(change.points, locale) });
}

/** "+1.234 người". */
export function peopleText(change: Change, locale: Locale, t: Pick<Messages, "comparison">): string {
  return fill(t.comparison.people, { people: formatSignedCount(change.people, locale) });
}

/** Why there is no change, in a sentence naming the earlier month ("tháng 11/2025"). */
export function reasonText(
  reason: NoComparison,
  basis: CountingBasis,
  month: string,
  t: Pick<Messages, "comparison">,
): string {
  const r = t.comparison.reason;
  return fill(reason === "notExisting" ? r.notExisting : r[reason][basis], { month });
}

/** Why there is no change, in two or three words (a table cell). */
export function shortReasonText(reason: NoComparison, basis: CountingBasis, t: Pick<Messages, "comparison">): string {
  const r = t.comparison.shortReason;
  return reason === "notExisting" ? r.notExisting : r[reason][basis];
}
