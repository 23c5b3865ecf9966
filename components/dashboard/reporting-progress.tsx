import Link from "next/link";

import { ReportStatusBadge } from "@/components/entry/report-status-badge";
import { SUBMISSION_TEXT, submissionText } from "@/components/review/submission-text";
import { Card } from "@/components/ui/card";
import { now } from "@/lib/clock";
import { formatCount, formatDate, formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import { getCompleteness } from "@/lib/queries/get-review-list";
import { deadlineDate } from "@/lib/reports/review-rules";
import { reviewHref } from "@/lib/routes";

/** Units whose review page lists their communes: provinces and districts. */
const REVIEWED_LEVELS = [1, 2];

const SEGMENTS = [
  { key: "onTime", colour: "bg-met" },
  { key: "late", colour: "bg-near" },
  { key: "returned", colour: "bg-orange-400" },
  { key: "missing", colour: "bg-behind" },
] as const;

/**
 * Completeness and timeliness of the month's reports below a unit: how many communes submitted on
 * time, late, had their report returned, or have not submitted; for a commune, its own report.
 */
export async function ReportingProgress({
  unitId,
  unitCode,
  unitLevel,
  month,
  locale,
  t,
}: {
  unitId: number;
  unitCode: string;
  unitLevel: number;
  month: Month;
  locale: Locale;
  t: Messages;
}) {
  const completeness = await getCompleteness(unitId, month);
  const texts = t.reports.completeness;
  if (!completeness) return <p className="text-sm text-slate-500">{texts.noRule}</p>;
  const { counts, own, rule } = completeness;
  const title = fill(texts.title, { month: formatMonth(month, locale) });
  const deadline = fill(texts.deadline, { date: formatDate(deadlineDate(month, rule.deadlineDay), locale) });

  if (own) {
    const clock = { deadline: completeness.deadline, deadlineDay: deadlineDate(month, rule.deadlineDay), now: now() };
    return (
      <div data-testid="reporting-progress">
        <Card title={title} description={deadline}>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <ReportStatusBadge status={own.status} t={t} />
            <span className={SUBMISSION_TEXT[own.submission]}>{submissionText(own, clock, locale, t)}</span>
          </div>
        </Card>
      </div>
    );
  }

  const values = {
    onTime: counts.onTime + counts.undated,
    late: counts.late,
    returned: counts.returned,
    missing: counts.overdue + counts.notDue,
  };
  const n = (value: number) => formatCount(value, locale);
  return (
    <div data-testid="reporting-progress">
      <Card title={title} description={deadline}>
        <div className="space-y-3">
          <p className="text-sm font-medium text-slate-800">
            {fill(texts.submitted, { count: n(values.onTime + values.late), total: n(counts.total) })}
          </p>
          <div aria-hidden className="flex h-3 overflow-hidden rounded-full bg-slate-200">
            {SEGMENTS.map(({ key, colour }) =>
              values[key] > 0 ? (
                <div key={key} className={colour} style={{ width: `${(values[key] / counts.total) * 100}%` }} />
              ) : null,
            )}
          </div>
          <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            {SEGMENTS.map(({ key, colour }) => (
              <div key={key} className="flex items-center gap-1.5" data-testid={`progress-${key}`}>
                <span aria-hidden className={`inline-block h-2.5 w-2.5 rounded-full ${colour}`} />
                <dt className="text-slate-600">{texts[key]}</dt>
                <dd className="font-semibold tabular-nums">{n(values[key])}</dd>
              </div>
            ))}
            <div className="flex items-center gap-1.5" data-testid="progress-approved">
              <dt className="text-slate-600">{texts.approved}</dt>
              <dd className="font-semibold tabular-nums">{n(counts.approved + counts.locked)}</dd>
            </div>
          </dl>
          {REVIEWED_LEVELS.includes(unitLevel) && (
            <Link
              href={reviewHref(unitCode, month)}
              className="inline-block text-sm font-medium text-brand-700 hover:underline"
            >
              {texts.openList} →
            </Link>
          )}
        </div>
      </Card>
    </div>
  );
}
