// Which months a commune may report, in Vietnam's time (UTC+7, no daylight saving): up to the
// current month, never a month that has not started.
import type { ReportStatus } from "@prisma/client";
import { type Month, addMonths, dateToMonth } from "@/lib/period";

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The current month in Vietnam. */
export function currentMonth(now = new Date()): Month {
  return dateToMonth(new Date(now.getTime() + VIETNAM_OFFSET_MS));
}

export function isFutureMonth(month: Month, now = new Date()): boolean {
  return month > currentMonth(now);
}

/**
 * The month a commune should report next: the last complete month while its report is missing, a
 * draft or returned; once it has been submitted (or approved), the current month.
 */
export function monthToReport(lastCompleteStatus: ReportStatus | null, now = new Date()): Month {
  const current = currentMonth(now);
  const open = lastCompleteStatus === null || lastCompleteStatus === "DRAFT" || lastCompleteStatus === "RETURNED";
  return open ? addMonths(current, -1) : current;
}
