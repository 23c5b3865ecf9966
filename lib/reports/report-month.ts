// Which months a commune may report, in Vietnam's time (lib/clock.ts). A month opens for entry once
// it has ended — its figures are the counts at its end — or, when the reporting rule in force for it
// allows it (`opensDaysBeforeEnd`, 0–10 days), in its last days; never earlier. A month that has
// opened stays open (until it is locked, see report-status.ts).
import type { ReportStatus } from "@prisma/client";

import { currentMonth, now, VIETNAM_OFFSET_MS } from "@/lib/clock";
import { addMonths, monthParts, type Month } from "@/lib/period";

import { ruleForMonth, type ReportingRule } from "./review-rules";

/** The moment `month` opens for entry: midnight in Vietnam, `opensDaysBeforeEnd` days before it ends. */
export function monthOpensAt(month: Month, rules: readonly ReportingRule[]): Date {
  const days = ruleForMonth(rules, month)?.opensDaysBeforeEnd ?? 0;
  const { year, month: m } = monthParts(addMonths(month, 1));
  return new Date(Date.UTC(year, m - 1, 1 - days) - VIETNAM_OFFSET_MS);
}

/** The calendar day `month` opens for entry (for display: "29/12/2026"), as a Date at UTC midnight. */
export function monthOpensOn(month: Month, rules: readonly ReportingRule[]): Date {
  return new Date(monthOpensAt(month, rules).getTime() + VIETNAM_OFFSET_MS);
}

export function isMonthOpen(month: Month, rules: readonly ReportingRule[], at: Date = now()): boolean {
  return at.getTime() >= monthOpensAt(month, rules).getTime();
}

/** The latest month open for entry at `at`: the current month in its last days if the rule allows it, else the month before. */
export function latestOpenMonth(rules: readonly ReportingRule[], at: Date = now()): Month {
  const current = currentMonth(at);
  return isMonthOpen(current, rules, at) ? current : addMonths(current, -1);
}

/**
 * The month a commune should report next: the last month that has ended while its report is
 * missing, a draft or returned; once it has been submitted (or approved), the current month — open
 * for entry or not yet (the entry page then says when it opens).
 */
export function monthToReport(lastCompleteStatus: ReportStatus | null, at: Date = now()): Month {
  const current = currentMonth(at);
  const open = lastCompleteStatus === null || lastCompleteStatus === "DRAFT" || lastCompleteStatus === "RETURNED";
  return open ? addMonths(current, -1) : current;
}
