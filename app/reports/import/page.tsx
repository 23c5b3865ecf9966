import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";

import { ImportWizard } from "@/components/reports/import-wizard";
import { MonthSelect, UnitSelect } from "@/components/reports/report-form-selects";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/current-user";
import { formatCount, formatMonth } from "@/lib/format";
import { getI18n } from "@/lib/i18n/server";
import { addMonths, isMonth, monthRange } from "@/lib/period";
import { getReportUnitOptions, withUnitListed } from "@/lib/queries/get-report-unit-options";
import { getReportingRules } from "@/lib/queries/get-reporting-rules";
import { MAX_FILE_BYTES, MAX_FILE_ROWS } from "@/lib/reports/file/read-report-file";
import { latestOpenMonth } from "@/lib/reports/report-month";
import { resolveUnitParam } from "@/lib/reports/unit-param";
import { unitParamValue } from "@/lib/reports/unit-param-value";
import { reportImportHref, reportTemplateHref } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.reports.import.nav };
}

/** Months offered for the template: the last three years up to the latest month open for entry. */
const TEMPLATE_MONTHS = 36;

type Props = { searchParams: Promise<{ unit?: string; month?: string }> };

// `?unit=<code>&month=YYYY-MM` preset the template's unit and month: the code is read in that month
// (lib/reports/unit-param.ts); an old link by id is redirected to the code, and a unit the user may
// not see gives way to the user's own unit.
export default async function ReportImportPage({ searchParams }: Props) {
  const [user, query, { locale, t }] = await Promise.all([requirePermission("report:import"), searchParams, getI18n()]);
  const text = t.reports.import;
  const [rules, units] = await Promise.all([getReportingRules(), getReportUnitOptions(user)]);
  const latest = latestOpenMonth(rules);
  const months = monthRange(addMonths(latest, 1 - TEMPLATE_MONTHS), latest).reverse();
  const month = query.month && isMonth(query.month) && months.includes(query.month) ? query.month : latest;
  const requested = await resolveUnitParam(user, query.unit, month);
  if (requested.kind === "moved") redirect(reportImportHref({ unitCode: requested.code, month }));
  const own = requested.kind === "unit" ? requested : await resolveUnitParam(user, undefined, month);
  if (own.kind !== "unit") notFound();
  const { unit } = own;

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{text.title}</h1>
        <p className="max-w-3xl text-sm text-slate-500">{text.description}</p>
      </div>

      <Card title={text.templateTitle} description={text.templateDescription}>
        <form
          method="get"
          action="/reports/import/template"
          className="grid gap-3 sm:grid-cols-[minmax(0,12rem)_minmax(0,24rem)_auto] sm:items-end"
        >
          <div className="space-y-1">
            <label htmlFor="template-month" className="block text-sm font-medium text-slate-800">
              {text.templateMonth}
            </label>
            <MonthSelect
              id="template-month"
              name="month"
              selected={month}
              months={months.map((value) => ({ value, label: formatMonth(value, locale) }))}
            />
          </div>
          <div className="space-y-1">
            <label htmlFor="template-unit" className="block text-sm font-medium text-slate-800">
              {text.templateUnit}
            </label>
            <UnitSelect
              id="template-unit"
              name="unit"
              options={withUnitListed(units, unit)}
              selected={unitParamValue(unit)}
              labels={{ current: t.reports.export.unitsAfter, ended: t.reports.export.unitsBefore }}
            />
          </div>
          <button type="submit" className={buttonClasses("secondary", "justify-self-start px-3 py-2 text-sm")}>
            {text.downloadTemplate}
          </button>
        </form>
      </Card>

      <Card title={text.uploadTitle}>
        <ImportWizard
          text={text}
          maxBytes={MAX_FILE_BYTES}
          maxRows={formatCount(MAX_FILE_ROWS, locale)}
          exportHref="/reports/export"
          templateHref={reportTemplateHref(unit.code, month)}
        />
      </Card>
    </div>
  );
}
