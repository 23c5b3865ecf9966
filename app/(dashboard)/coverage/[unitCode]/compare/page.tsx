// Two months of a unit and its children side by side (e.g. ?from=2024-12&to=2025-12), in the later
// month's structure or in today's (&view=current), on the dashboard's counting basis (&data=approved).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { MonthComparisonTable } from "@/components/dashboard/month-comparison-table";
import { NoDataYet } from "@/components/dashboard/no-data-yet";
import { UnitNotInMonth } from "@/components/dashboard/unit-not-in-month";
import { basisParams, countingBasisFrom } from "@/lib/coverage/counting-rule";
import { earlierMonthInScope } from "@/lib/dashboard/compare-scope";
import { resolveDashboardUnit } from "@/lib/dashboard/resolve-dashboard-unit";
import { structureViewFrom, viewParams } from "@/lib/dashboard/structure-view";
import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { getI18n } from "@/lib/i18n/server";
import { addMonths, monthRange } from "@/lib/period";
import { getMonthComparison } from "@/lib/queries/get-month-comparison";
import { compareFileHref, compareHref, coverageHref } from "@/lib/routes";
import { monthWithin } from "@/lib/validation/period";

type Props = {
  params: Promise<{ unitCode: string }>;
  searchParams: Promise<{ from?: string; to?: string; view?: string; data?: string }>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ unitCode }, { to, view, data }, { t }] = await Promise.all([params, searchParams, getI18n()]);
  const target = await resolveDashboardUnit(
    decodeURIComponent(unitCode),
    to,
    structureViewFrom(view),
    countingBasisFrom(data),
  );
  return target.kind === "unit" ? { title: `${t.compare.open}: ${target.unit.name}` } : {};
}

export default async function ComparePage({ params, searchParams }: Props) {
  const [{ unitCode }, query, { locale, t }] = await Promise.all([params, searchParams, getI18n()]);
  const view = structureViewFrom(query.view);
  const basis = countingBasisFrom(query.data);
  const target = await resolveDashboardUnit(decodeURIComponent(unitCode), query.to, view, basis);
  if (target.kind === "noData") return <NoDataYet t={t} />;
  if (target.kind === "notInMonth") {
    return <UnitNotInMonth code={target.code} month={target.month} periods={target.periods} locale={locale} t={t} />;
  }
  const { user, unit, month: to, range, structureMonth } = target;
  const from = monthWithin(query.from, range, addMonths(to, -12));
  if (!(await earlierMonthInScope(user, unit, from, structureMonth))) notFound();
  const comparison = await getMonthComparison(unit, from, to, structureMonth, basis);
  const keep = { ...viewParams(view), ...basisParams(basis) };
  const c = t.compare;
  const months = monthRange(range.first, range.last).reverse();
  const select = "rounded border border-slate-300 bg-white px-2 py-1";
  const option = "rounded px-2.5 py-1";

  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <Link href={coverageHref(unit.code, to, keep)} className="no-print text-sm text-brand-700 hover:underline">
          ‹ {c.back}
        </Link>
        <h1 className="text-2xl font-semibold text-slate-900">
          {unit.name}{" "}
          <span className="font-normal text-slate-500">
            · {fill(c.title, { from: formatMonth(from, locale), to: formatMonth(to, locale) })}
          </span>
        </h1>
        <p className="text-sm text-slate-500">
          {structureMonth ? c.structure.current : fill(c.structure.month, { month: formatMonth(to, locale) })}
        </p>
      </div>
      <form method="get" className="no-print flex flex-wrap items-end gap-3 text-sm" data-testid="compare-form">
        <label className="flex flex-col gap-1 text-slate-600">
          {c.from}
          <select name="from" defaultValue={from} className={select}>
            {months.map((m) => (
              <option key={m} value={m}>
                {formatMonth(m, locale)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-slate-600">
          {c.to}
          <select name="to" defaultValue={to} className={select}>
            {months.map((m) => (
              <option key={m} value={m}>
                {formatMonth(m, locale)}
              </option>
            ))}
          </select>
        </label>
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button
          type="submit"
          className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
        >
          {c.submit}
        </button>
        <div className="flex items-center gap-2" role="group" aria-label={t.units.view.label}>
          <span className="text-slate-600">{t.units.view.label}</span>
          <div className="inline-flex rounded-md border border-slate-300 bg-white p-0.5">
            {view === "month" ? (
              <span className={`${option} bg-brand-700 text-white`} aria-current="true">
                {t.units.view.monthStructure}
              </span>
            ) : (
              <Link
                href={compareHref(unit.code, from, to, basisParams(basis))}
                className={`${option} text-brand-700 hover:bg-brand-50`}
              >
                {t.units.view.monthStructure}
              </Link>
            )}
            {view === "current" ? (
              <span className={`${option} bg-brand-700 text-white`} aria-current="true">
                {t.units.view.currentStructure}
              </span>
            ) : (
              <Link
                href={compareHref(unit.code, from, to, { ...basisParams(basis), view: "current" })}
                className={`${option} text-brand-700 hover:bg-brand-50`}
              >
                {t.units.view.currentStructure}
              </Link>
            )}
          </div>
        </div>
      </form>
      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <div className="no-print mb-3 flex justify-end">
          <a
            href={compareFileHref(unit.code, from, to, keep)}
            download
            title={t.downloads.exportHint}
            className="inline-flex items-center rounded border border-brand-700 bg-white px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
            data-testid="compare-xlsx"
          >
            {t.downloads.export}
          </a>
        </div>
        <MonthComparisonTable
          unit={comparison.unit}
          rows={comparison.children}
          from={from}
          to={to}
          basis={basis}
          params={keep}
          locale={locale}
          t={t}
        />
      </section>
    </div>
  );
}
