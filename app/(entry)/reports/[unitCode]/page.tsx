import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { ReportMonthList } from "@/components/entry/report-month-list";
import { Entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { getI18n } from "@/lib/i18n/server";
import { isMonth } from "@/lib/period";
import { can } from "@/lib/permissions/can";
import { getRecentReports } from "@/lib/queries/get-recent-reports";
import { reportHref } from "@/lib/routes";

type Props = { params: Promise<{ unitCode: string }>; searchParams: Promise<{ month?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.reports.entry.listTitle };
}

export default async function ReportMonthsPage({ params, searchParams }: Props) {
  const [{ unitCode }, query, { locale, t }, user] = await Promise.all([
    params,
    searchParams,
    getI18n(),
    requireUser(),
  ]);
  const code = decodeURIComponent(unitCode);
  // "Open another month": the month field posts here; its page checks unit, month and scope.
  if (query.month && isMonth(query.month)) redirect(reportHref(code, query.month));
  const { unit, ended, rows } = await getRecentReports(user, code);
  const e = t.reports.entry;

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{e.listTitle}</h1>
        <p className="text-slate-600">
          {fillNodes(e.listDescription, { unit: <Entered kind="unit">{unit.name}</Entered> })}
        </p>
        {ended && unit.validTo && (
          <p className="mt-2 text-sm text-slate-500">{fill(e.unitEnded, { date: formatDate(unit.validTo, locale) })}</p>
        )}
      </div>
      <ReportMonthList unitCode={unit.code} rows={rows} canEdit={can(user, "report:edit")} locale={locale} t={t} />
      <form className="flex flex-wrap items-end gap-2" action="">
        <label className="text-sm">
          <span className="block font-medium text-slate-800">{e.otherMonth}</span>
          <input
            type="month"
            name="month"
            required
            className="mt-1 h-11 rounded-md border border-slate-300 bg-white px-3 text-base"
          />
        </label>
        <button
          type="submit"
          className="h-11 rounded-md border border-slate-300 bg-white px-4 font-medium text-slate-800 hover:bg-slate-100"
        >
          {e.open}
        </button>
      </form>
    </div>
  );
}
