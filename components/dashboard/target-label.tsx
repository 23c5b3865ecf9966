import { targetText } from "@/components/plans/target-text";
import type { ApplicableTarget } from "@/lib/coverage/applicable-target";
import { formatDate } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

/** "Chỉ tiêu 95,15% theo 546/QĐ-TTg (hạn 31/12/2025)", noting when it was inherited. */
export function TargetLabel({ target, locale, t }: { target: ApplicableTarget | null; locale: Locale; t: Messages }) {
  if (!target || target.rateBp === null) return <>{t.cards.noTarget}</>;
  return (
    <>
      {fill(t.cards.targetFrom, {
        target: targetText(target, locale, t),
        plan: target.planNumber,
        due: formatDate(target.dueOn, locale),
      })}
      {target.inherited && <span className="text-slate-600"> · {t.cards.inheritedFrom}</span>}
    </>
  );
}
