// Which reports count in the figures: the one rule behind every card, ranking, trend, group figure,
// plan view, export summary and "reported x/y" count. Drafts never count, and neither does a report
// the reviewers returned: its figures are being corrected. By default submitted, approved and locked
// reports count; the approved basis ("Số liệu: đã duyệt", ?data=approved) counts only what a reviewer
// approved. The SQL form of the rule is lib/queries/sql.ts (countedReports, countedFigures).
import type { ReportStatus } from "@prisma/client";

export type CountingBasis = "submitted" | "approved";

export const COUNTING_BASES: readonly CountingBasis[] = ["submitted", "approved"];

export const COUNTED_STATUSES: Record<CountingBasis, readonly ReportStatus[]> = {
  submitted: ["SUBMITTED", "APPROVED", "LOCKED"],
  approved: ["APPROVED", "LOCKED"],
};

/** The basis named in a URL (`?data=approved`); anything else is the default. */
export function countingBasisFrom(value: unknown): CountingBasis {
  return value === "approved" ? "approved" : "submitted";
}

/** Query parameters that keep the basis when a link changes the month, the unit or the view. */
export function basisParams(basis: CountingBasis): Record<string, string> {
  return basis === "approved" ? { data: "approved" } : {};
}

/** Whether a report in this status counts in the figures on this basis. */
export function isCounted(status: ReportStatus | null, basis: CountingBasis): boolean {
  return status !== null && COUNTED_STATUSES[basis].includes(status);
}
