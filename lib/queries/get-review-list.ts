// What the review page and the dashboard's completeness widget show for a unit and a month: the
// rule in force and its deadline, each commune's report with where it stands against the deadline
// and what this reviewer may do with it, and the counts. Built from one read of the communes'
// reports (lib/queries/get-month-reports.ts), one of their figures per group beside last month's
// (lib/queries/get-month-group-figures.ts) and the pure rules (./review-rules.ts).
import "server-only";

import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Month } from "@/lib/period";
import type { ScopedUser } from "@/lib/permissions/scope";
import { getMonthGroupFigures, type GroupMonthFigures } from "@/lib/queries/get-month-group-figures";
import { getMonthReports, getReportStates, type MonthReport } from "@/lib/queries/get-month-reports";
import { getReportingRules } from "@/lib/queries/get-reporting-rules";
import { approverIdOf, approversInScope, reviewerOf } from "@/lib/reports/review-access";
import {
  approverDepth,
  countSubmissions,
  mayReview,
  reportDeadline,
  reviewActionsFor,
  ruleForMonth,
  submissionOf,
  type ReportingRule,
  type ReviewAction,
  type Submission,
  type SubmissionCounts,
} from "@/lib/reports/review-rules";

/** A commune's report, where it stands, what the reviewer may do, and its figures per group (none: no figures). */
export type ReviewRow = MonthReport & { submission: Submission; actions: ReviewAction[]; groups: GroupMonthFigures[] };

export type ReviewList = {
  rule: ReportingRule;
  deadline: Date;
  rows: ReviewRow[];
  counts: SubmissionCounts;
  /** Whether the user approves (and locks) the reports of at least one of these communes. */
  reviewsAny: boolean;
};

export async function getReviewList(
  user: ScopedUser,
  unitId: number,
  month: Month,
  at: Date = now(),
): Promise<ReviewList | null> {
  const [rules, reports, groupFigures, reviewer] = await Promise.all([
    getReportingRules(),
    getMonthReports(unitId, month),
    getMonthGroupFigures(user, unitId, month),
    reviewerOf(user, db),
  ]);
  const rule = ruleForMonth(rules, month);
  if (!rule) return null;
  const deadline = reportDeadline(month, rule.deadlineDay);
  const approverIds = reports.map((report) => approverIdOf(rule, report));
  const inScope = await approversInScope(
    user,
    approverIds.flatMap((id) => (id === null ? [] : [id])),
    month,
    db,
  );
  let reviewsAny = false;
  const rows = reports.map((report, i) => {
    const approverId = approverIds[i] ?? null;
    const context = {
      approverLevel: approverDepth(rule, report.level),
      approverInScope: approverId !== null && inScope.get(approverId) === true,
    };
    reviewsAny ||= mayReview(reviewer, context);
    return {
      ...report,
      submission: submissionOf(report, deadline, at),
      actions: reviewActionsFor(reviewer, report.status, context),
      groups: groupFigures.get(report.unitId) ?? [],
    };
  });
  return { rule, deadline, rows, counts: countSubmissions(rows), reviewsAny };
}

export type Completeness = {
  rule: ReportingRule;
  deadline: Date;
  counts: SubmissionCounts;
  /** For a commune: its own report (the unit is its only base unit). */
  own: { status: MonthReport["status"]; submittedAt: Date | null; submission: Submission } | null;
};

/** Counts only, for the dashboard. */
export async function getCompleteness(unitId: number, month: Month, at: Date = now()): Promise<Completeness | null> {
  const [rules, states] = await Promise.all([getReportingRules(), getReportStates(unitId, month)]);
  const rule = ruleForMonth(rules, month);
  if (!rule) return null;
  const deadline = reportDeadline(month, rule.deadlineDay);
  const rows = states.map((state) => ({ ...state, submission: submissionOf(state, deadline, at) }));
  const own = rows.find((row) => row.unitId === unitId) ?? null;
  return { rule, deadline, counts: countSubmissions(rows), own };
}
