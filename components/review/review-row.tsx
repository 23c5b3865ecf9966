import Link from "next/link";

import { ReportStatusBadge } from "@/components/entry/report-status-badge";
import { Entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";
import { coverageRate } from "@/lib/coverage/rates";
import { formatCount, formatPercent, formatPoints, formatSignedCount } from "@/lib/format";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import type { CommuneContact } from "@/lib/queries/get-commune-contacts";
import type { LastReminder } from "@/lib/queries/get-last-reminders";
import type { ReviewRow as Row } from "@/lib/queries/get-review-list";
import { fieldLabel } from "@/lib/reports/describe-issue";
import { coverageHref } from "@/lib/routes";
import { GROUP_FIELDS, groupFieldKey, type ReportField } from "@/lib/validation/report-values";

import { CommuneContacts } from "./commune-contacts";
import { RemindCommuneForm } from "./remind-forms";
import { ReviewGroupFigures } from "./review-group-figures";
import { ReviewRowActions } from "./review-row-actions";
import { SUBMISSION_TEXT, submissionText, type DeadlineClock } from "./submission-text";

/** Whether the commune confirmed a warning on one of a group's figures. */
function warned(row: Row, groupCode: string): boolean {
  return GROUP_FIELDS.some((field) =>
    row.confirmedWarnings.some((warning) => warning.field === groupFieldKey(groupCode, field)),
  );
}

/**
/**
 * For a commune still to be chased (not submitted, or late), shown to those who remind: its
 * responsible accounts, its last reminder, and whether it may be reminded now.
 */
export type Chase = {
  contacts: CommuneContact[];
  last: LastReminder | null;
  remindedToday: boolean;
  remindable: boolean;
};

/**
 * One commune's report: state and timeliness, the review comment, confirmed warnings, figures, its
 * figures per group (./review-group-figures.tsx), its contacts and reminders when it is late, actions.
 */
export function ReviewRow({
  row,
  month,
  clock,
  showParent,
  chase,
  locale,
  t,
}: {
  row: Row;
  month: Month;
  clock: DeadlineClock;
  showParent: boolean;
  chase?: Chase;
  locale: Locale;
  t: Messages;
}) {
  const texts = t.reports.review;
  const rate = row.insured !== null && row.population !== null ? coverageRate(row.insured, row.population) : null;
  const previousRate =
    row.previousInsured !== null && row.previousPopulation !== null
      ? coverageRate(row.previousInsured, row.previousPopulation)
      : null;
  const decided = row.reviewedAt && row.status && row.status !== "SUBMITTED" && row.status !== "DRAFT";
  return (
    <li
      className="grid grid-cols-1 gap-3 px-4 py-3 lg:grid-cols-[minmax(0,1.1fr)_minmax(0,1.5fr)_minmax(0,1fr)_minmax(0,0.9fr)]"
      data-testid={`review-row-${row.code}`}
    >
      <div className="space-y-1">
        <Link href={coverageHref(row.code, month)} className="font-medium text-brand-700 hover:underline">
          <Entered kind="unit">{row.name}</Entered>
        </Link>
        <p className="text-xs text-slate-500">
          {row.code}
          {showParent && row.parentName && (
            <> · {fillNodes(texts.parent, { parent: <Entered kind="unit">{row.parentName}</Entered> })}</>
          )}
        </p>
        <ReportStatusBadge status={row.status} t={t} />
      </div>

      <div className="space-y-1 text-sm">
        <p className={`font-medium ${SUBMISSION_TEXT[row.submission]}`}>{submissionText(row, clock, locale, t)}</p>
        {row.submittedBy && (
          <p className="text-xs text-slate-500">
            {fillNodes(texts.submission.by, { name: <Entered kind="person">{row.submittedBy}</Entered> })}
          </p>
        )}
        {decided && (
          <p className="text-xs text-slate-600">
            {fillNodes(texts.lastReview, {
              status: t.reports.statuses[row.status!],
              time: formatDateTime(row.reviewedAt!, locale),
              by: row.reviewedBy
                ? fillNodes(texts.lastReviewBy, { name: <Entered kind="person">{row.reviewedBy}</Entered> })
                : "",
            })}
          </p>
        )}
        {row.reviewComment && (
          <p className="rounded border-l-4 border-orange-300 bg-orange-50 px-2 py-1 text-xs text-slate-800">
            {fillNodes(texts.comment, { comment: <Entered kind="note">{row.reviewComment}</Entered> })}
          </p>
        )}
        {row.confirmedWarnings.length > 0 && (
          <div
            className="rounded border-l-4 border-amber-300 bg-amber-50 px-2 py-1 text-xs text-slate-800"
            data-testid="confirmed-warnings"
          >
            <p className="font-medium">{texts.confirmedWarnings}</p>
            <ul className="list-disc pl-4">
              {row.confirmedWarnings.map((warning) => (
                <li key={`${warning.field}-${warning.code}`}>
                  {fieldLabel(warning.field as ReportField, t)}: {texts.warningKinds[warning.code] ?? warning.code} —{" "}
                  {fillNodes(texts.warningReason, { reason: <Entered kind="note">{warning.reason}</Entered> })}
                </li>
              ))}
            </ul>
          </div>
        )}
        {chase && (
          <>
            <CommuneContacts contacts={chase.contacts} t={t} />
            {chase.last && (
              <p className="text-xs text-slate-600" data-testid="last-reminder">
                {chase.remindedToday
                  ? fill(t.notifications.review.remindedToday, { time: formatDateTime(chase.last.lastManual!, locale) })
                  : fill(t.notifications.review.lastReminder, { time: formatDateTime(chase.last.last, locale) })}
              </p>
            )}
          </>
        )}
      </div>

      <div className="text-sm">
        {row.population === null ? (
          <p className="text-slate-500">{texts.noFigures}</p>
        ) : (
          <>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 tabular-nums">
              <dt className="text-slate-500">{texts.population}</dt>
              <dd className="text-right">{formatCount(row.population, locale)}</dd>
              <dt className="text-slate-500">{texts.insured}</dt>
              <dd className="text-right">{formatCount(row.insured ?? 0, locale)}</dd>
              <dt className="text-slate-500">{texts.rate}</dt>
              <dd className="text-right font-medium">{formatPercent(rate, locale)}</dd>
            </dl>
            <p className="mt-1 text-xs text-slate-500">
              {rate !== null && previousRate !== null && row.previousInsured !== null
                ? fill(texts.change, {
                    insured: formatSignedCount((row.insured ?? 0) - row.previousInsured, locale),
                    points: formatPoints((rate - previousRate) * 100, locale),
                  })
                : texts.noPrevious}
            </p>
          </>
        )}
      </div>

      {row.groups.length > 0 && (
        <ReviewGroupFigures
          unitCode={row.code}
          unitName={row.name}
          month={month}
          groups={row.groups}
          warnedGroups={row.groups.filter((group) => warned(row, group.code)).map((group) => group.code)}
          locale={locale}
          labels={texts}
          groupLabel={t.reports.fields.group}
          className="lg:col-span-4 lg:row-start-2"
        />
      )}

      {/* After the figures on a phone; in the last column of the first line on a wide screen. */}
      <div className="min-w-0 space-y-2 lg:col-start-4 lg:row-start-1">
        {chase?.remindable && !chase.remindedToday && (
          <RemindCommuneForm unitId={row.unitId} month={month} labels={t.notifications.review} />
        )}
        {row.reportId !== null && row.version !== null && row.actions.some((action) => action !== "lock") && (
          <ReviewRowActions
            key={row.reportId}
            reportId={row.reportId}
            version={row.version}
            unitName={row.name}
            unitCode={row.code}
            actions={row.actions.filter((action) => action !== "lock")}
            labels={texts}
          />
        )}
      </div>
    </li>
  );
}
