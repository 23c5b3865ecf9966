// What a commune's staff have to do now, for their home page (pure, no I/O): the month to report
// (./report-month.ts) and where its report stands against the deadline (./review-rules.ts), the
// other months the reviewers sent back, and the last ended month whose figures count.
import type { ReportStatus } from "@prisma/client";

import { vietnamDay } from "@/lib/clock";
import { isCounted } from "@/lib/coverage/counting-rule";
import { addMonths, dateToMonth, type Month } from "@/lib/period";

import { isMonthOpen, monthOpensOn, monthToReport } from "./report-month";
import { deadlineDate, ruleForMonth, type ReportingRule } from "./review-rules";

/** A stored report as the home page needs it. */
export type TaskReport = {
  month: Month;
  status: ReportStatus;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  reviewComment: string | null;
};

/**
 * Where the report stands against its deadline, while it has not been submitted: days left (0 on
 * the deadline's own day) or days overdue; null once submitted, or when no rule sets a deadline.
 */
export type TaskDue = { kind: "left"; days: number } | { kind: "overdue"; days: number } | null;

export type CommuneTask = {
  /** The month the staff should report, or the one they reported last while the next is not open. */
  month: Month;
  /** Whether `month` is open for entry (false only for a commune created in the current month). */
  open: boolean;
  report: TaskReport | null;
  /** The deadline's calendar day (a Date at UTC midnight), when a reporting rule sets one. */
  deadline: Date | null;
  due: TaskDue;
  /**
   * The month that opens for entry next and its day, while the month to report is not open yet:
   * the month after `month` (reported already), or `month` itself when it is not open.
   */
  opens: { month: Month; on: Date } | null;
  /** Other months whose reports the reviewers sent back, newest first. */
  returned: TaskReport[];
  /** The last ended month whose report counts in the figures (submitted or approved), if any. */
  figuresMonth: Month | null;
};

const DAY_MS = 86_400_000;
const DONE: readonly ReportStatus[] = ["SUBMITTED", "APPROVED", "LOCKED"];

/**
 * The task of a commune that exists from `validFrom`, from its `reports` of recent months (at least
 * the current month and the one before), under the reporting `rules`, at the moment `at`.
 */
export function communeTask(
  validFrom: Date,
  reports: readonly TaskReport[],
  rules: readonly ReportingRule[],
  at: Date,
): CommuneTask {
  const current = dateToMonth(vietnamDay(at));
  const lastEnded = addMonths(current, -1);
  const first = dateToMonth(validFrom);
  const reportOf = (month: Month) => reports.find((report) => report.month === month) ?? null;

  let month = monthToReport(reportOf(lastEnded)?.status ?? null, at);
  if (month < first) month = current;
  let opens: CommuneTask["opens"] = null;
  if (!isMonthOpen(month, rules, at)) {
    opens = { month, on: monthOpensOn(month, rules) };
    if (lastEnded >= first) month = lastEnded;
  }
  const open = isMonthOpen(month, rules, at);
  const report = reportOf(month);

  const rule = ruleForMonth(rules, month);
  const deadline = rule ? deadlineDate(month, rule.deadlineDay) : null;
  let due: TaskDue = null;
  if (deadline && open && !(report && DONE.includes(report.status))) {
    const days = Math.round((deadline.getTime() - vietnamDay(at).getTime()) / DAY_MS);
    due = days >= 0 ? { kind: "left", days } : { kind: "overdue", days: -days };
  }

  const returned = reports
    .filter((other) => other.status === "RETURNED" && other.month !== month)
    .sort((a, b) => (a.month < b.month ? 1 : -1));
  const counted = reports.filter((other) => other.month <= lastEnded && isCounted(other.status, "submitted"));
  const figuresMonth = counted.reduce<Month | null>(
    (latest, other) => (latest === null || other.month > latest ? other.month : latest),
    null,
  );

  return { month, open, report, deadline, due, opens, returned, figuresMonth };
}
