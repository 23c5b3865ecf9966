// "≥ 95,00%" / "= 100,00%": a target rate with its comparator.
import type { TargetComparator } from "@prisma/client";

import { basisPointsToRate } from "@/lib/coverage/rates";
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

export function targetText(
  target: { comparator: TargetComparator; rateBp: number | null } | null,
  locale: Locale,
  t: Messages,
): string {
  if (!target || target.rateBp === null) return "–";
  return `${t.plans.comparators[target.comparator]} ${formatPercent(basisPointsToRate(target.rateBp), locale)}`;
}
