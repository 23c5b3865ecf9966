import Link from "next/link";

import type { SessionUser } from "@/lib/auth/session";
import { now, vietnamDay } from "@/lib/clock";
import { formatCount, formatMonth } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import { can } from "@/lib/permissions/can";
import { getCommuneContacts } from "@/lib/queries/get-commune-contacts";
import { getLastReminders } from "@/lib/queries/get-last-reminders";
import { getReportingRules } from "@/lib/queries/get-reporting-rules";
import { getReviewList, type ReviewRow as Row } from "@/lib/queries/get-review-list";
import { needsReminder } from "@/lib/reports/reminder-schedule";
import { isMonthOpen } from "@/lib/reports/report-month";
import { deadlineDate, type Submission } from "@/lib/reports/review-rules";
import { reviewHref } from "@/lib/routes";

import { MonthReviewActions } from "./month-review-actions";
import { RemindAllForm } from "./remind-forms";
import { ReviewCounts } from "./review-counts";
import { ReviewNoticeProvider } from "./review-notice";
import { ReviewRow, type Chase } from "./review-row";

export const REVIEW_FILTERS = ["all", "pending", "late", "returned", "missing", "approved", "locked"] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

const MATCHES: Record<ReviewFilter, (row: Row) => boolean> = {
  all: () => true,
  pending: (row) => row.status === "SUBMITTED",
  late: (row) => row.submission === "late",
  returned: (row) => row.status === "RETURNED",
  missing: (row) => row.submission === "overdue" || row.submission === "notDue",
  approved: (row) => row.status === "APPROVED",
  locked: (row) => row.status === "LOCKED",
};

const versionOf = (row: Row) => `${row.reportId}:${row.version}`;

/** Communes an official chases: not submitted (before or after the deadline, or returned), or late. */
const CHASED: readonly Submission[] = ["notDue", "overdue", "returned", "late"];

/**
 * For those who remind (report:remind, and reviewers of these communes): each chased commune's
 * accounts, last reminder and whether it may be reminded now (not submitted, month open for entry).
 */
async function chasesFor(
  user: SessionUser,
  rows: Row[],
  month: Month,
  reviewsAny: boolean,
  at: Date,
): Promise<Map<number, Chase> | null> {
  if (!can(user, "report:remind") || !reviewsAny) return null;
  const chased = rows.filter((row) => CHASED.includes(row.submission)).map((row) => row.unitId);
  const [contacts, reminders, rules] = await Promise.all([
    getCommuneContacts(chased),
    getLastReminders(chased, month),
    getReportingRules(),
  ]);
  const open = isMonthOpen(month, rules, at);
  const today = vietnamDay(at).getTime();
  return new Map(
    rows
      .filter((row) => chased.includes(row.unitId))
      .map((row) => {
        const last = reminders.get(row.unitId) ?? null;
        return [
          row.unitId,
          {
            contacts: contacts.get(row.unitId) ?? [],
            last,
            remindedToday: last?.lastManual ? vietnamDay(last.lastManual).getTime() === today : false,
            remindable: open && needsReminder(row.status) && (contacts.get(row.unitId)?.length ?? 0) > 0,
          },
        ];
      }),
  );
}

/** The review page's body: counts, month-wide actions, the status filter and the communes' reports. */
export async function ReviewBoard({
  user,
  unit,
  month,
  filter,
  locale,
  t,
}: {
  user: SessionUser;
  unit: { id: number; code: string; level: number };
  month: Month;
  filter: ReviewFilter;
  locale: Locale;
  t: Messages;
}) {
  const texts = t.reports.review;
  const at = now();
  const list = await getReviewList(user, unit.id, month, at);
  if (!list)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
        {t.reports.completeness.noRule}
      </p>
    );
  const clock = { deadline: list.deadline, deadlineDay: deadlineDate(month, list.rule.deadlineDay), now: at };
  const shown = list.rows.filter(MATCHES[filter]);
  const pending = list.rows.filter((row) => row.actions.includes("approve")).map(versionOf);
  const lockable = list.rows.filter((row) => row.actions.includes("lock")).map(versionOf);
  // A province page before July 2025 lists communes of several districts: name each one's district.
  const showParent = list.rows.some((row) => row.level - unit.level > 1);
  const chases = await chasesFor(user, list.rows, month, list.reviewsAny, at);
  const toRemind = chases ? [...chases.values()].filter((chase) => chase.remindable && !chase.remindedToday).length : 0;

  return (
    <ReviewNoticeProvider labels={{ reload: texts.reload, close: texts.closeNotice }}>
      <div className="space-y-4">
        <ReviewCounts counts={list.counts} locale={locale} t={t} />
        {list.reviewsAny ? (
          <MonthReviewActions
            key={`${unit.id}-${month}`}
            unitId={unit.id}
            month={month}
            pending={pending}
            approved={lockable}
            notApproved={list.rows
              .filter((row) => row.status !== "APPROVED" && row.status !== "LOCKED")
              .map((row) => row.name)}
            labels={texts}
          >
            {toRemind > 0 && (
              <RemindAllForm
                unitId={unit.id}
                month={month}
                monthText={formatMonth(month, locale)}
                count={toRemind}
                labels={t.notifications.review}
              />
            )}
          </MonthReviewActions>
        ) : (
          <p className="text-sm text-slate-600">{texts.readOnly}</p>
        )}

        <nav aria-label={texts.filterLabel} className="flex flex-wrap gap-1 text-sm">
          {REVIEW_FILTERS.map((value) => {
            const count = list.rows.filter(MATCHES[value]).length;
            return (
              <Link
                key={value}
                href={reviewHref(unit.code, month, value === "all" ? {} : { status: value })}
                aria-current={filter === value ? "page" : undefined}
                className={`rounded-full px-3 py-1 ${filter === value ? "bg-brand-700 text-white" : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-100"}`}
              >
                {texts.filters[value]} <span className="tabular-nums opacity-80">{formatCount(count, locale)}</span>
              </Link>
            );
          })}
        </nav>

        {shown.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">{texts.empty}</p>
        ) : (
          <section className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
            <div
              aria-hidden
              className="hidden gap-3 border-b bg-slate-50 px-4 py-2 text-sm font-medium text-slate-600 lg:grid lg:grid-cols-[minmax(0,1.1fr)_minmax(0,1.5fr)_minmax(0,1fr)_minmax(0,0.9fr)]"
            >
              <span>{texts.columns.unit}</span>
              <span>{texts.columns.status}</span>
              <span>{texts.columns.figures}</span>
              <span>{texts.columns.actions}</span>
            </div>
            <ul className="divide-y divide-slate-100" data-testid="review-list">
              {shown.map((row) => (
                <ReviewRow
                  key={row.unitId}
                  row={row}
                  month={month}
                  clock={clock}
                  showParent={showParent}
                  chase={chases?.get(row.unitId)}
                  locale={locale}
                  t={t}
                />
              ))}
            </ul>
          </section>
        )}
      </div>
    </ReviewNoticeProvider>
  );
}
