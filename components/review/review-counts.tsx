import { formatCount } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { SubmissionCounts } from "@/lib/reports/review-rules";

type Key = keyof Messages["reports"]["review"]["counts"];

const TONES: Partial<Record<Key, string>> = {
  onTime: "text-met",
  late: "text-near",
  returned: "text-orange-800",
  overdue: "text-behind",
};

/** The month's completeness at a glance: communes, on time, late, returned, missing, approved, locked. */
export function ReviewCounts({ counts, locale, t }: { counts: SubmissionCounts; locale: Locale; t: Messages }) {
  const keys: Key[] = ["total", "onTime", "late", "returned", "overdue", "approved", "locked"];
  // Shown only when they occur: not yet due (before the deadline) and submissions without a time.
  if (counts.notDue > 0) keys.splice(5, 0, "notDue");
  if (counts.undated > 0) keys.splice(3, 0, "undated");
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-8" data-testid="review-counts">
      {keys.map((key) => (
        <div
          key={key}
          className="rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-sm"
          data-testid={`count-${key}`}
        >
          <dt className="text-xs font-medium text-slate-600">{t.reports.review.counts[key]}</dt>
          <dd className={`text-2xl font-semibold tabular-nums ${TONES[key] ?? "text-slate-900"}`}>
            {formatCount(counts[key], locale)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
