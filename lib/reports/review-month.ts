// Month-wide review actions on the communes of a province or district: approve every report that
// awaits review, and lock the month (every approved report). The form lists the reports the
// reviewer saw, each with its version: if any of them has changed since, nothing is written and
// the message names the communes concerned. Otherwise all of them change in one transaction, with
// one audit entry per report. Locking a month while communes below the unit are not approved (not
// reported, draft, submitted or returned) needs a reason, which each lock's audit entry keeps with the
// number of communes left open. Approving tells each commune (lib/notifications/); locking does not.
import { z } from "zod";

import {
  AccessRefusal,
  ActionRefusal,
  defineAction,
  type ActionContext,
  type ActionOutcome,
} from "@/lib/actions/authed-action";
import type { AuditRecord } from "@/lib/audit/write-audit-entry";
import { now } from "@/lib/clock";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { notifyReviewDecision } from "@/lib/notifications/notify-review-decision";
import { monthParts, monthToDate } from "@/lib/period";
import { getUnitsNotApproved } from "@/lib/queries/get-units-not-approved";
import { readReportingRules } from "@/lib/queries/read-reporting-rules";
import { monthActionSchema } from "@/lib/validation/review";

import { approverOf, approversInScope, reviewerOf, unitWithAncestorsSelect } from "./review-access";
import { mayReview, REVIEW_TRANSITIONS, ruleForMonth, transitionAllowed } from "./review-rules";

type MonthActionInput = z.infer<typeof monthActionSchema>;

/** Communes named when some reports changed: the first few, then how many more. */
const NAMES_SHOWN = 5;

function staleRefusal(names: string[], t: Messages): ActionRefusal {
  const shown = names.slice(0, NAMES_SHOWN).join(", ");
  const more =
    names.length > NAMES_SHOWN ? ` ${fill(t.reports.review.andMore, { count: names.length - NAMES_SHOWN })}` : "";
  return new ActionRefusal(fill(t.reports.review.staleMany, { units: shown + more }));
}

async function decideMonth(
  action: "approve" | "lock",
  input: MonthActionInput,
  { user, tx, t }: ActionContext,
): Promise<ActionOutcome> {
  const { unitId, month } = input;
  const seen = new Map(input.reports.map((report) => [report.id, report.version]));
  const reports = await tx.unitMonthReport.findMany({
    where: {
      id: { in: [...seen.keys()] },
      period: monthToDate(month),
      unit: { ancestors: { some: { ancestorId: unitId } } },
    },
    select: { id: true, status: true, version: true, reviewComment: true, unit: { select: unitWithAncestorsSelect } },
    orderBy: { unitId: "asc" },
  });
  // A report of another month or outside the unit is refused like one that does not exist.
  const rule = ruleForMonth(await readReportingRules(tx), month);
  if (reports.length !== seen.size || !rule) throw new AccessRefusal(t, "out_of_scope", unitId);

  const approvers = reports.map((report) => approverOf(rule, report.unit));
  const inScope = await approversInScope(
    user,
    approvers.flatMap((approver) => (approver ? [approver.approverId] : [])),
    month,
    tx,
  );
  const reviewer = await reviewerOf(user, tx);
  const allowed = approvers.every(
    (approver) =>
      approver !== null &&
      mayReview(reviewer, {
        approverLevel: approver.approverLevel,
        approverInScope: inScope.get(approver.approverId) === true,
      }),
  );
  if (!allowed) throw new AccessRefusal(t, "permission", unitId);

  const changed = reports.filter(
    (report) => report.version !== seen.get(report.id) || !transitionAllowed(action, report.status),
  );
  if (changed.length > 0)
    throw staleRefusal(
      changed.map((report) => report.unit.name),
      t,
    );

  const notApproved = action === "lock" ? (await getUnitsNotApproved(tx, unitId, month)).length : 0;
  const lockReason = input.lockReason || null;
  if (notApproved > 0 && !lockReason) {
    throw new ActionRefusal(t.actions.invalidInput, {
      lockReason: [fill(t.reports.review.lockReasonRequired, { count: notApproved })],
    });
  }
  const lockNote = action === "lock" ? { notApproved, lockReason: notApproved > 0 ? lockReason : null } : {};

  const to = REVIEW_TRANSITIONS[action].to;
  const at = now();
  const updated = await tx.unitMonthReport.updateMany({
    where: { OR: reports.map((report) => ({ id: report.id, version: report.version, status: report.status })) },
    data: { status: to, version: { increment: 1 }, reviewedAt: at, reviewedById: user.id, reviewComment: null },
  });
  if (updated.count !== reports.length)
    throw staleRefusal(
      reports.map((report) => report.unit.name),
      t,
    );
  if (action === "approve") {
    const decided = reports.map((report) => ({
      unitId: report.unit.id,
      month,
      version: report.version + 1,
      comment: null,
    }));
    await notifyReviewDecision(tx, "approve", decided, user, at);
  }

  const audit: AuditRecord[] = reports.map((report) => ({
    action: action === "approve" ? "report.approve" : "report.lock",
    entityType: "unit_month_report",
    entityId: String(report.id),
    unitId: report.unit.id,
    period: monthToDate(month),
    before: { status: report.status, version: report.version, reviewComment: report.reviewComment },
    after: { status: to, version: report.version + 1, reviewComment: null, ...lockNote },
  }));
  const { year, month: m } = monthParts(month);
  const message =
    action === "approve"
      ? fill(t.reports.review.approvedMany, { count: reports.length })
      : fill(t.reports.review.lockedMany, { count: reports.length, month: `${m}/${year}` });
  return { audit, message };
}

const options = {
  scope: async ({ unitId, month }: MonthActionInput) => ({ unitId, month }),
  revalidate: ["/review", "/coverage"],
};

export const approveMonthSpec = defineAction(
  "report.approve_month",
  monthActionSchema,
  "report:review",
  (input, context) => decideMonth("approve", input, context),
  options,
);

export const lockMonthSpec = defineAction(
  "report.lock_month",
  monthActionSchema,
  "report:review",
  (input, context) => decideMonth("lock", input, context),
  options,
);
