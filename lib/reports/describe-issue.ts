// Words for report issues and warnings, in the reader's language, always naming the field.
import { formatCount } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { MAX_REASON_LENGTH, reasonKey } from "@/lib/validation/report-form";
import type { ReportField, ReportIssue } from "@/lib/validation/report-values";

import type { ReportCheck } from "./check-report";
import type { ReportWarning } from "./report-warnings";

/** The words these need: the reports area (a client component receives only these, from the server). */
export type ReportMessages = Pick<Messages, "reports">;

/** "Dân số", or "Nhóm 1 – Số người có thẻ". */
export function fieldLabel(field: ReportField, t: ReportMessages): string {
  const group = /^g([^.]+)\.(\w+)$/.exec(field);
  if (!group) return t.reports.fields[field as keyof Messages["reports"]["fields"]] ?? field;
  const [, code, name] = group as unknown as [string, string, keyof Messages["reports"]["fields"]];
  return `${fill(t.reports.fields.group, { group: code })} – ${t.reports.fields[name]}`;
}

function params(values: Record<string, number | string> | undefined, locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([key, value]) => [
      key,
      typeof value === "number" ? formatCount(value, locale) : value,
    ]),
  );
}

export function describeIssue(issue: ReportIssue, t: ReportMessages, locale: Locale): string {
  return fill(t.reports.issues[issue.code], { ...params(issue.params, locale), field: fieldLabel(issue.field, t) });
}

export function describeWarning(warning: ReportWarning, t: ReportMessages, locale: Locale): string {
  // A rate above 100% is said against what it was measured on: the population, or the group's eligible.
  const base = t.reports.rateBases[warning.field === "population" ? "population" : "eligible"];
  return fill(t.reports.warnings[warning.code], {
    ...params(warning.params, locale),
    field: fieldLabel(warning.field, t),
    base,
  });
}

/** A reason a report cannot be saved: under which form name (a field, or a warning's reason) and why. */
export type CheckMessage = { key: string; field: ReportField; text: string };

/** Every error and every warning still lacking an acceptable reason, worded for the reader. */
export function describeCheck(check: ReportCheck, t: ReportMessages, locale: Locale): CheckMessage[] {
  return [
    ...check.issues.map((issue) => ({ key: issue.field, field: issue.field, text: describeIssue(issue, t, locale) })),
    ...check.unconfirmed.map(({ warning, problem }) => ({
      key: reasonKey(warning.field, warning.code),
      field: warning.field,
      text:
        problem === "reasonTooLong"
          ? fill(t.reports.entry.reasonTooLong, { field: fieldLabel(warning.field, t), max: MAX_REASON_LENGTH })
          : describeWarning(warning, t, locale),
    })),
  ];
}
