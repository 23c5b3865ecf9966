// Administrators set who approves the communes' reports, by when they are due, how many days
// before its end a month opens for entry and how many days before the deadline the communes that
// have not submitted are reminded, from a month on (table reporting_rule). A rule is changed
// only if it is still as the administrator saw it (its values are compared: optimistic concurrency
// without a version column).
// The first rule cannot be deleted: every month needs one. Each change is audited.
import { z } from "zod";
import { ActionRefusal, type ActionContext, defineAction } from "@/lib/actions/authed-action";
import { fill } from "@/lib/i18n/messages";
import { type Month, dateToMonth, monthParts, monthToDate } from "@/lib/period";
import { isBeforeReorganisation } from "@/lib/units/reorganisation";
import { monthSchema } from "@/lib/validation/period";

/** Approver levels an administrator may choose: the province (1) or, before July 2025, the district (2). */
export const APPROVER_LEVELS = [1, 2] as const;
const DISTRICT_LEVEL = 2;

const approverLevelSchema = z.coerce
  .number({ message: "Vui lòng chọn cấp duyệt" })
  .int({ message: "Vui lòng chọn cấp duyệt" })
  .refine((level) => (APPROVER_LEVELS as readonly number[]).includes(level), { message: "Vui lòng chọn cấp duyệt" });

const deadlineDaySchema = z.coerce
  .number({ message: "Hạn nộp phải là một số từ 1 đến 28" })
  .int({ message: "Hạn nộp phải là một số nguyên từ 1 đến 28" })
  .min(1, { message: "Hạn nộp phải là một số từ 1 đến 28" })
  .max(28, { message: "Hạn nộp phải là một số từ 1 đến 28 (mọi tháng đều có ngày đó)" });

/** Days before its end a month may open for entry: its last days at most (0: once it has ended). */
export const MAX_OPENS_DAYS_BEFORE_END = 10;

/** A whole number of days from 0 to `max`, a blank field being 0; `field` names it in the messages. */
function dayCountSchema(field: string, max: number, maxHint = "") {
  const range = `${field} phải là một số từ 0 đến ${max}`;
  return z.preprocess(
    (value) => (value === undefined || value === "" ? 0 : value),
    z.coerce
      .number({ message: range })
      .int({ message: `${field} phải là một số nguyên từ 0 đến ${max}` })
      .min(0, { message: range })
      .max(max, { message: `${range}${maxHint}` }),
  );
}

/** A blank field is 0: the month opens once it has ended. */
const opensDaysSchema = dayCountSchema("Số ngày mở nhập trước cuối tháng", MAX_OPENS_DAYS_BEFORE_END, " (chỉ những ngày cuối tháng)");

/** Days before the deadline the automatic reminder goes out: its last days at most (0: none before it). */
export const MAX_REMIND_DAYS_BEFORE_DEADLINE = 10;

/** A blank field is 0: no reminder before the deadline (the one on the day after it stays). */
const remindDaysSchema = dayCountSchema("Số ngày nhắc trước hạn nộp", MAX_REMIND_DAYS_BEFORE_DEADLINE);

const ruleIdSchema = z.coerce.number({ message: "Quy định không hợp lệ" }).int().positive({ message: "Quy định không hợp lệ" });

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
  z.object({
    effectiveFrom: monthSchema,
    approverLevel: approverLevelSchema,
    deadlineDay: deadlineDaySchema,
    opensDaysBeforeEnd: opensDaysSchema,
    remindDaysBeforeDeadline: remindDaysSchema,
  }),
  "reporting-rule:manage",
  async (input, context) => {
    const { tx, t } = context;
    checkLevel(input.approverLevel, input.effectiveFrom, context);
    const effectiveFrom = monthToDate(input.effectiveFrom);
    if (await tx.reportingRule.findUnique({ where: { effectiveFrom }, select: { id: true } })) {
      throw new ActionRefusal(t.actions.invalidInput, { effectiveFrom: [t.reports.rules.duplicate] });
    }
    const { approverLevel, deadlineDay, opensDaysBeforeEnd, remindDaysBeforeDeadline } = input;
    const rule = await tx.reportingRule.create({ data: { effectiveFrom, approverLevel, deadlineDay, opensDaysBeforeEnd, remindDaysBeforeDeadline } });
    return {
      audit: { action: "reporting_rule.create", ...ruleAudit(rule.id), after: { ...input } },
      message: fill(t.reports.rules.created, { month: monthText(input.effectiveFrom) }),
    };
  },
  { revalidate: ["/admin/reporting-rules", "/review", "/coverage", "/reports"] },
);

/** The values of the rule as the administrator saw them. */
const seenSchema = {
  seenApproverLevel: z.coerce.number().int(),
  seenDeadlineDay: z.coerce.number().int(),
  seenOpensDaysBeforeEnd: z.coerce.number().int(),
  seenRemindDaysBeforeDeadline: z.coerce.number().int(),
};

type SeenRule = { ruleId: number; seenApproverLevel: number; seenDeadlineDay: number; seenOpensDaysBeforeEnd: number; seenRemindDaysBeforeDeadline: number };

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
function values(rule: { approverLevel: number; deadlineDay: number; opensDaysBeforeEnd: number; remindDaysBeforeDeadline: number }) {
  const { approverLevel, deadlineDay, opensDaysBeforeEnd, remindDaysBeforeDeadline } = rule;
  return { approverLevel, deadlineDay, opensDaysBeforeEnd, remindDaysBeforeDeadline };
}

export const updateReportingRuleSpec = defineAction(
  "reporting_rule.update",
  z.object({
    ruleId: ruleIdSchema,
    approverLevel: approverLevelSchema,
    deadlineDay: deadlineDaySchema,
    opensDaysBeforeEnd: opensDaysSchema,
    remindDaysBeforeDeadline: remindDaysSchema,
    ...seenSchema,
  }),
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
  z.object({ ruleId: ruleIdSchema, ...seenSchema }),
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
