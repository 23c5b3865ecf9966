// "≥ 95,00%" / "= 100,00%": a target rate with its comparator; "(suy ra)" after a target the plan
// does not state but that was worked out from it; "(năm học 2021–2022)" after a school-year target.
import type { TargetComparator } from "@prisma/client";

import { basisPointsToRate } from "@/lib/coverage/rates";
import { formatCount, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { dateToMonth, schoolYearOf } from "@/lib/period";

export function targetText(
  target: {
    comparator: TargetComparator;
    rateBp: number | null;
    derived?: boolean;
    bySchoolYear?: boolean;
    dueOn?: Date;
  } | null,
  locale: Locale,
  t: Messages,
): string {
  if (!target || target.rateBp === null) return "–";
  const text = `${t.plans.comparators[target.comparator]} ${formatPercent(basisPointsToRate(target.rateBp), locale)}`;
  const notes = [
    target.derived ? t.plans.derived : null,
    target.bySchoolYear && target.dueOn ? fill(t.plans.schoolYear, schoolYearOf(dateToMonth(target.dueOn))) : null,
  ].filter((note) => note !== null);
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
