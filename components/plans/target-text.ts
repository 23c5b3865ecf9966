// "≥ 95,00%" / "= 100,00%": a target rate with its comparator; "(suy ra)" after a target the plan
// does not state but that was worked out from it; "(năm học 2021–2022)" after a school-year target.
import type { TargetComparator } from "@prisma/client";

import { basisPointsToRate } from "@/lib/coverage/rates";
import { formatCount, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { dateToMonth, schoolYearOf } from "@/lib/period";

type TargetShown = {
  comparator: TargetComparator;
  rateBp: number | null;
  derived?: boolean;
  bySchoolYear?: boolean;
  dueOn?: Date;
} | null;

/** The rate with its comparator alone ("= 100,00%"), or "–". */
export function targetRateText(target: TargetShown, locale: Locale, t: Messages): string {
  if (!target || target.rateBp === null) return "–";
  return `${t.plans.comparators[target.comparator]} ${formatPercent(basisPointsToRate(target.rateBp), locale)}`;
}

/** What qualifies a target's rate: "suy ra", "năm học 2021–2022" (none for a target without a rate). */
export function targetNotes(target: TargetShown, t: Messages): string[] {
  if (!target || target.rateBp === null) return [];
  return [
    target.derived ? t.plans.derived : null,
    target.bySchoolYear && target.dueOn ? fill(t.plans.schoolYear, schoolYearOf(dateToMonth(target.dueOn))) : null,
  ].filter((note) => note !== null);
}

export function targetText(target: TargetShown, locale: Locale, t: Messages): string {
  const text = targetRateText(target, locale, t);
  const notes = targetNotes(target, t);
  return notes.length > 0 ? `${text} (${notes.join("; ")})` : text;
}

/** "16.796" people assigned; "17.245 (suy ra)" when the number was worked out, not stated by the plan. */
export function assignedText(
  target: { assignedCount: number | null; derived?: boolean } | null,
  locale: Locale,
  t: Messages,
): string {
  if (!target || target.assignedCount === null) return "–";
  const text = formatCount(target.assignedCount, locale);
  return target.derived ? `${text} (${t.plans.derived})` : text;
}
