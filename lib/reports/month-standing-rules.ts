// Whether a month's figures can be read as final, as pure functions (no I/O):
//   • a month is complete for a unit when every base unit below it has a report that counts
//     (lib/coverage/counting-rule.ts, on the basis viewed);
//   • a month with missing reports is provisional: "collecting" before its deadline, "overdue"
//     after it (the reporting rule in force, table reporting_rule);
//   • a view of the figures opens on the latest month that has ended and is complete or past its
//     deadline: while a month is being collected and before its deadline, the month before it.
// The clock is an argument (lib/clock.ts gives the product's "now"), so the rules can be tested on
// pinned dates and serve any page that opens on "the latest month".
import { lastCompleteMonth, vietnamDayStart } from "@/lib/clock";
import { addMonths, monthToDate, type Month } from "@/lib/period";

import { reportDeadline, ruleForMonth, type ReportingRule } from "./review-rules";

/** How many of a unit's base units have a counted report in a month, out of how many. */
export type ReportingCount = { reportingUnits: number; baseUnits: number };

/** Every base unit has a counted report (a unit without base units has nothing missing). */
export function isMonthComplete(count: ReportingCount): boolean {
  return count.reportingUnits >= count.baseUnits;
}

/**
 * The moment a month's reports are due: the deadline of the rule in force, or, without a rule,
 * the end of the month itself (nothing to wait for once it has ended).
 */
export function monthDueAt(month: Month, rules: readonly ReportingRule[]): Date {
  const rule = ruleForMonth(rules, month);
  return rule ? reportDeadline(month, rule.deadlineDay) : vietnamDayStart(monthToDate(addMonths(month, 1)));
}

export function deadlineHasPassed(month: Month, rules: readonly ReportingRule[], at: Date): boolean {
  return at.getTime() >= monthDueAt(month, rules).getTime();
}

/**
 *   complete   — every base unit has a counted report: the figures are whole;
 *   collecting — some are missing and the deadline has not passed: more reports are expected;
 *   overdue    — some are missing after the deadline: the figures leave those units out.
 * Both incomplete standings are provisional.
 */
export type MonthStanding = "complete" | "collecting" | "overdue";

export function monthStanding(
  count: ReportingCount,
  month: Month,
  rules: readonly ReportingRule[],
  at: Date,
): MonthStanding {
  if (isMonthComplete(count)) return "complete";
  return deadlineHasPassed(month, rules, at) ? "overdue" : "collecting";
}

/** A month is searched back at most this far (a deadline falls in the month after, so two suffice). */
const LOOK_BACK = 12;

/**
 * The months that have ended at `at` and whose deadline has not passed, latest first: the only ones
 * whose completeness decides which month a view opens on (in practice none, or the last month).
 */
export function monthsAwaitingDeadline(rules: readonly ReportingRule[], at: Date): Month[] {
  const months: Month[] = [];
  let month = lastCompleteMonth(at);
  for (let i = 0; i < LOOK_BACK && !deadlineHasPassed(month, rules, at); i++) {
    months.push(month);
    month = addMonths(month, -1);
  }
  return months;
}

/**
 * The month a view of the figures opens on at `at`: the latest month that has ended and is complete
 * for the unit viewed, or whose deadline has passed. `isComplete` is asked only about the months
 * still awaiting their deadline (monthsAwaitingDeadline).
 */
export function openingMonth(rules: readonly ReportingRule[], at: Date, isComplete: (month: Month) => boolean): Month {
  let month = lastCompleteMonth(at);
  for (let i = 0; i < LOOK_BACK && !deadlineHasPassed(month, rules, at) && !isComplete(month); i++) {
    month = addMonths(month, -1);
  }
  return month;
}
