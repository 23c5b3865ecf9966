// Where a commune's report stands against the deadline, as one short sentence and a colour:
// "Nộp lúc 13:45 3/11/26 · muộn 2 ngày", "Chưa nộp · quá hạn 18 ngày".
import { formatDate } from "@/lib/format";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { daysAfter, type Submission } from "@/lib/reports/review-rules";

export const SUBMISSION_TEXT: Record<Submission, string> = {
  onTime: "text-met",
  late: "text-near",
  undated: "text-slate-600",
  returned: "text-orange-800",
  overdue: "text-behind",
  notDue: "text-slate-600",
};

/** The deadline of the month (the moment, and its calendar day for display) and the time of reading. */
export type DeadlineClock = { deadline: Date; deadlineDay: Date; now: Date };

export function submissionText(
  { submission, submittedAt }: { submission: Submission; submittedAt: Date | null },
  { deadline, deadlineDay, now }: DeadlineClock,
  locale: Locale,
  t: Messages,
): string {
  const texts = t.reports.review.submission;
  const time = submittedAt ? formatDateTime(submittedAt, locale) : "";
  switch (submission) {
    case "onTime":
    case "returned":
      return submittedAt ? fill(texts[submission], { time }) : texts.undated;
    case "late":
      return fill(texts.late, { time, days: submittedAt ? daysAfter(deadline, submittedAt) : 0 });
    case "undated":
      return texts.undated;
    case "overdue":
      return fill(texts.overdue, { days: daysAfter(deadline, now) });
    case "notDue":
      return fill(texts.notDue, { date: formatDate(deadlineDay, locale) });
  }
}
