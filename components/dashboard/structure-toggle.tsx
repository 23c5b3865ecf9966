import type { StructureView } from "@/lib/dashboard/structure-view";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import { coverageHref } from "@/lib/routes";

import { KeepRankingLink } from "./keep-ranking-link";

/**
 * Switches between the structure valid in each month and today's structure. A unit that no longer
 * exists has no place in today's structure: the option is shown disabled, with the reason.
 */
export function StructureToggle({
  unitCode,
  month,
  view,
  currentAvailable,
  params = {},
  t,
}: {
  unitCode: string;
  month: Month;
  view: StructureView;
  currentAvailable: boolean;
  /** Other parameters to keep (which reports count); the ranking's come from the URL. */
  params?: Record<string, string>;
  t: Messages["units"]["view"];
}) {
  const option = "rounded px-2.5 py-1";
  const chosen = `${option} bg-brand-700 text-white`;
  const other = `${option} text-brand-700 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600`;
  return (
    <div className="no-print flex flex-wrap items-center gap-2 text-sm" data-testid="structure-toggle">
      <span className="text-slate-600">{t.label}</span>
      <div className="inline-flex rounded-md border border-slate-300 bg-white p-0.5" role="group" aria-label={t.label}>
        {view === "month" ? (
          <span className={chosen} aria-current="true">
            {t.monthStructure}
          </span>
        ) : (
          <KeepRankingLink href={coverageHref(unitCode, month, params)} className={other}>
            {t.monthStructure}
          </KeepRankingLink>
        )}
        {view === "current" ? (
          <span className={chosen} aria-current="true">
            {t.currentStructure}
          </span>
        ) : currentAvailable ? (
          <KeepRankingLink href={coverageHref(unitCode, month, { ...params, view: "current" })} className={other}>
            {t.currentStructure}
          </KeepRankingLink>
        ) : (
          <span
            className={`${option} cursor-not-allowed text-slate-400`}
            aria-disabled="true"
            title={t.currentUnavailable}
          >
            {t.currentStructure}
          </span>
        )}
      </div>
    </div>
  );
}
