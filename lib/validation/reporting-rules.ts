// Zod schemas for the reporting rules an administrator sets (lib/reports/manage-reporting-rules.ts):
// who approves, the deadline, the days a month opens for entry and the days of reminder before the
// deadline, from a month on. Messages are issue codes (./issue-code.ts).
import { z } from "zod";

import { coded, type ValidationCode } from "./issue-code";
import { monthSchema } from "./period";

/** Approver levels an administrator may choose: the province (1) or, before July 2025, the district (2). */
export const APPROVER_LEVELS = [1, 2] as const;

const approverLevelSchema = z.coerce
  .number(coded("reportingRule.approverLevelMissing"))
  .int(coded("reportingRule.approverLevelMissing"))
  .refine(
    (level) => (APPROVER_LEVELS as readonly number[]).includes(level),
    coded("reportingRule.approverLevelMissing"),
  );

const deadlineDaySchema = z.coerce
  .number(coded("reportingRule.deadlineDay"))
  .int(coded("reportingRule.deadlineDayWhole"))
  .min(1, coded("reportingRule.deadlineDay"))
  .max(28, coded("reportingRule.deadlineDayTooLate"));

/** Days before its end a month may open for entry: its last days at most (0: once it has ended). */
export const MAX_OPENS_DAYS_BEFORE_END = 10;

/** Days before the deadline the automatic reminder goes out: its last days at most (0: none before it). */
export const MAX_REMIND_DAYS_BEFORE_DEADLINE = 10;

/** A whole number of days from 0 to `max`, a blank field being 0; the codes name the field (their words hold `max`). */
function dayCountSchema(max: number, codes: { range: ValidationCode; whole: ValidationCode; tooMany: ValidationCode }) {
  return z.preprocess(
    (value) => (value === undefined || value === "" ? 0 : value),
    z.coerce
      .number(coded(codes.range))
      .int(coded(codes.whole))
      .min(0, coded(codes.range))
      .max(max, coded(codes.tooMany)),
  );
}

/** A blank field is 0: the month opens once it has ended. */
const opensDaysSchema = dayCountSchema(MAX_OPENS_DAYS_BEFORE_END, {
  range: "reportingRule.opensDays",
  whole: "reportingRule.opensDaysWhole",
  tooMany: "reportingRule.opensDaysTooMany",
});

/** A blank field is 0: no reminder before the deadline (the one on the day after it stays). */
const remindDaysSchema = dayCountSchema(MAX_REMIND_DAYS_BEFORE_DEADLINE, {
  range: "reportingRule.remindDays",
  whole: "reportingRule.remindDaysWhole",
  tooMany: "reportingRule.remindDays",
});

const ruleIdSchema = z.coerce
  .number(coded("reportingRule.rule"))
  .int(coded("reportingRule.rule"))
  .positive(coded("reportingRule.rule"));

/** The values of the rule as the administrator saw them (a rule changes only if still as seen). */
const seenValueSchema = z.coerce.number(coded("reportingRule.seen")).int(coded("reportingRule.seen"));
const seenSchema = {
  seenApproverLevel: seenValueSchema,
  seenDeadlineDay: seenValueSchema,
  seenOpensDaysBeforeEnd: seenValueSchema,
  seenRemindDaysBeforeDeadline: seenValueSchema,
};

const ruleValuesSchema = {
  approverLevel: approverLevelSchema,
  deadlineDay: deadlineDaySchema,
  opensDaysBeforeEnd: opensDaysSchema,
  remindDaysBeforeDeadline: remindDaysSchema,
};

export const createReportingRuleSchema = z.object({ effectiveFrom: monthSchema, ...ruleValuesSchema });

export const updateReportingRuleSchema = z.object({ ruleId: ruleIdSchema, ...ruleValuesSchema, ...seenSchema });

export const deleteReportingRuleSchema = z.object({ ruleId: ruleIdSchema, ...seenSchema });
