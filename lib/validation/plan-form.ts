// The plan form as posted: the plan's fields, its milestones and its scope unit's targets per
// milestone × row (overall or one participant group). Input names, which the form uses and errors
// are keyed by:
//   number, title, issuer, issuedOn (YYYY-MM-DD), scopeUnitId, periodStart, periodEnd (YYYY-MM), notes
//   milestone.<i>                       the month a milestone is due (its last day), i = 0, 1, …
//   target.<i>.<row>.rate|count|cmp     row "all" (overall) or a group id; cmp AT_LEAST | EXACTLY
//   agency.<row>                        the responsible agency of a row, for every milestone
//   schoolYear.<row>                    "on": a group row's targets count by school year
// Every error is reported (not only the first), as an issue code on the input it is about.
import type { TargetComparator } from "@prisma/client";
import { z } from "zod";

import { now } from "@/lib/clock";
import { monthsBetween, type Month } from "@/lib/period";

import { coded, type AddIssue as Issue, type ValidationCode } from "./issue-code";
import { parseAssignedCount, parseIsoDate, parseMonthInput, parseRatePercent } from "./plan-values";

export const MAX_PLAN_MONTHS = 120;
export const MAX_MILESTONES = 20;

export type TargetRowKey = "all" | `${number}`;

export type PlanTargetValues = {
  milestone: Month;
  /** null: the overall target. */
  groupId: number | null;
  comparator: TargetComparator;
  rateBp: number | null;
  assignedCount: number | null;
  responsibleAgency: string | null;
  /** The target is for the school year holding the milestone (a group's only). */
  bySchoolYear: boolean;
};

export type PlanFormValues = {
  number: string;
  title: string;
  issuer: string;
  issuedOn: Date;
  scopeUnitId: number;
  periodStart: Month;
  periodEnd: Month;
  notes: string | null;
  milestones: Month[];
  targets: PlanTargetValues[];
};

type Raw = Record<string, string | string[]>;

const rawSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

const TARGET_KEY = /^target\.(\d{1,2})\.(all|\d{1,9})\.(rate|count|cmp)$/;
const MILESTONE_KEY = /^milestone\.(\d{1,2})$/;
const AGENCY_KEY = /^agency\.(all|\d{1,9})$/;
const SCHOOL_YEAR_KEY = /^schoolYear\.(all|\d{1,9})$/;

function single(raw: Raw, name: string): string {
  const value = raw[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

function requiredText(
  raw: Raw,
  name: string,
  max: number,
  messages: { missing: ValidationCode; tooLong: ValidationCode },
  issue: Issue,
): string {
  const value = single(raw, name).trim();
  if (value === "") issue(name, messages.missing);
  else if (value.length > max) issue(name, messages.tooLong);
  return value;
}

function optionalText(raw: Raw, name: string, max: number, tooLong: ValidationCode, issue: Issue): string | null {
  const value = single(raw, name).trim();
  if (value.length > max) issue(name, tooLong);
  return value === "" ? null : value;
}

function readPlanFields(raw: Raw, issue: Issue, today: Date) {
  const number = requiredText(
    raw,
    "number",
    60,
    {
      missing: "plan.numberMissing",
      tooLong: "plan.numberTooLong",
    },
    issue,
  );
  const title = requiredText(
    raw,
    "title",
    300,
    {
      missing: "plan.titleMissing",
      tooLong: "plan.titleTooLong",
    },
    issue,
  );
  const issuer = requiredText(
    raw,
    "issuer",
    200,
    {
      missing: "plan.issuerMissing",
      tooLong: "plan.issuerTooLong",
    },
    issue,
  );
  const issuedText = single(raw, "issuedOn").trim();
  const issuedOn = parseIsoDate(issuedText);
  if (issuedText === "") issue("issuedOn", "plan.issuedOnMissing");
  else if (!issuedOn) issue("issuedOn", "plan.issuedOnInvalid");
  else if (issuedOn.getTime() > today.getTime()) issue("issuedOn", "plan.issuedOnFuture");

  const scopeText = single(raw, "scopeUnitId").trim();
  const scopeUnitId = /^\d{1,9}$/.test(scopeText) ? Number(scopeText) : 0;
  if (scopeUnitId <= 0) issue("scopeUnitId", "plan.scopeUnitMissing");

  const periodStart = parseMonthInput(single(raw, "periodStart"));
  const periodEnd = parseMonthInput(single(raw, "periodEnd"));
  if (!periodStart) issue("periodStart", "plan.periodStartMissing");
  if (!periodEnd) issue("periodEnd", "plan.periodEndMissing");
  if (periodStart && periodEnd) {
    if (periodEnd < periodStart) issue("periodEnd", "plan.periodEndBeforeStart");
    else if (monthsBetween(periodStart, periodEnd) >= MAX_PLAN_MONTHS) issue("periodEnd", "plan.periodTooLong");
  }
  const notes = optionalText(raw, "notes", 2000, "plan.notesTooLong", issue);
  return { number, title, issuer, issuedOn, scopeUnitId, periodStart, periodEnd, notes };
}

function readMilestones(raw: Raw, period: { start: Month | null; end: Month | null }, issue: Issue): (Month | null)[] {
  const indices = Object.keys(raw)
    .map((key) => MILESTONE_KEY.exec(key))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]))
    .sort((a, b) => a - b);
  if (indices.length === 0) {
    issue("milestones", "plan.milestonesMissing");
    return [];
  }
  if (indices.length > MAX_MILESTONES) issue("milestones", "plan.tooManyMilestones", { max: MAX_MILESTONES });
  const milestones: (Month | null)[] = [];
  for (const index of indices) {
    const name = `milestone.${index}`;
    const month = parseMonthInput(single(raw, name));
    milestones[index] = month;
    if (!month) {
      issue(name, "plan.milestoneMissing");
      continue;
    }
    if (period.start && period.end && (month < period.start || month > period.end)) {
      issue(name, "plan.milestoneOutsidePeriod", { month });
      milestones[index] = null;
    } else if (milestones.indexOf(month) !== index) {
      issue(name, "plan.milestoneRepeated", { month });
      milestones[index] = null;
    }
  }
  const typed = indices.map((index) => milestones[index]);
  if (period.end && typed.every((month) => month)) {
    const last = [...typed].sort().at(-1);
    if (last !== period.end) {
      issue("milestones", "plan.lastMilestoneNotEnd", { month: period.end });
    }
  }
  return milestones;
}

function rowGroupId(row: string): number | null {
  return row === "all" ? null : Number(row);
}

function readTargets(raw: Raw, milestones: (Month | null)[], issue: Issue): PlanTargetValues[] {
  const agencies = new Map<string, string | null>();
  for (const key of Object.keys(raw)) {
    const match = AGENCY_KEY.exec(key);
    if (match) agencies.set(match[1]!, optionalText(raw, key, 200, "plan.agencyTooLong", issue));
  }
  const schoolYearRows = new Set<string>();
  for (const key of Object.keys(raw)) {
    const match = SCHOOL_YEAR_KEY.exec(key);
    if (!match || single(raw, key) !== "on") continue;
    if (match[1] === "all") issue(key, "plan.schoolYearOverall");
    else schoolYearRows.add(match[1]!);
  }
  const cells = new Map<string, { index: number; row: string }>();
  for (const key of Object.keys(raw)) {
    const match = TARGET_KEY.exec(key);
    if (match) cells.set(`${match[1]}.${match[2]}`, { index: Number(match[1]), row: match[2]! });
  }
  const targets: PlanTargetValues[] = [];
  const withTargets = new Set<number>();
  for (const [cell, { index, row }] of cells) {
    if (!(index in milestones)) {
      issue(`target.${cell}.rate`, "plan.targetWithoutMilestone");
      continue;
    }
    const rate = parseRatePercent(single(raw, `target.${cell}.rate`));
    const count = parseAssignedCount(single(raw, `target.${cell}.count`));
    const cmp = single(raw, `target.${cell}.cmp`) || "AT_LEAST";
    if (rate === "invalid") issue(`target.${cell}.rate`, "plan.rate");
    if (count === "invalid") issue(`target.${cell}.count`, "plan.count");
    if (cmp !== "AT_LEAST" && cmp !== "EXACTLY") issue(`target.${cell}.cmp`, "plan.comparator");
    if (cmp === "EXACTLY" && rate === null && count !== null) issue(`target.${cell}.rate`, "plan.exactlyNeedsRate");
    const milestone = milestones[index];
    if (rate === "invalid" || count === "invalid" || (rate === null && count === null) || !milestone) continue;
    withTargets.add(index);
    targets.push({
      milestone,
      groupId: rowGroupId(row),
      comparator: cmp === "EXACTLY" ? "EXACTLY" : "AT_LEAST",
      rateBp: rate,
      assignedCount: count,
      responsibleAgency: agencies.get(row) ?? null,
      bySchoolYear: schoolYearRows.has(row),
    });
  }
  milestones.forEach((month, index) => {
    if (month && !withTargets.has(index)) {
      issue(`milestone.${index}`, "plan.milestoneWithoutTarget", { month });
    }
  });
  return targets;
}

/** Reads a posted plan form; `today` bounds the date issued. */
export function readPlanForm(raw: Raw, issue: Issue, today: Date = now()): PlanFormValues | null {
  let failed = false;
  const report: Issue = (name, code, params) => {
    failed = true;
    issue(name, code, params);
  };
  const fields = readPlanFields(raw, report, today);
  const milestones = readMilestones(raw, { start: fields.periodStart, end: fields.periodEnd }, report);
  const targets = readTargets(raw, milestones, report);
  if (failed || !fields.issuedOn || !fields.periodStart || !fields.periodEnd) return null;
  return {
    ...fields,
    issuedOn: fields.issuedOn,
    periodStart: fields.periodStart,
    periodEnd: fields.periodEnd,
    milestones: milestones.filter((month): month is Month => month !== null).sort(),
    targets,
  };
}

function planSchema<Extra extends z.ZodRawShape>(extra: Extra) {
  const extraSchema = z.object(extra);
  return rawSchema.transform((raw, context) => {
    const issue: Issue = (name, code, params) =>
      context.addIssue({ code: "custom", path: [name], message: code, params });
    const head = extraSchema.safeParse(raw);
    if (!head.success) {
      for (const problem of head.error.issues)
        issue(String(problem.path[0] ?? "form"), problem.message as ValidationCode);
    }
    const values = readPlanForm(raw, issue);
    if (!values || !head.success) return z.NEVER;
    return { ...values, ...head.data };
  });
}

export const planIdSchema = z.coerce.number(coded("plan.plan")).int(coded("plan.plan")).positive(coded("plan.plan"));
export const versionSchema = z.coerce
  .number(coded("plan.version"))
  .int(coded("plan.version"))
  .positive(coded("plan.version"));

export const createPlanSchema = planSchema({});
export const updatePlanSchema = planSchema({ planId: planIdSchema, version: versionSchema });

export type UpdatePlanInput = z.infer<typeof updatePlanSchema>;

/** Archiving ("true") or restoring ("false") a plan, at the version the page was loaded with. */
export const archivePlanSchema = z.object({
  planId: planIdSchema,
  version: versionSchema,
  archived: z.enum(["true", "false"], coded("common.operation")).transform((value) => value === "true"),
});
