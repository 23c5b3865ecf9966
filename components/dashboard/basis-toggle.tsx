import { basisParams, COUNTING_BASES, type CountingBasis } from "@/lib/coverage/counting-rule";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import { coverageHref } from "@/lib/routes";

import { KeepRankingLink } from "./keep-ranking-link";

/**
 * "Số liệu: đã nộp | đã duyệt": which reports count in the dashboard's figures
 * (lib/coverage/counting-rule.ts). Kept in the URL (?data=approved), with the other parameters.
 */
export function BasisToggle({
  unitCode,
  month,
  basis,
  params,
  t,
}: {
  unitCode: string;
  month: Month;
  basis: CountingBasis;
  /** The other parameters to keep (the structure view); the ranking's come from the URL. */
  params: Record<string, string>;
  t: Messages["dashboard"]["basis"];
}) {
  const option = "rounded px-2.5 py-1";
  return (
    <div className="no-print flex flex-wrap items-center gap-2 text-sm" data-testid="basis-toggle">
      <span className="text-slate-600">{t.label}</span>
      <div className="inline-flex rounded-md border border-slate-300 bg-white p-0.5" role="group" aria-label={t.label}>
        {COUNTING_BASES.map((value) =>
          value === basis ? (
            <span
              key={value}
              className={`${option} bg-brand-700 text-white`}
              aria-current="true"
              title={t[`${value}Hint`]}
            >
              {t[value]}
            </span>
          ) : (
            <KeepRankingLink
              key={value}
              href={coverageHref(unitCode, month, { ...params, ...basisParams(value) })}
              title={t[`${value}Hint`]}
              className={`${option} text-brand-700 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600`}
            >
              {t[value]}
            </KeepRankingLink>
          ),
        )}
      </div>
      <span className="text-xs text-slate-500">{t[`${basis}Hint`]}</span>
    </div>
  );
}
