import type { Metadata } from "next";

import { MonthNotOpen } from "@/components/entry/month-not-open";
import { ReportEntryForm } from "@/components/entry/report-entry-form";
import { ReportEntryHeader } from "@/components/entry/report-entry-header";
import { ReportTimeline } from "@/components/entry/report-timeline";
import { KeepForOffline } from "@/components/offline/keep-for-offline";
import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { groupNames } from "@/lib/i18n/reference-texts";
import { getI18n } from "@/lib/i18n/server";
import { formValues, getReportEntry, historyLines } from "@/lib/queries/get-report-entry";
import { draftKey } from "@/lib/reports/report-draft";
import { reportHref } from "@/lib/routes";

type Props = { params: Promise<{ unitCode: string; month: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ unitCode, month }, { locale, t }] = await Promise.all([params, getI18n()]);
  const target = await getReportEntry(decodeURIComponent(unitCode), month);
  return {
    title: `${fill(t.reports.entry.pageTitle, { month: formatMonth(target.month, locale) })} · ${target.unit.name}`,
  };
}

// No loading.tsx: the scope check must answer a refused unit with a real 404 before anything streams.
export default async function ReportEntryPage({ params }: Props) {
  const [{ unitCode, month }, { locale, t }] = await Promise.all([params, getI18n()]);
  const target = await getReportEntry(decodeURIComponent(unitCode), month);
  if (target.kind === "notOpen") return <MonthNotOpen target={target} locale={locale} t={t} />;
  const { user, unit, groups, report, previous, history, audit } = target;

  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <ReportEntryHeader entry={target} locale={locale} t={t} />
      {groups.length === 0 ? (
        <p className="rounded-lg border border-behind/30 bg-red-50 p-3 text-sm text-behind">
          {fill(t.reports.entry.noGroups, { month: formatMonth(target.month, locale) })}
        </p>
      ) : (
        <ReportEntryForm
          key={`${unit.id}-${target.month}`}
          locale={locale}
          t={{ locale: t.locale, reports: t.reports, offline: t.offline }}
          draftKey={draftKey(user.id, unit.code, target.month)}
          unitCode={unit.code}
          unitName={unit.name}
          month={target.month}
          groups={groups.map((group) => ({ code: group.code, ...groupNames(group, locale) }))}
          stored={formValues(report, groups)}
          previous={previous?.values ?? null}
          history={history.map((stored) => stored.values)}
          fieldHistory={historyLines(audit, t, locale)}
          editable={target.editable}
          canSubmit={target.canSubmit}
        />
      )}
      <ReportTimeline audit={audit} locale={locale} t={t} />
      {target.editable && <KeepForOffline urls={[reportHref(unit.code, target.month)]} />}
    </div>
  );
}
