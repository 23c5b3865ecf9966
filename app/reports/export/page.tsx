import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Suspense } from "react";

import { ExportSummary } from "@/components/reports/export-summary";
import { MonthSelect, UnitSelect } from "@/components/reports/report-form-selects";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { requirePermission } from "@/lib/auth/current-user";
import { currentMonth } from "@/lib/clock";
import { formatMonth } from "@/lib/format";
import { getI18n } from "@/lib/i18n/server";
import { addMonths, isMonth, monthRange, type Month } from "@/lib/period";
import { getReportUnitOptions, withUnitListed } from "@/lib/queries/get-report-unit-options";
import { getReportedMonths } from "@/lib/queries/get-reported-months";
import { resolveUnitParam } from "@/lib/reports/unit-param";
import { unitParamValue } from "@/lib/reports/unit-param-value";
import { reportExportHref } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.reports.export.title };
}

type Props = { searchParams: Promise<{ unit?: string; from?: string; to?: string }> };

const monthOr = (value: string | undefined, fallback: Month): Month => (value && isMonth(value) ? value : fallback);

// `?unit=` is the unit's code, read in the range's last month, `to` (lib/reports/unit-param.ts); an
// old link by id is redirected to the code.
// No route-level loading.tsx: a unit outside the scope must be answered with a real 404 before
// anything streams. The summary (it counts rows) streams behind its own Suspense boundary.
export default async function ReportExportPage({ searchParams }: Props) {
  const [user, query, { locale, t }, reported] = await Promise.all([
    requirePermission("report:export"),
    searchParams,
    getI18n(),
    getReportedMonths(),
  ]);
  const text = t.reports.export;
  const current = currentMonth();
  const first = reported?.first ?? current;
  const last = reported && reported.last < current ? reported.last : addMonths(current, -1);
  const to = monthOr(query.to, last);
  const fallbackFrom = addMonths(to, -11) < first ? first : addMonths(to, -11);
  const from = monthOr(query.from, fallbackFrom);
  const [requested, options] = await Promise.all([resolveUnitParam(user, query.unit, to), getReportUnitOptions(user)]);
  if (requested.kind === "moved") redirect(reportExportHref(requested.code, from, to));
  if (requested.kind === "notFound") notFound();
  const { unit } = requested;
  const months = monthRange(first < current ? first : current, current)
    .reverse()
    .map((value) => ({ value, label: formatMonth(value, locale) }));

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{text.title}</h1>
        <p className="max-w-3xl text-sm text-slate-500">{text.description}</p>
      </div>
      <Card>
        <form
          method="get"
          className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,24rem)_minmax(0,11rem)_minmax(0,11rem)_auto] lg:items-end"
        >
          <div className="space-y-1 sm:col-span-2 lg:col-span-1">
            <label htmlFor="export-unit" className="block text-sm font-medium text-slate-800">
              {text.unit}
            </label>
            <UnitSelect
              id="export-unit"
              name="unit"
              options={withUnitListed(options, unit)}
              selected={unitParamValue(unit)}
              labels={{ current: text.unitsAfter, ended: text.unitsBefore }}
            />
          </div>
          <div className="space-y-1">
            <label htmlFor="export-from" className="block text-sm font-medium text-slate-800">
              {text.from}
            </label>
            <MonthSelect id="export-from" name="from" months={months} selected={from} />
          </div>
          <div className="space-y-1">
            <label htmlFor="export-to" className="block text-sm font-medium text-slate-800">
              {text.to}
            </label>
            <MonthSelect id="export-to" name="to" months={months} selected={to} />
          </div>
          <button type="submit" className={buttonClasses("secondary", "justify-self-start px-3 py-2 text-sm")}>
            {text.prepare}
          </button>
        </form>
      </Card>
      <Suspense key={`${unit.id}-${from}-${to}`} fallback={<Skeleton className="h-24 w-full" />}>
        <ExportSummary user={user} unitId={unit.id} from={from} to={to} locale={locale} t={t} />
      </Suspense>
    </div>
  );
}
