// A commune's staff land on their task (lib/reports/commune-task.ts): the month to report, its
// deadline and state, one primary button; any other month sent back by the reviewers; then the
// commune's figures for the last ended month it reported.
import Link from "next/link";
import { Suspense } from "react";

import { GroupCoverage } from "@/components/dashboard/group-coverage";
import { SummaryCards } from "@/components/dashboard/summary-cards";
import { ReportStatusBadge } from "@/components/entry/report-status-badge";
import { KeepForOffline } from "@/components/offline/keep-for-offline";
import { buttonClasses } from "@/components/ui/button";
import { Entered, entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";
import { Skeleton, WidgetSkeleton } from "@/components/ui/skeleton";
import { formatDate, formatMonth } from "@/lib/format";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { ReportingUnit } from "@/lib/queries/report-units";
import type { CommuneTask, TaskReport } from "@/lib/reports/commune-task";
import { coverageHref, reportHref, reportsHref } from "@/lib/routes";

const primary = buttonClasses("primary", "inline-flex min-h-11 items-center justify-center px-5 font-semibold");
const secondary = buttonClasses("secondary", "inline-flex min-h-11 items-center justify-center px-5");
const link =
  "inline-flex min-h-11 items-center text-brand-700 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600";

/** The forms to keep for entry without a connection: the month to report (when open) and those sent back. */
function offlineForms(unitCode: string, task: CommuneTask): string[] {
  const months = [...(task.open ? [task.month] : []), ...task.returned.map((report) => report.month)];
  return [...months.map((month) => reportHref(unitCode, month)), reportsHref(unitCode)];
}

export function CommuneHome({
  unit,
  task,
  canEdit,
  locale,
  t,
}: {
  unit: ReportingUnit;
  task: CommuneTask;
  canEdit: boolean;
  locale: Locale;
  t: Messages;
}) {
  const h = t.reports.home;
  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900" {...entered("unit")}>
          {unit.name}
        </h1>
        <p className="text-slate-600">{unit.code}</p>
      </div>
      <TaskCard unitCode={unit.code} task={task} canEdit={canEdit} locale={locale} t={t} />
      {canEdit && <KeepForOffline urls={offlineForms(unit.code, task)} />}
      {task.returned.map((report) => (
        <ReturnedMonth key={report.month} unitCode={unit.code} report={report} locale={locale} t={t} />
      ))}
      <section aria-labelledby="home-figures" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4">
          <div>
            <h2 id="home-figures" className="text-lg font-semibold text-slate-900">
              {task.figuresMonth
                ? fill(h.figuresTitle, { month: formatMonth(task.figuresMonth, locale) })
                : fill(h.figuresTitle, { month: "" }).trim()}
            </h2>
            <p className="text-sm text-slate-500">{task.figuresMonth ? h.figuresHint : h.noFigures}</p>
          </div>
          {task.figuresMonth && (
            <Link href={coverageHref(unit.code, task.figuresMonth)} className={link}>
              {h.dashboard} ›
            </Link>
          )}
        </div>
        {task.figuresMonth && (
          <>
            <Suspense fallback={<Skeleton className="h-32 w-full" />}>
              <SummaryCards unitId={unit.id} month={task.figuresMonth} locale={locale} t={t} />
            </Suspense>
            <Suspense fallback={<WidgetSkeleton />}>
              <GroupCoverage
                unitId={unit.id}
                unitCode={unit.code}
                unitName={unit.name}
                month={task.figuresMonth}
                locale={locale}
                t={t}
              />
            </Suspense>
          </>
        )}
      </section>
    </div>
  );
}

function TaskCard({
  unitCode,
  task,
  canEdit,
  locale,
  t,
}: {
  unitCode: string;
  task: CommuneTask;
  canEdit: boolean;
  locale: Locale;
  t: Messages;
}) {
  const h = t.reports.home;
  const status = task.report?.status ?? null;
  const returned = status === "RETURNED";
  const monthText = formatMonth(task.month, locale);
  const actionKey =
    canEdit && (status === null || status === "DRAFT" || status === "RETURNED") ? (status ?? "NONE") : "view";
  const frame = returned ? "border-2 border-behind bg-red-50" : "border border-slate-200 bg-white";

  return (
    <section aria-labelledby="home-task" data-testid="home-task" className={`rounded-lg p-5 shadow-sm ${frame}`}>
      <p className="text-sm font-medium uppercase tracking-wide text-slate-500">{h.title}</p>
      <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
        <h2 id="home-task" className="text-xl font-semibold text-slate-900">
          {fill(h.reportOf, { month: monthText })}
        </h2>
        {task.open && <ReportStatusBadge status={status} t={t} />}
      </div>
      {task.open ? (
        <>
          {task.deadline && (
            <p className="mt-1 text-sm text-slate-700" data-testid="home-deadline">
              {fill(h.deadline, { date: formatDate(task.deadline, locale) })}
              {task.due && (
                <span
                  className={task.due.kind === "overdue" ? "font-semibold text-behind" : "font-medium text-slate-900"}
                >
                  {" · "}
                  {task.due.kind === "overdue"
                    ? fill(h.overdue, { days: task.due.days })
                    : task.due.days === 0
                      ? h.dueToday
                      : fill(h.daysLeft, { days: task.due.days })}
                </span>
              )}
            </p>
          )}
          <p className={`mt-3 ${returned ? "font-semibold text-behind" : "text-slate-800"}`} data-testid="home-state">
            {h.states[status ?? "NONE"]}
          </p>
          <ReportDetails report={task.report} locale={locale} t={t} />
          <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
            <Link href={reportHref(unitCode, task.month)} className={actionKey === "view" ? secondary : primary}>
              {h.actions[actionKey]}
            </Link>
            <Link href={reportsHref(unitCode)} className={link}>
              {h.allMonths}
            </Link>
          </div>
        </>
      ) : (
        <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
          <Link href={reportsHref(unitCode)} className={link}>
            {h.allMonths}
          </Link>
        </div>
      )}
      {task.opens && (
        <p className="mt-3 text-sm text-slate-600" data-testid="home-opens">
          {fill(h.opensOn, { month: formatMonth(task.opens.month, locale), date: formatDate(task.opens.on, locale) })}
        </p>
      )}
    </section>
  );
}

/** When the report was submitted and reviewed, and the reviewer's comment on a returned report. */
function ReportDetails({ report, locale, t }: { report: TaskReport | null; locale: Locale; t: Messages }) {
  if (!report) return null;
  const h = t.reports.home;
  const reviewed = report.reviewedAt
    ? fillNodes(h.reviewed, {
        by: report.reviewedBy ? <Entered kind="person">{report.reviewedBy}</Entered> : t.reports.entry.unknownUser,
        at: formatDateTime(report.reviewedAt, locale),
      })
    : null;
  if (report.status === "RETURNED") {
    return (
      <figure className="mt-2 rounded-md border border-behind/30 bg-white p-3" data-testid="home-review-comment">
        {report.reviewComment && (
          <blockquote className="whitespace-pre-line text-slate-900" {...entered("note")}>
            {report.reviewComment}
          </blockquote>
        )}
        {reviewed && <figcaption className="mt-1 text-sm text-slate-600">{reviewed}</figcaption>}
      </figure>
    );
  }
  const lines = [
    report.submittedAt && report.status !== "DRAFT"
      ? fill(h.submittedAt, { at: formatDateTime(report.submittedAt, locale) })
      : null,
    (report.status === "APPROVED" || report.status === "LOCKED") && reviewed ? reviewed : null,
  ].filter((line): line is string => line !== null);
  return lines.length > 0 ? <p className="mt-1 text-sm text-slate-600">{lines.join(" · ")}</p> : null;
}

function ReturnedMonth({
  unitCode,
  report,
  locale,
  t,
}: {
  unitCode: string;
  report: TaskReport;
  locale: Locale;
  t: Messages;
}) {
  const h = t.reports.home;
  return (
    <section
      aria-label={fill(h.otherReturned, { month: formatMonth(report.month, locale) })}
      data-testid="home-returned"
      className="rounded-lg border-2 border-behind bg-red-50 p-4"
    >
      <h2 className="font-semibold text-behind">
        {fill(h.otherReturned, { month: formatMonth(report.month, locale) })}
      </h2>
      <ReportDetails report={report} locale={locale} t={t} />
      <Link href={reportHref(unitCode, report.month)} className={`${primary} mt-3`}>
        {h.actions.RETURNED}
      </Link>
    </section>
  );
}
