// Approving, returning and unlocking one commune's monthly report (rules: ./review-rules.ts). The
// reviewer's form carries the version of the report they looked at: if the report has changed
// since (resubmitted, or decided by someone else), the action is refused with a message saying so
// and nothing is written. Each change is one transaction with one audit entry, and the message
// telling the commune (lib/notifications/notify-review-decision.ts).
import type { z } from "zod";

import {
  AccessRefusal,
  ActionRefusal,
  defineAction,
  type ActionContext,
  type ActionOutcome,
  type ScopeTarget,
} from "@/lib/actions/authed-action";
import { now } from "@/lib/clock";
import type { DbClient } from "@/lib/db-client";
import { fill } from "@/lib/i18n/fill";
import { notifyReviewDecision } from "@/lib/notifications/notify-review-decision";
import { dateToMonth, monthToDate } from "@/lib/period";
import type { Permission } from "@/lib/permissions/roles";
import { approveReportSchema, returnReportSchema, unlockReportSchema } from "@/lib/validation/review";

import { loadReviewTarget, reviewerOf } from "./review-access";
import { mayReview, mayUnlock, REVIEW_TRANSITIONS, transitionAllowed, type ReviewAction } from "./review-rules";

/** The commune and month a report is about, for the wrapper's scope check. */
export async function reportScope({ reportId }: { reportId: number }, client: DbClient): Promise<ScopeTarget | null> {
  const report = await client.unitMonthReport.findUnique({
    where: { id: reportId },
    select: { unitId: true, period: true },
  });
  return report ? { unitId: report.unitId, month: dateToMonth(report.period) } : null;
}

type SingleInput = { reportId: number; version: number; comment?: string };

const MESSAGES = { approve: "approvedOne", return: "returnedOne", unlock: "unlockedOne" } as const;

/** One report from one status to the next, if the reviewer may and the report is as they saw it. */
export async function decideReport(
  action: Exclude<ReviewAction, "lock">,
  input: SingleInput,
  { user, tx, t }: ActionContext,
): Promise<ActionOutcome> {
  const target = await loadReviewTarget(user, input.reportId, tx);
  if (!target) throw new AccessRefusal(t, "not_found");
  const reviewer = await reviewerOf(user, tx);
  const allowed = action === "unlock" ? mayUnlock(reviewer, target.context) : mayReview(reviewer, target.context);
  if (!allowed) throw new AccessRefusal(t, "permission", target.unit.id);

  const { report, unit } = target;
  const names = { unit: unit.name, status: t.reports.statuses[report.status] };
  if (report.version !== input.version) throw new ActionRefusal(fill(t.reports.review.stale, names));
  if (!transitionAllowed(action, report.status)) throw new ActionRefusal(fill(t.reports.review.wrongStatus, names));

  const to = REVIEW_TRANSITIONS[action].to;
  const reviewComment = input.comment ?? null;
  const at = now();
  const updated = await tx.unitMonthReport.updateMany({
    where: { id: report.id, version: input.version, status: report.status },
    data: { status: to, version: { increment: 1 }, reviewedAt: at, reviewedById: user.id, reviewComment },
  });
  if (updated.count !== 1) throw new ActionRefusal(fill(t.reports.review.stale, names));
  await notifyReviewDecision(
    tx,
    action,
    [{ unitId: unit.id, month: report.month, version: report.version + 1, comment: reviewComment }],
    user,
    at,
  );
  return {
    audit: {
      action: `report.${action}`,
      entityType: "unit_month_report",
      entityId: String(report.id),
      unitId: unit.id,
      period: monthToDate(report.month),
      before: { status: report.status, version: report.version, reviewComment: report.reviewComment },
      after: { status: to, version: report.version + 1, reviewComment },
    },
    message: fill(t.reports.review[MESSAGES[action]], { unit: unit.name }),
  };
}

function singleReportSpec<Input extends SingleInput>(
  action: Exclude<ReviewAction, "lock">,
  schema: z.ZodType<Input>,
  permission: Permission,
) {
  return defineAction(
    `report.${action}`,
    schema,
    permission,
    (input, context) => decideReport(action, input, context),
    {
      scope: reportScope,
      revalidate: ["/review", "/coverage"],
    },
  );
}

export const approveReportSpec = singleReportSpec("approve", approveReportSchema, "report:review");

export const returnReportSpec = singleReportSpec("return", returnReportSchema, "report:review");

export const unlockReportSpec = singleReportSpec("unlock", unlockReportSchema, "report:unlock");
