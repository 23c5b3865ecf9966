// Which monthly reports can still be changed by data entry, and the status a save leaves behind.
// The review transitions (approve, return, lock, unlock) are in ./review-rules.ts.
import type { ReportStatus } from "@prisma/client";

/** Statuses in which the commune may still change its figures. */
export const EDITABLE_STATUSES = ["DRAFT", "RETURNED", "SUBMITTED"] as const satisfies readonly ReportStatus[];

/** Whether a report can be edited; a report that does not exist yet (null) can be created. */
export function isEditableStatus(status: ReportStatus | null): boolean {
  return status === null || (EDITABLE_STATUSES as readonly ReportStatus[]).includes(status);
}

export type SaveIntent = "save" | "submit";

/**
 * The status after a save: submitting makes it SUBMITTED; saving a draft makes it DRAFT, so that a
 * submitted report changed afterwards waits for its new submission — except a report returned by
 * the reviewer, which stays RETURNED (with the reviewer's comment) until it is submitted again.
 */
export function statusAfterSave(current: ReportStatus | null, intent: SaveIntent): ReportStatus {
  if (intent === "submit") return "SUBMITTED";
  return current === "RETURNED" ? "RETURNED" : "DRAFT";
}

/**
 * What a save did, for the message after it: whether the report is now with the reviewers or not.
 * Saving a submitted report as a draft withdraws it from review; submitting it again replaces it.
 */
export type SaveOutcome = "saved" | "savedReturned" | "withdrawn" | "submitted" | "resubmitted";

export function saveOutcome(before: ReportStatus | null, intent: SaveIntent): SaveOutcome {
  if (intent === "submit") return before === "SUBMITTED" ? "resubmitted" : "submitted";
  if (before === "SUBMITTED") return "withdrawn";
  return before === "RETURNED" ? "savedReturned" : "saved";
}
