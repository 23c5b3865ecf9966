// Which months a commune may report, in Vietnam's time (lib/clock.ts): up to the current month,
// never a month that has not started.
import type { ReportStatus } from "@prisma/client";
import { currentMonth, now } from "@/lib/clock";
import { type Month, addMonths } from "@/lib/period";

export function isFutureMonth(month: Month, at: Date = now()): boolean {
  return month > currentMonth(at);
}

/**
 * The month a commune should report next: the last complete month while its report is missing, a
 * draft or returned; once it has been submitted (or approved), the current month.
 */
export function monthToReport(lastCompleteStatus: ReportStatus | null, at: Date = now()): Month {
  const current = currentMonth(at);
  const open = lastCompleteStatus === null || lastCompleteStatus === "DRAFT" || lastCompleteStatus === "RETURNED";
  return open ? addMonths(current, -1) : current;
}
