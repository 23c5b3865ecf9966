// The comparison view's table: the unit and its children, each with its coverage rate and people
// insured in two months and the change between them; "–" with the reason where a unit did not exist
// or did not report (lib/coverage/comparison.ts). A child's name opens its own comparison.
import Link from "next/link";

import { Entered } from "@/components/ui/entered";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { formatCount, formatMonth, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import type { ComparedUnit } from "@/lib/queries/get-month-comparison";
import { compareHref } from "@/lib/routes";

import { peopleText, pointsText, shortReasonText } from "./comparison-text";
import { ProvisionalMark } from "./stat-card";

export function MonthComparisonTable({
  unit,
  rows,
  from,
  to,
  basis,
  params,
  locale,
  t,
}: {
  unit: ComparedUnit;
  /** Its child units. */
  rows: ComparedUnit[];
  from: Month;
  to: Month;
  basis: CountingBasis;
  /** Parameters the children's links keep (view, basis). */
  params: Record<string, string>;
  locale: Locale;
  t: Messages;
}) {
  const c = t.compare;
  const [fromText, toText] = [formatMonth(from, locale), formatMonth(to, locale)];
  const cell = "px-2 py-1.5 text-right tabular-nums";
  const row = (each: ComparedUnit, head: boolean) => {
    const { change } = each;
    return (
      <tr
        key={each.id}
        className={head ? "border-b-2 border-slate-300 font-semibold" : "border-b border-slate-100"}
        data-testid="compare-row"
      >
        <th scope="row" className="px-2 py-1.5 text-left font-medium">
          {head ? (
            <Entered kind="unit">{each.name}</Entered>
          ) : (
            <Link
              href={compareHref(each.code, from, to, params)}
              className="whitespace-nowrap text-brand-700 hover:underline"
            >
              <Entered kind="unit">{each.name}</Entered>
            </Link>
          )}
        </th>
        <td className={cell}>{formatPercent(each.from?.rate ?? null, locale)}</td>
        <td className={cell}>{formatPercent(each.to?.rate ?? null, locale)}</td>
        <td className={cell} data-testid="compare-points">
          {change.kind === "change" ? (
            <span className="inline-flex flex-wrap items-center justify-end gap-1">
              <span className="whitespace-nowrap">{pointsText(change, locale, t)}</span>
              {change.provisional && (
                <ProvisionalMark text={t.comparison.provisional} title={t.comparison.provisionalHint} />
              )}
            </span>
          ) : (
            <>
              <span aria-hidden className="block">
                –
              </span>
              <span className="block whitespace-nowrap text-xs font-normal text-slate-600">
                {shortReasonText(change.reason, basis, t)}
              </span>
            </>
          )}
        </td>
        <td className={cell}>{each.from ? formatCount(each.from.insured, locale) : "–"}</td>
        <td className={cell}>{each.to ? formatCount(each.to.insured, locale) : "–"}</td>
        <td className={`${cell} whitespace-nowrap`} data-testid="compare-people">
          {change.kind === "change" ? peopleText(change, locale, t) : "–"}
        </td>
      </tr>
    );
  };
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="month-comparison">
        <caption className="sr-only">{fill(c.caption, { from: fromText, to: toText })}</caption>
        <thead className="whitespace-nowrap border-b text-slate-600">
          <tr>
            <th scope="col" rowSpan={2} className="px-2 py-2 text-left align-bottom font-medium">
              {c.unit}
            </th>
            <th scope="colgroup" colSpan={3} className="border-b border-slate-200 px-2 py-1 text-center font-medium">
              {c.rate}
            </th>
            <th scope="colgroup" colSpan={3} className="border-b border-slate-200 px-2 py-1 text-center font-medium">
              {c.insured}
            </th>
          </tr>
          <tr>
            {[0, 1].map((group) =>
              [fromText, toText, c.change].map((label) => (
                <th key={`${group}-${label}`} scope="col" className="px-2 py-1 text-right font-medium">
                  {label}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {row(unit, true)}
          {rows.map((child) => row(child, false))}
        </tbody>
      </table>
    </div>
  );
}
