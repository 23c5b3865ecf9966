// The facts the review rules (./review-rules.ts) need about one reviewer, read from the database:
// the depth of their scope unit, which approving units are in their scope in a month, and, for one
// report, its commune, month, approving unit and the rule in force.
import "server-only";

import type { ReportStatus } from "@prisma/client";

import type { DbClient } from "@/lib/db-client";
import { dateToMonth, type Month } from "@/lib/period";
import { canChangeUnitData, type ScopedUser } from "@/lib/permissions/scope";
import { readReportingRules } from "@/lib/queries/read-reporting-rules";

import { approverDepth, ruleForMonth, type ApproverContext, type ReportingRule, type Reviewer } from "./review-rules";

export async function reviewerOf(user: ScopedUser, client: DbClient): Promise<Reviewer> {
  const unit = await client.unit.findUniqueOrThrow({ where: { id: user.scopeUnitId }, select: { level: true } });
  return { role: user.role, scopeLevel: unit.level };
}

/**
 * For each approving unit, whether the user may change data of `month` there: in scope, and the
 * user's own unit had not ended by then (an old district's officer does not decide on its
 * successors' months; the rule is in lib/permissions/scope.ts).
 */
export async function approversInScope(
  user: ScopedUser,
  approverIds: readonly number[],
  month: Month,
  client: DbClient,
): Promise<Map<number, boolean>> {
  const distinct = [...new Set(approverIds)];
  const allowed = await Promise.all(distinct.map((id) => canChangeUnitData(user, id, month, client)));
  return new Map(distinct.map((id, i) => [id, allowed[i] ?? false]));
}

/** The selection that gives a unit's ancestors with their depths (closure rows, itself included). */
export const unitWithAncestorsSelect = {
  id: true,
  code: true,
  name: true,
  level: true,
  ancestors: { select: { ancestorId: true, ancestor: { select: { level: true } } } },
} as const;

type UnitWithAncestors = { level: number; ancestors: { ancestorId: number; ancestor: { level: number } }[] };

/** The approving unit and its depth for a base unit, under `rule`; null when the tree has none. */
export function approverOf(
  rule: ReportingRule,
  unit: UnitWithAncestors,
): { approverId: number; approverLevel: number } | null {
  const ancestorIds = [...unit.ancestors].sort((a, b) => a.ancestor.level - b.ancestor.level).map((a) => a.ancestorId);
  const approverId = approverIdOf(rule, { level: unit.level, ancestorIds });
  return approverId === null ? null : { approverId, approverLevel: approverDepth(rule, unit.level) };
}

/** The approving unit of a base unit: its ancestor at the rule's depth (ancestorIds[i] is at depth i). */
export function approverIdOf(
  rule: ReportingRule,
  unit: { level: number; ancestorIds: readonly number[] },
): number | null {
  return unit.ancestorIds[approverDepth(rule, unit.level)] ?? null;
}

export type ReviewTarget = {
  report: {
    id: number;
    status: ReportStatus;
    version: number;
    reviewComment: string | null;
    unitId: number;
    month: Month;
  };
  unit: { id: number; code: string; name: string };
  approverId: number;
  context: ApproverContext;
};

/** A report with what deciding on it needs, as `user` sees it; null when it does not exist. */
export async function loadReviewTarget(
  user: ScopedUser,
  reportId: number,
  client: DbClient,
): Promise<ReviewTarget | null> {
  const report = await client.unitMonthReport.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      status: true,
      version: true,
      reviewComment: true,
      period: true,
      unit: { select: unitWithAncestorsSelect },
    },
  });
  if (!report) return null;
  const month = dateToMonth(report.period);
  const rule = ruleForMonth(await readReportingRules(client), month);
  if (!rule) return null;
  const approver = approverOf(rule, report.unit);
  if (!approver) return null;
  const approverInScope =
    (await approversInScope(user, [approver.approverId], month, client)).get(approver.approverId) ?? false;
  return {
    report: {
      id: report.id,
      status: report.status,
      version: report.version,
      reviewComment: report.reviewComment,
      unitId: report.unit.id,
      month,
    },
    unit: { id: report.unit.id, code: report.unit.code, name: report.unit.name },
    approverId: approver.approverId,
    context: { approverLevel: approver.approverLevel, approverInScope },
  };
}
