// The rules of reviewing monthly reports, as data and pure functions (no I/O):
//   • which reporting rule is in force for a month (table reporting_rule, edited by administrators);
//   • when a month's reports are due, and whether a commune's report came on time, late or not yet;
//   • which unit approves a commune's report (its ancestor at the rule's approver level);
//   • the review transitions and who may take them.
// Transitions: SUBMITTED → APPROVED (approve) or RETURNED (return, with a comment); APPROVED →
// LOCKED (lock the month); APPROVED or LOCKED → RETURNED only by an unlock, with a reason, so that
// the commune can correct the report and submit it again.
import type { ReportStatus, Role } from "@prisma/client";

import { VIETNAM_OFFSET_MS } from "@/lib/clock";
import { addMonths, monthParts, type Month } from "@/lib/period";
import { ROLE_PERMISSIONS, UNRESTRICTED_SCOPE_ROLES } from "@/lib/permissions/roles";

export type ReportingRule = {
  /** First month the rule applies to; it applies until the next rule's first month. */
  effectiveFrom: Month;
  /** Depth in the unit tree of the approving unit: 1 = province, 2 = district. */
  approverLevel: number;
  /** Reports for month M are due by this day of month M + 1 (1–28). */
  deadlineDay: number;
  /** Month M opens for entry this many days before its end (0–10; 0: once it has ended). */
  opensDaysBeforeEnd: number;
  /** Communes that have not submitted month M are reminded this many days before its deadline (0–10; 0: not before it). */
  remindDaysBeforeDeadline: number;
};

/** The rule in force in `month`: the one with the latest first month not after it. */
export function ruleForMonth<Rule extends ReportingRule>(rules: readonly Rule[], month: Month): Rule | null {
  let found: Rule | null = null;
  for (const rule of rules) {
    if (rule.effectiveFrom <= month && (!found || rule.effectiveFrom > found.effectiveFrom)) found = rule;
  }
  return found;
}

/**
 * The moment reports for `month` stop being on time: the end of day `deadlineDay` of the next month,
 * Vietnam time. A report submitted at 23:59 on the 5th in Hà Nội is on time.
 */
export function reportDeadline(month: Month, deadlineDay: number): Date {
  const { year, month: m } = monthParts(addMonths(month, 1));
  return new Date(Date.UTC(year, m - 1, deadlineDay + 1) - VIETNAM_OFFSET_MS);
}

/** The calendar day of the deadline (for display: "05/11/2026"), as a Date at UTC midnight. */
export function deadlineDate(month: Month, deadlineDay: number): Date {
  const { year, month: m } = monthParts(addMonths(month, 1));
  return new Date(Date.UTC(year, m - 1, deadlineDay));
}

/**
 * Where a commune's report for a month stands against the deadline:
 *   onTime / late — submitted (and not returned since), last submitted before / after the deadline;
 *   undated       — in a submitted state but without a recorded submission time (older data);
 *   returned      — sent back to the commune, waiting for a corrected submission;
 *   overdue       — not submitted (no report, or a draft) and the deadline has passed;
 *   notDue        — not submitted yet, and the deadline has not passed.
 */
export type Submission = "onTime" | "late" | "undated" | "returned" | "overdue" | "notDue";

export const SUBMISSIONS: readonly Submission[] = ["onTime", "late", "undated", "returned", "overdue", "notDue"];

/** A commune's report for the month; null (or a null status) when it has not reported. */
export type ReportState = { status: ReportStatus | null; submittedAt: Date | null } | null;

const SUBMITTED_STATUSES: readonly ReportStatus[] = ["SUBMITTED", "APPROVED", "LOCKED"];

export function submissionOf(report: ReportState, deadline: Date, now: Date): Submission {
  if (report?.status === "RETURNED") return "returned";
  if (report?.status && SUBMITTED_STATUSES.includes(report.status)) {
    if (!report.submittedAt) return "undated";
    return report.submittedAt.getTime() < deadline.getTime() ? "onTime" : "late";
  }
  return now.getTime() < deadline.getTime() ? "notDue" : "overdue";
}

/** Whole days between the deadline and a later moment (1 for anything up to 24 hours late). */
export function daysAfter(deadline: Date, moment: Date): number {
  return Math.max(0, Math.ceil((moment.getTime() - deadline.getTime()) / 86_400_000));
}

export type SubmissionCounts = Record<Submission, number> & { total: number; approved: number; locked: number };

/** Counts of communes per submission state, and how many reports are approved or locked. */
export function countSubmissions(
  rows: readonly { submission: Submission; status: ReportStatus | null }[],
): SubmissionCounts {
  const counts: SubmissionCounts = {
    onTime: 0,
    late: 0,
    undated: 0,
    returned: 0,
    overdue: 0,
    notDue: 0,
    total: 0,
    approved: 0,
    locked: 0,
  };
  for (const row of rows) {
    counts[row.submission] += 1;
    counts.total += 1;
    if (row.status === "APPROVED") counts.approved += 1;
    if (row.status === "LOCKED") counts.locked += 1;
  }
  return counts;
}

/**
 * Depth of the unit that approves a base unit's report: the rule's approver level, or the base
 * unit's parent when the tree has no unit at that level above it (a rule naming districts for a
 * month after they were abolished).
 */
export function approverDepth(rule: ReportingRule, baseUnitLevel: number): number {
  return Math.max(0, Math.min(rule.approverLevel, baseUnitLevel - 1));
}

export const REVIEW_TRANSITIONS = {
  approve: { from: ["SUBMITTED"], to: "APPROVED" },
  return: { from: ["SUBMITTED"], to: "RETURNED" },
  lock: { from: ["APPROVED"], to: "LOCKED" },
  unlock: { from: ["APPROVED", "LOCKED"], to: "RETURNED" },
} as const satisfies Record<string, { from: readonly ReportStatus[]; to: ReportStatus }>;

export type ReviewAction = keyof typeof REVIEW_TRANSITIONS;

export function transitionAllowed(action: ReviewAction, status: ReportStatus): boolean {
  return (REVIEW_TRANSITIONS[action].from as readonly ReportStatus[]).includes(status);
}

/** The reviewer as the rules see them: role, and the depth of their scope unit. */
export type Reviewer = { role: Role; scopeLevel: number };

/** The approving unit of a report as seen from one reviewer: its depth, and whether it is in their scope. */
export type ApproverContext = { approverLevel: number; approverInScope: boolean };

function unrestricted(reviewer: Reviewer): boolean {
  return UNRESTRICTED_SCOPE_ROLES.includes(reviewer.role);
}

/**
 * Approve, return and lock: a reviewer whose scope is the approving unit or a unit above it (an
 * administrator always).
 */
export function mayReview(reviewer: Reviewer, context: ApproverContext): boolean {
  if (!ROLE_PERMISSIONS[reviewer.role].includes("report:review")) return false;
  if (unrestricted(reviewer)) return true;
  return context.approverInScope && reviewer.scopeLevel <= context.approverLevel;
}

/** Unlock: only a level strictly above the approving one (an administrator always). */
export function mayUnlock(reviewer: Reviewer, context: ApproverContext): boolean {
  if (!ROLE_PERMISSIONS[reviewer.role].includes("report:unlock")) return false;
  if (unrestricted(reviewer)) return true;
  return context.approverInScope && reviewer.scopeLevel < context.approverLevel;
}

/** What a reviewer may do to a report in this status (what the review page offers). */
export function reviewActionsFor(
  reviewer: Reviewer,
  status: ReportStatus | null,
  context: ApproverContext,
): ReviewAction[] {
  if (!status) return [];
  const actions: ReviewAction[] = [];
  const reviewing = mayReview(reviewer, context);
  for (const action of ["approve", "return", "lock"] as const) {
    if (reviewing && transitionAllowed(action, status)) actions.push(action);
  }
  if (mayUnlock(reviewer, context) && transitionAllowed("unlock", status)) actions.push("unlock");
  return actions;
}
