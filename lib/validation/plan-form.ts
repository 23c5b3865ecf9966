// The plan form as posted: the plan's fields, its milestones and its scope unit's targets per
// milestone × row (overall or one participant group). Input names, which the form uses and errors
// are keyed by:
//   number, title, issuer, issuedOn (YYYY-MM-DD), scopeUnitId, periodStart, periodEnd (YYYY-MM), notes
//   milestone.<i>                       the month a milestone is due (its last day), i = 0, 1, …
//   target.<i>.<row>.rate|count|cmp     row "all" (overall) or a group id; cmp AT_LEAST | EXACTLY
//   agency.<row>                        the responsible agency of a row, for every milestone
// Every error is reported (not only the first), in Vietnamese, on the input it is about.
import { z } from "zod";
import type { TargetComparator } from "@prisma/client";
import { formatMonth } from "@/lib/format";
import { type Month, monthsBetween } from "@/lib/period";
import { COUNT_MESSAGE, RATE_MESSAGE, parseAssignedCount, parseIsoDate, parseMonthInput, parseRatePercent } from "./plan-values";
import { now } from "@/lib/clock";

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
type Issue = (name: string, message: string) => void;

const rawSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

const TARGET_KEY = /^target\.(\d{1,2})\.(all|\d{1,9})\.(rate|count|cmp)$/;
const MILESTONE_KEY = /^milestone\.(\d{1,2})$/;
const AGENCY_KEY = /^agency\.(all|\d{1,9})$/;

function single(raw: Raw, name: string): string {
  const value = raw[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

function requiredText(raw: Raw, name: string, max: number, messages: { missing: string; tooLong: string }, issue: Issue): string {
  const value = single(raw, name).trim();
  if (value === "") issue(name, messages.missing);
  else if (value.length > max) issue(name, messages.tooLong);
  return value;
}

function optionalText(raw: Raw, name: string, max: number, tooLong: string, issue: Issue): string | null {
  const value = single(raw, name).trim();
  if (value.length > max) issue(name, tooLong);
  return value === "" ? null : value;
}

function readPlanFields(raw: Raw, issue: Issue, today: Date) {
  const number = requiredText(raw, "number", 60, {
    missing: "Vui lòng nhập số hiệu kế hoạch (ví dụ 119/KH-UBND)",
    tooLong: "Số hiệu không được dài quá 60 ký tự",
  }, issue);
  const title = requiredText(raw, "title", 300, {
    missing: "Vui lòng nhập trích yếu (tên) của kế hoạch",
    tooLong: "Trích yếu không được dài quá 300 ký tự",
  }, issue);
  const issuer = requiredText(raw, "issuer", 200, {
    missing: "Vui lòng nhập cơ quan ban hành (ví dụ UBND tỉnh Bạc Liêu)",
    tooLong: "Cơ quan ban hành không được dài quá 200 ký tự",
  }, issue);
  const issuedText = single(raw, "issuedOn").trim();
  const issuedOn = parseIsoDate(issuedText);
  if (issuedText === "") issue("issuedOn", "Vui lòng nhập ngày ban hành");
  else if (!issuedOn) issue("issuedOn", "Ngày ban hành không hợp lệ");
  else if (issuedOn.getTime() > today.getTime()) issue("issuedOn", "Ngày ban hành không được sau ngày hôm nay");

  const scopeText = single(raw, "scopeUnitId").trim();
  const scopeUnitId = /^\d{1,9}$/.test(scopeText) ? Number(scopeText) : 0;
  if (scopeUnitId <= 0) issue("scopeUnitId", "Vui lòng chọn đơn vị áp dụng kế hoạch");

  const periodStart = parseMonthInput(single(raw, "periodStart"));
  const periodEnd = parseMonthInput(single(raw, "periodEnd"));
  if (!periodStart) issue("periodStart", "Vui lòng chọn tháng bắt đầu (ví dụ 07/2021)");
  if (!periodEnd) issue("periodEnd", "Vui lòng chọn tháng kết thúc (ví dụ 12/2021)");
  if (periodStart && periodEnd) {
    if (periodEnd < periodStart) issue("periodEnd", "Tháng kết thúc phải bằng hoặc sau tháng bắt đầu");
    else if (monthsBetween(periodStart, periodEnd) >= MAX_PLAN_MONTHS) issue("periodEnd", "Thời gian của kế hoạch không được quá 10 năm");
  }
  const notes = optionalText(raw, "notes", 2000, "Ghi chú không được dài quá 2.000 ký tự", issue);
  return { number, title, issuer, issuedOn, scopeUnitId, periodStart, periodEnd, notes };
}

function readMilestones(raw: Raw, period: { start: Month | null; end: Month | null }, issue: Issue): (Month | null)[] {
  const indices = Object.keys(raw)
    .map((key) => MILESTONE_KEY.exec(key))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]))
    .sort((a, b) => a - b);
  if (indices.length === 0) {
    issue("milestones", "Cần ít nhất một mốc chỉ tiêu (tháng phải đạt chỉ tiêu)");
    return [];
  }
  if (indices.length > MAX_MILESTONES) issue("milestones", `Không được quá ${MAX_MILESTONES} mốc`);
  const milestones: (Month | null)[] = [];
  for (const index of indices) {
    const name = `milestone.${index}`;
    const month = parseMonthInput(single(raw, name));
    milestones[index] = month;
    if (!month) {
      issue(name, "Vui lòng chọn tháng của mốc (ví dụ 12/2025)");
      continue;
    }
    if (period.start && period.end && (month < period.start || month > period.end)) {
      issue(name, `Mốc ${formatMonth(month, "vi")} nằm ngoài thời gian của kế hoạch`);
      milestones[index] = null;
    } else if (milestones.indexOf(month) !== index) {
      issue(name, `Mốc ${formatMonth(month, "vi")} bị trùng`);
      milestones[index] = null;
    }
  }
  const typed = indices.map((index) => milestones[index]);
  if (period.end && typed.every((month) => month)) {
    const last = [...typed].sort().at(-1);
    if (last !== period.end) {
      issue("milestones", `Mốc cuối cùng phải là tháng kết thúc của kế hoạch (${formatMonth(period.end, "vi")}), để chỉ tiêu áp dụng cho cả thời gian kế hoạch`);
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
    if (match) agencies.set(match[1]!, optionalText(raw, key, 200, "Tên cơ quan không được dài quá 200 ký tự", issue));
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
      issue(`target.${cell}.rate`, "Chỉ tiêu này không thuộc mốc nào");
      continue;
    }
    const rate = parseRatePercent(single(raw, `target.${cell}.rate`));
    const count = parseAssignedCount(single(raw, `target.${cell}.count`));
    const cmp = single(raw, `target.${cell}.cmp`) || "AT_LEAST";
    if (rate === "invalid") issue(`target.${cell}.rate`, RATE_MESSAGE);
    if (count === "invalid") issue(`target.${cell}.count`, COUNT_MESSAGE);
    if (cmp !== "AT_LEAST" && cmp !== "EXACTLY") issue(`target.${cell}.cmp`, "Cách so sánh phải là ≥ hoặc =");
    if (cmp === "EXACTLY" && rate === null && count !== null) issue(`target.${cell}.rate`, "Chỉ tiêu “=” cần một tỷ lệ");
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
    });
  }
  milestones.forEach((month, index) => {
    if (month && !withTargets.has(index)) {
      issue(`milestone.${index}`, `Mốc ${formatMonth(month, "vi")} chưa có chỉ tiêu nào: nhập tỷ lệ hoặc số người cho ít nhất một dòng`);
    }
  });
  return targets;
}

/** Reads a posted plan form; `today` bounds the date issued. */
export function readPlanForm(raw: Raw, issue: Issue, today: Date = now()): PlanFormValues | null {
  let failed = false;
  const report: Issue = (name, message) => {
    failed = true;
    issue(name, message);
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
    const issue: Issue = (name, message) => context.addIssue({ code: "custom", path: [name], message });
    const head = extraSchema.safeParse(raw);
    if (!head.success) {
      for (const problem of head.error.issues) issue(String(problem.path[0] ?? "form"), problem.message);
    }
    const values = readPlanForm(raw, issue);
    if (!values || !head.success) return z.NEVER;
    return { ...values, ...head.data };
  });
}

export const planIdSchema = z.coerce.number({ message: "Kế hoạch không hợp lệ" }).int().positive({ message: "Kế hoạch không hợp lệ" });
export const versionSchema = z.coerce.number({ message: "Phiên bản không hợp lệ" }).int().positive({ message: "Phiên bản không hợp lệ" });

export const createPlanSchema = planSchema({});
export const updatePlanSchema = planSchema({ planId: planIdSchema, version: versionSchema });

export type UpdatePlanInput = z.infer<typeof updatePlanSchema>;
