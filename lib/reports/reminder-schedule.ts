// When the automatic reminders go out, as pure functions of the reporting rules and a moment, in
// Vietnam's calendar (lib/clock.ts):
//   • DEADLINE_SOON — `remindDaysBeforeDeadline` days before the deadline of the month (none when
//     0), never before the month opens for entry (lib/reports/report-month.ts);
//   • OVERDUE — on the day after the deadline.
// Each stays due for a few days (until the deadline for the first, a week for the second), so that
// a day on which the daily command did not run is caught up the next day; the outbox's unique key
// per commune, month and kind keeps it from being sent twice. Only communes whose report has not
// been submitted (no report, a draft, or returned and not sent again) are reminded.
import type { ReportStatus } from "@prisma/client";

import { currentMonth, vietnamDay } from "@/lib/clock";
import { addMonths, type Month } from "@/lib/period";

import { monthOpensOn } from "./report-month";
import { deadlineDate, ruleForMonth, type ReportingRule } from "./review-rules";

export type AutomaticReminder = "DEADLINE_SOON" | "OVERDUE";

/** Days an overdue reminder stays due after its day (the day itself included: a week). */
export const OVERDUE_CATCH_UP_DAYS = 7;

const DAY_MS = 86_400_000;
const addDays = (day: Date, days: number) => new Date(day.getTime() + days * DAY_MS);

/** A reminder of a month: its first and last due days (calendar days, Dates at UTC midnight) and the deadline. */
export type ReminderWindow = { kind: AutomaticReminder; month: Month; from: Date; until: Date; deadline: Date };

/** The automatic reminders of `month` under the rules, with the days they are due. */
export function reminderWindows(month: Month, rules: readonly ReportingRule[]): ReminderWindow[] {
  const rule = ruleForMonth(rules, month);
  if (!rule) return [];
  const deadline = deadlineDate(month, rule.deadlineDay);
  const windows: ReminderWindow[] = [];
  if (rule.remindDaysBeforeDeadline > 0) {
    const opens = monthOpensOn(month, rules);
    const day = addDays(deadline, -rule.remindDaysBeforeDeadline);
    windows.push({ kind: "DEADLINE_SOON", month, from: day < opens ? opens : day, until: deadline, deadline });
  }
  const after = addDays(deadline, 1);
  windows.push({ kind: "OVERDUE", month, from: after, until: addDays(after, OVERDUE_CATCH_UP_DAYS - 1), deadline });
  return windows;
}

/**
 * The automatic reminders due at `at`: of the current month and the two before it (a deadline
 * falls in the month after the one reported, at most on the 28th), those whose window holds
 * today's date in Vietnam.
 */
export function dueReminders(rules: readonly ReportingRule[], at: Date): ReminderWindow[] {
  const today = vietnamDay(at).getTime();
  const current = currentMonth(at);
  return [-2, -1, 0]
    .flatMap((offset) => reminderWindows(addMonths(current, offset), rules))
    .filter((window) => window.from.getTime() <= today && today <= window.until.getTime());
}

const NOT_SUBMITTED: readonly (ReportStatus | null)[] = [null, "DRAFT", "RETURNED"];

/** Whether a commune with a report in this status (null: none) is reminded: it has not submitted. */
export function needsReminder(status: ReportStatus | null): boolean {
  return NOT_SUBMITTED.includes(status);
}
