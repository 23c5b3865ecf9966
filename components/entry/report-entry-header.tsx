// The top of a report's entry page: links to the other months, the month and commune, and the
// report's state (last save, submission, the reviewer's comment, why it is read-only).
import Link from "next/link";
import { Fragment, type ReactNode } from "react";

import { Entered, entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";
import { currentMonth } from "@/lib/clock";
import { formatMonth } from "@/lib/format";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { addMonths, dateToMonth, monthToDate } from "@/lib/period";
import type { ReportEntry } from "@/lib/queries/get-report-entry";
import { isEditableStatus } from "@/lib/reports/report-status";
import { reportHref, reportsHref } from "@/lib/routes";

const link =
  "inline-flex min-h-11 items-center rounded px-1 text-brand-700 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600";

export function ReportEntryHeader({ entry, locale, t }: { entry: ReportEntry; locale: Locale; t: Messages }) {
  const e = t.reports.entry;
  const { unit, month, report } = entry;
  const previous = addMonths(month, -1);
  const next = addMonths(month, 1);
  const hasPrevious = previous >= dateToMonth(unit.validFrom);
  const hasNext = next <= currentMonth() && (!unit.validTo || monthToDate(next) < unit.validTo);
  const notes: ReactNode[] = [];
  if (!report && entry.editable) notes.push(e.newReport);
  if (report) notes.push(fill(e.lastSaved, { at: formatDateTime(report.updatedAt, locale), version: report.version }));
  if (report?.submittedAt && report.submittedBy)
    notes.push(
      fillNodes(e.submittedBy, {
        by: <Entered kind="person">{report.submittedBy}</Entered>,
        at: formatDateTime(report.submittedAt, locale),
      }),
    );
  const readOnly = !entry.editable && entry.groups.length > 0;

  return (
    <header className="space-y-2">
      <nav aria-label={e.allMonths} className="flex flex-wrap items-center justify-between gap-x-3 text-sm">
        <Link href={reportsHref(unit.code)} className={link}>
          ‹ {e.allMonths}
        </Link>
        <div className="flex gap-3">
          {hasPrevious && (
            <Link href={reportHref(unit.code, previous)} className={link}>
              ‹ {e.previousMonth}
            </Link>
          )}
          {hasNext && (
            <Link href={reportHref(unit.code, next)} className={link}>
              {e.nextMonth} ›
            </Link>
          )}
        </div>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">
          {fill(e.pageTitle, { month: formatMonth(month, locale) })}
        </h1>
        <p className="text-slate-600">
          <Entered kind="unit">{unit.name}</Entered> <span className="text-slate-600">· {unit.code}</span>
        </p>
      </div>
      {notes.length > 0 && (
        <p className="text-sm text-slate-500">
          {notes.map((note, index) => (
            <Fragment key={index}>
              {index > 0 && " "}
              {note}
            </Fragment>
          ))}
        </p>
      )}
      {report?.status === "RETURNED" && report.reviewComment && (
        <div className="rounded-lg border border-behind/30 bg-red-50 p-3 text-sm" data-testid="review-comment">
          <p className="font-medium text-behind">
            {fillNodes(e.returned, {
              by: report.reviewedBy ? <Entered kind="person">{report.reviewedBy}</Entered> : e.unknownUser,
              at: report.reviewedAt ? formatDateTime(report.reviewedAt, locale) : "–",
            })}
          </p>
          <p className="mt-1 whitespace-pre-line text-slate-800" {...entered("note")}>
            {report.reviewComment}
          </p>
        </div>
      )}
      {readOnly && (
        <p className="rounded-lg border border-slate-200 bg-slate-100 p-3 text-sm text-slate-700">
          {isEditableStatus(report?.status ?? null)
            ? e.readOnlyRole
            : fill(e.readOnlyStatus, { status: t.reports.statuses[report?.status ?? "NONE"] })}
        </p>
      )}
    </header>
  );
}
