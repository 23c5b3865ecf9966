import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";
import { formatCount } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import { type ReviewRow as Row, getReviewList } from "@/lib/reports/review-list";
import { deadlineDate } from "@/lib/reports/review-rules";
import { reviewHref } from "@/lib/routes";
import { MonthReviewActions } from "./month-review-actions";
import { ReviewCounts } from "./review-counts";
import { ReviewNoticeProvider } from "./review-notice";
import { ReviewRow } from "./review-row";
import { now } from "@/lib/clock";

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

/** The review page's body: counts, month-wide actions, the status filter and the communes' reports. */
export async function ReviewBoard({ user, unit, month, filter, locale, t }: {
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
  if (!list) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">{t.reports.completeness.noRule}</p>;
  const clock = { deadline: list.deadline, deadlineDay: deadlineDate(month, list.rule.deadlineDay), now: at };
  const shown = list.rows.filter(MATCHES[filter]);
  const pending = list.rows.filter((row) => row.actions.includes("approve")).map(versionOf);
  const lockable = list.rows.filter((row) => row.actions.includes("lock")).map(versionOf);
  // A province page before July 2025 lists communes of several districts: name each one's district.
  const showParent = list.rows.some((row) => row.level - unit.level > 1);

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
            notApproved={list.rows.filter((row) => row.status !== "APPROVED" && row.status !== "LOCKED").map((row) => row.name)}
            labels={texts}
          />
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
            <div aria-hidden className="hidden gap-3 border-b bg-slate-50 px-4 py-2 text-sm font-medium text-slate-600 lg:grid lg:grid-cols-[minmax(0,1.1fr)_minmax(0,1.5fr)_minmax(0,1fr)_minmax(0,0.9fr)]">
              <span>{texts.columns.unit}</span>
              <span>{texts.columns.status}</span>
              <span>{texts.columns.figures}</span>
              <span>{texts.columns.actions}</span>
            </div>
            <ul className="divide-y divide-slate-100" data-testid="review-list">
              {shown.map((row) => (
                <ReviewRow key={row.unitId} row={row} month={month} clock={clock} showParent={showParent} locale={locale} t={t} />
              ))}
            </ul>
          </section>
        )}
      </div>
    </ReviewNoticeProvider>
  );
}
