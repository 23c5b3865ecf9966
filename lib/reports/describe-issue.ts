// Words for report issues and warnings, in the reader's language, always naming the field.
import { formatCount } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { type Messages, fill } from "@/lib/i18n/messages";
import type { ReportField, ReportIssue } from "@/lib/validation/report-values";
import type { ReportWarning } from "./report-warnings";

/** "Dân số", or "Nhóm 1 – Số người có thẻ". */
export function fieldLabel(field: ReportField, t: Messages): string {
  const group = /^g([^.]+)\.(\w+)$/.exec(field);
  if (!group) return t.reports.fields[field as keyof Messages["reports"]["fields"]] ?? field;
  const [, code, name] = group as unknown as [string, string, keyof Messages["reports"]["fields"]];
  return `${fill(t.reports.fields.group, { group: code })} – ${t.reports.fields[name]}`;
}

function params(values: Record<string, number | string> | undefined, locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([key, value]) => [key, typeof value === "number" ? formatCount(value, locale) : value]),
  );
}

export function describeIssue(issue: ReportIssue, t: Messages, locale: Locale): string {
  return fill(t.reports.issues[issue.code], { ...params(issue.params, locale), field: fieldLabel(issue.field, t) });
}

export function describeWarning(warning: ReportWarning, t: Messages, locale: Locale): string {
  return fill(t.reports.warnings[warning.code], { ...params(warning.params, locale), field: fieldLabel(warning.field, t) });
}
