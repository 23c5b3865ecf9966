// Administrators set who approves the communes' reports, by when they are due, how many days
// before its end a month opens for entry and how many days before the deadline the communes that
// have not submitted are reminded, from a month on (table reporting_rule). A rule is changed
// only if it is still as the administrator saw it (its values are compared: optimistic concurrency
// without a version column).
// The first rule cannot be deleted: every month needs one. Each change is audited.
import { ActionRefusal, defineAction, type ActionContext } from "@/lib/actions/authed-action";
import { fill } from "@/lib/i18n/fill";
import { dateToMonth, monthParts, monthToDate, type Month } from "@/lib/period";
import { isBeforeReorganisation } from "@/lib/units/reorganisation";
import {
  createReportingRuleSchema,
  deleteReportingRuleSchema,
  updateReportingRuleSchema,
} from "@/lib/validation/reporting-rules";

const DISTRICT_LEVEL = 2;

function monthText(month: Month): string {
  const { year, month: m } = monthParts(month);
  return `${m}/${year}`;
}

function checkLevel(level: number, month: Month, { t }: ActionContext) {
  if (level === DISTRICT_LEVEL && !isBeforeReorganisation(month)) {
    throw new ActionRefusal(t.actions.invalidInput, { approverLevel: [t.reports.rules.noDistrictsAfter] });
  }
}

const ruleAudit = (id: number) => ({ entityType: "reporting_rule", entityId: String(id), unitId: null });

export const createReportingRuleSpec = defineAction(
  "reporting_rule.create",
  createReportingRuleSchema,
  "reporting-rule:manage",
  async (input, context) => {
    const { tx, t } = context;
    checkLevel(input.approverLevel, input.effectiveFrom, context);
    const effectiveFrom = monthToDate(input.effectiveFrom);
    if (await tx.reportingRule.findUnique({ where: { effectiveFrom }, select: { id: true } })) {
      throw new ActionRefusal(t.actions.invalidInput, { effectiveFrom: [t.reports.rules.duplicate] });
    }
    const { approverLevel, deadlineDay, opensDaysBeforeEnd, remindDaysBeforeDeadline } = input;
    const rule = await tx.reportingRule.create({
      data: { effectiveFrom, approverLevel, deadlineDay, opensDaysBeforeEnd, remindDaysBeforeDeadline },
    });
    return {
      audit: { action: "reporting_rule.create", ...ruleAudit(rule.id), after: { ...input } },
      message: fill(t.reports.rules.created, { month: monthText(input.effectiveFrom) }),
    };
  },
  { revalidate: ["/admin/reporting-rules", "/review", "/coverage", "/reports"] },
);

type SeenRule = {
  ruleId: number;
  seenApproverLevel: number;
  seenDeadlineDay: number;
  seenOpensDaysBeforeEnd: number;
  seenRemindDaysBeforeDeadline: number;
};

async function loadSeenRule(input: SeenRule, { tx, t }: ActionContext) {
  const rule = await tx.reportingRule.findUnique({ where: { id: input.ruleId } });
  const seen =
    rule &&
    rule.approverLevel === input.seenApproverLevel &&
    rule.deadlineDay === input.seenDeadlineDay &&
    rule.opensDaysBeforeEnd === input.seenOpensDaysBeforeEnd &&
    rule.remindDaysBeforeDeadline === input.seenRemindDaysBeforeDeadline;
  if (!seen) throw new ActionRefusal(t.reports.rules.stale);
  return { ...rule, month: dateToMonth(rule.effectiveFrom) };
}

/** The rule's values as stored: the condition of a write that must find it unchanged, and the audit's before. */
function values(rule: {
  approverLevel: number;
  deadlineDay: number;
  opensDaysBeforeEnd: number;
  remindDaysBeforeDeadline: number;
}) {
  const { approverLevel, deadlineDay, opensDaysBeforeEnd, remindDaysBeforeDeadline } = rule;
  return { approverLevel, deadlineDay, opensDaysBeforeEnd, remindDaysBeforeDeadline };
}

export const updateReportingRuleSpec = defineAction(
  "reporting_rule.update",
  updateReportingRuleSchema,
  "reporting-rule:manage",
  async (input, context) => {
    const { tx, t } = context;
    const rule = await loadSeenRule(input, context);
    checkLevel(input.approverLevel, rule.month, context);
    const after = values(input);
    const updated = await tx.reportingRule.updateMany({ where: { id: rule.id, ...values(rule) }, data: after });
    if (updated.count !== 1) throw new ActionRefusal(t.reports.rules.stale);
    return {
      audit: {
        action: "reporting_rule.update",
        ...ruleAudit(rule.id),
        before: { effectiveFrom: rule.month, ...values(rule) },
        after: { effectiveFrom: rule.month, ...after },
      },
      message: fill(t.reports.rules.updated, { month: monthText(rule.month) }),
    };
  },
  { revalidate: ["/admin/reporting-rules", "/review", "/coverage", "/reports"] },
);

export const deleteReportingRuleSpec = defineAction(
  "reporting_rule.delete",
  deleteReportingRuleSchema,
  "reporting-rule:manage",
  async (input, context) => {
    const { tx, t } = context;
    const rule = await loadSeenRule(input, context);
    const earlier = await tx.reportingRule.count({ where: { effectiveFrom: { lt: rule.effectiveFrom } } });
    if (earlier === 0) throw new ActionRefusal(t.reports.rules.firstRule);
    const deleted = await tx.reportingRule.deleteMany({ where: { id: rule.id, ...values(rule) } });
    if (deleted.count !== 1) throw new ActionRefusal(t.reports.rules.stale);
    return {
      audit: {
        action: "reporting_rule.delete",
        ...ruleAudit(rule.id),
        before: { effectiveFrom: rule.month, ...values(rule) },
      },
      message: fill(t.reports.rules.deleted, { month: monthText(rule.month) }),
    };
  },
  { revalidate: ["/admin/reporting-rules", "/review", "/coverage", "/reports"] },
);
