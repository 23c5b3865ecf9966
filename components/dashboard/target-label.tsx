import { targetText } from "@/components/plans/target-text";
import { Entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";
import type { ApplicableTarget } from "@/lib/coverage/applicable-target";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

/** "Chỉ tiêu 95,15% theo 546/QĐ-TTg (hạn 31/12/2025)", noting when it was inherited. */
export function TargetLabel({ target, locale, t }: { target: ApplicableTarget | null; locale: Locale; t: Messages }) {
  if (!target || target.rateBp === null) return <>{t.cards.noTarget}</>;
  return (
    <>
      {fillNodes(t.cards.targetFrom, {
        target: targetText(target, locale, t),
        plan: <Entered kind="plan">{target.planNumber}</Entered>,
        due: formatDate(target.dueOn, locale),
      })}
      {target.inherited && <span className="text-slate-600"> · {t.cards.inheritedFrom}</span>}
    </>
  );
}
