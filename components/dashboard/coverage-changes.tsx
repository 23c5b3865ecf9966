// The summary cards' changes against last month and the same month last year: the coverage rate in
// points and the people insured ("+0,35 điểm", "+1.234 người"), or "–" with the reason when there
// is nothing to compare with (lib/coverage/comparison.ts).
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { formatMonth } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { CoverageComparisons, MonthComparison } from "@/lib/queries/get-coverage-comparisons";

import { peopleText, pointsText, reasonText } from "./comparison-text";
import { ProvisionalMark } from "./stat-card";

function ChangeBox({
  label,
  compared,
  basis,
  currentView,
  locale,
  t,
  testId,
}: {
  label: string;
  compared: MonthComparison;
  basis: CountingBasis;
  currentView: boolean;
  locale: Locale;
  t: Messages;
  testId: string;
}) {
  const c = t.comparison;
  const { comparison } = compared;
  const month = formatMonth(compared.month, locale);
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm" data-testid={testId}>
      <p className="text-sm font-medium text-slate-600">
        {label} <span className="font-normal text-slate-500">({month})</span>
      </p>
      {comparison.kind === "change" ? (
        <div className="mt-1 flex flex-wrap items-center gap-x-5 gap-y-1">
          <dl className="flex flex-wrap items-baseline gap-x-5 gap-y-1">
            <div className="flex items-baseline gap-1.5">
              <dt className="text-xs text-slate-500">{c.pointsLabel}</dt>
              <dd className="text-lg font-semibold tabular-nums text-slate-900" data-testid={`${testId}-points`}>
                {pointsText(comparison, locale, t)}
              </dd>
            </div>
            <div className="flex items-baseline gap-1.5">
              <dt className="text-xs text-slate-500">{c.peopleLabel}</dt>
              <dd className="text-lg font-semibold tabular-nums text-slate-900" data-testid={`${testId}-people`}>
                {peopleText(comparison, locale, t)}
              </dd>
            </div>
          </dl>
          {comparison.provisional && <ProvisionalMark text={c.provisional} title={c.provisionalHint} />}
        </div>
      ) : (
        <div className="mt-1 text-sm text-slate-600" data-testid={`${testId}-none`}>
          <p>
            <span aria-hidden className="mr-2 text-lg font-semibold text-slate-500">
              –
            </span>
            {reasonText(comparison.reason, basis, month, t)}
          </p>
          {comparison.reason === "notExisting" && !currentView && (
            <p className="mt-1 text-xs text-slate-500">{c.notExistingHint}</p>
          )}
        </div>
      )}
    </div>
  );
}

export function CoverageChanges({
  comparisons,
  basis,
  currentView,
  locale,
  t,
}: {
  comparisons: CoverageComparisons;
  basis: CountingBasis;
  /** Viewing today's structure (the hint to switch to it is then not given). */
  currentView: boolean;
  locale: Locale;
  t: Messages;
}) {
  const shared = { basis, currentView, locale, t };
  return (
    <section
      aria-label={t.comparison.title}
      className="grid grid-cols-1 gap-3 md:grid-cols-2 print:grid-cols-2"
      data-testid="coverage-changes"
    >
      <ChangeBox
        label={t.comparison.lastMonth}
        compared={comparisons.lastMonth}
        testId="change-last-month"
        {...shared}
      />
      <ChangeBox label={t.comparison.lastYear} compared={comparisons.lastYear} testId="change-last-year" {...shared} />
    </section>
  );
}
