// The values of one base unit's monthly report, as typed in the entry form or read from one row of
// an import file, and the rules that make a report impossible (errors: nothing is saved). Rules
// that only make a report unusual are warnings (lib/reports/report-warnings.ts): they can be
// confirmed with a reason.
//
// Issues are codes with parameters, not sentences, so that the entry form and the import report
// word them in the reader's language (lib/reports/describe-issue.ts) and always name the field.
import { z } from "zod";

/** A unit-level field of the report. */
export const UNIT_FIELDS = ["population", "voluntarySocialInsured", "voluntarySocialAssigned"] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

/** A field of one participant group's figures. */
export const GROUP_FIELDS = ["insured", "eligible", "newlyEnrolled", "renewed"] as const;
export type GroupField = (typeof GROUP_FIELDS)[number];

/** A field of the report: a unit field, or `g<group code>.<group field>` (e.g. "g1.insured"). */
export type ReportField = UnitField | `g${string}.${GroupField}`;

export function groupFieldKey(groupCode: string, field: GroupField): ReportField {
  return `g${groupCode}.${field}`;
}

/** Every field of a report made of the given groups, in form order. */
export function reportFields(groupCodes: readonly string[]): ReportField[] {
  return [...UNIT_FIELDS, ...groupCodes.flatMap((code) => GROUP_FIELDS.map((field) => groupFieldKey(code, field)))];
}

/** Upper bound of any count: more people than live in the most populous commune many times over. */
export const MAX_COUNT = 5_000_000;

export type GroupFigures = Record<GroupField, number>;

export type ReportValues = {
  population: number;
  voluntarySocialInsured: number | null;
  voluntarySocialAssigned: number | null;
  /** Figures per group code ("1" … "5") of the group set in force. */
  groups: Record<string, GroupFigures>;
};

export type IssueCode =
  "required" | "notWholeNumber" | "negative" | "tooLarge" | "populationZeroWithInsured" | "eligibleZeroWithInsured";

export type ReportIssue = { field: ReportField; code: IssueCode; params?: Record<string, number | string> };

/**
 * Parses a count as typed: digits, optionally with Vietnamese thousands separators ("16.984") or
 * spaces. Empty is `null`; above `max`, "tooLarge". Anything else is an issue code.
 */
export function parseCount(raw: unknown, max = MAX_COUNT): number | null | Exclude<IssueCode, "required"> {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return checkCount(raw, max);
  const text = String(raw)
    .trim()
    .replace(/[\s\u00a0]/g, "");
  if (text === "") return null;
  if (/^-/.test(text)) return "negative";
  const normalised = /^\d{1,3}(\.\d{3})+$/.test(text) ? text.replace(/\./g, "") : text;
  if (!/^\d+$/.test(normalised)) return "notWholeNumber";
  return checkCount(Number(normalised), max);
}

function checkCount(value: number, max: number): number | Exclude<IssueCode, "required"> {
  if (!Number.isFinite(value) || !Number.isInteger(value)) return "notWholeNumber";
  if (value < 0) return "negative";
  if (value > max) return "tooLarge";
  return value;
}

/** Raw input: one value per field key (strings from a form or a spreadsheet, numbers from code). */
export type RawReportInput = Partial<Record<ReportField, unknown>>;

/**
 * Reads and checks a report for the given group codes. Returns the values when there is no error,
 * else every error found (all of them, not only the first).
 */
export function readReportValues(
  raw: RawReportInput,
  groupCodes: readonly string[],
): { ok: true; values: ReportValues } | { ok: false; issues: ReportIssue[] } {
  const issues: ReportIssue[] = [];
  const read = (field: ReportField, required: boolean): number | null => {
    const parsed = parseCount(raw[field]);
    if (typeof parsed === "string") {
      issues.push({ field, code: parsed, params: { max: MAX_COUNT } });
      return null;
    }
    if (parsed === null && required) issues.push({ field, code: "required" });
    return parsed;
  };

  const population = read("population", true);
  const voluntarySocialInsured = read("voluntarySocialInsured", false);
  const voluntarySocialAssigned = read("voluntarySocialAssigned", false);
  const groups: Record<string, GroupFigures> = {};
  for (const code of groupCodes) {
    const figures = Object.fromEntries(GROUP_FIELDS.map((field) => [field, read(groupFieldKey(code, field), true)]));
    if (GROUP_FIELDS.every((field) => figures[field] !== null)) groups[code] = figures as GroupFigures;
  }
  // Checked on the figures that read, so that a form shows every error at once, not in two rounds.
  issues.push(...consistencyErrors(population, groups));
  if (issues.length > 0 || population === null) return { ok: false, issues };
  return { ok: true, values: { population, voluntarySocialInsured, voluntarySocialAssigned, groups } };
}

/**
 * Combinations no real month can produce: people holding a card where there is nobody to hold one —
 * insured with a population of 0, or insured in a group with 0 people eligible. Such a numerator
 * would inflate every parent's rate. (Rates above 100% on a non-zero denominator are possible —
 * population and eligible are estimates — and are warnings, as is more enrolled and renewed than
 * insured: lib/reports/report-warnings.ts.)
 */
function consistencyErrors(population: number | null, groups: ReportValues["groups"]): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const insured = Object.values(groups).reduce((sum, figures) => sum + figures.insured, 0);
  if (population === 0 && insured > 0)
    issues.push({ field: "population", code: "populationZeroWithInsured", params: { insured } });
  for (const [code, figures] of Object.entries(groups)) {
    if (figures.eligible === 0 && figures.insured > 0) {
      issues.push({
        field: groupFieldKey(code, "eligible"),
        code: "eligibleZeroWithInsured",
        params: { group: code, insured: figures.insured },
      });
    }
  }
  return issues;
}

/** Zod form of the same rules, for callers that validate a whole object at once (actions). */
export function reportValuesSchema(groupCodes: readonly string[]) {
  return z.record(z.string(), z.unknown()).transform((raw, context) => {
    const result = readReportValues(raw as RawReportInput, groupCodes);
    if (result.ok) return result.values;
    for (const issue of result.issues) {
      context.addIssue({ code: "custom", path: [issue.field], message: issue.code, params: { issue } });
    }
    return z.NEVER;
  });
}
