// An audit entry's before and after, field by field, in the reader's language (the audit page):
// field labels from the i18n catalogue, statuses and roles in words, counts, rates, months and
// moments formatted. Nested objects are read as their fields (a report's groups as "Nhóm 1 – Số
// người có thẻ"); a list of records is counted. Pure: the page passes the stored JSON.
import type { Role } from "@prisma/client";

import { formatCount, formatDate, formatMonth, formatPercent } from "@/lib/format";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { isMonth } from "@/lib/period";
import { GROUP_FIELDS, UNIT_FIELDS } from "@/lib/validation/report-values";

/**
 * One field of an entry: its label and its value before and after (null: that side has none), and
 * whether each side is text shown as it was written (a name, a title, a note: entered data, kept in
 * its language) rather than worded, formatted or counted by the app.
 */
export type AuditFieldChange = {
  key: string;
  label: string;
  before: string | null;
  after: string | null;
  written: { before: boolean; after: boolean };
};

type Leaf = string | number | boolean | null | readonly unknown[];

/** Numbers that are names or ordinals, not counts: written as they are ("2025", not "2.025"). */
const PLAIN_NUMBERS = new Set([
  "version",
  "year",
  "level",
  "read",
  "approverLevel",
  "deadlineDay",
  "opensDaysBeforeEnd",
  "remindDaysBeforeDeadline",
]);

function flatten(value: unknown, prefix: string, into: Map<string, Leaf>): Map<string, Leaf> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else if (value !== undefined) {
    into.set(prefix || "value", value as Leaf);
  }
  return into;
}

const lastKey = (key: string) => key.slice(key.lastIndexOf(".") + 1);

function label(key: string, t: Messages): string {
  const group = /^groups\.([^.]+)\.([^.]+)$/.exec(key);
  const fields = t.reports.fields;
  if (group && (GROUP_FIELDS as readonly string[]).includes(group[2]!)) {
    return `${fill(fields.group, { group: group[1]! })} – ${fields[group[2] as (typeof GROUP_FIELDS)[number]]}`;
  }
  if ((UNIT_FIELDS as readonly string[]).includes(key)) return fields[key as (typeof UNIT_FIELDS)[number]];
  const words = t.auditFields.fields as Record<string, string>;
  return words[key] ?? words[lastKey(key)] ?? key;
}

function word(key: string, value: string, t: Messages): string | undefined {
  const field = lastKey(key);
  if (field === "status") return (t.reports.statuses as Record<string, string>)[value];
  if (field === "role") return t.roles[value as Role];
  if (field === "level") return (t.plans.thresholds.levels as Record<string, string>)[value];
  if (field === "reason") return t.auditFields.values.reasons[value];
  if (field === "scope") return t.auditFields.values.scopes[value];
  return undefined;
}

const isMoment = (value: string) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Whether formatValue shows the value as it was written: text, or a list of texts, that it neither words nor formats. */
function asWritten(key: string, value: Leaf, t: Messages): boolean {
  if (typeof value === "string")
    return value !== "" && word(key, value, t) === undefined && !isMoment(value) && !isDay(value) && !isMonth(value);
  return Array.isArray(value) && value.some((item) => asWritten(key, item as Leaf, t));
}

function formatValue(key: string, value: Leaf, locale: Locale, t: Messages): string {
  if (value === null || value === "") return "–";
  if (typeof value === "boolean") return value ? t.auditFields.values.yes : t.auditFields.values.no;
  if (typeof value === "number") {
    if (key.endsWith("Bp")) return formatPercent(value / 10_000, locale);
    return PLAIN_NUMBERS.has(lastKey(key)) || key.endsWith("Id") ? String(value) : formatCount(value, locale);
  }
  if (typeof value === "string") {
    const worded = word(key, value, t);
    if (worded !== undefined) return worded;
    if (isMoment(value)) return formatDateTime(new Date(value), locale);
    if (isDay(value)) return formatDate(new Date(`${value}T00:00:00Z`), locale);
    if (isMonth(value)) return formatMonth(value, locale);
    return value;
  }
  if (value.length === 0) return "–";
  if (value.every((item) => item === null || typeof item !== "object"))
    return value.map((item) => formatValue(key, item as Leaf, locale, t)).join(", ");
  return value.length === 1
    ? t.auditFields.values.item
    : fill(t.auditFields.values.items, { count: formatCount(value.length, locale) });
}

/**
 * The fields of an entry in the order written: every field of a creation or a deletion, and of a
 * change only those whose value changed.
 */
export function describeAuditChange(before: unknown, after: unknown, locale: Locale, t: Messages): AuditFieldChange[] {
  const was = before === null || before === undefined ? null : flatten(before, "", new Map());
  const is = after === null || after === undefined ? null : flatten(after, "", new Map());
  const keys = [...new Set([...(is?.keys() ?? []), ...(was?.keys() ?? [])])];
  const side = (values: Map<string, Leaf> | null, key: string) =>
    values === null ? null : formatValue(key, values.get(key) ?? null, locale, t);
  const written = (values: Map<string, Leaf> | null, key: string) =>
    values !== null && asWritten(key, values.get(key) ?? null, t);
  return keys
    .filter(
      (key) =>
        was === null || is === null || JSON.stringify(was.get(key) ?? null) !== JSON.stringify(is.get(key) ?? null),
    )
    .map((key) => ({
      key,
      label: label(key, t),
      before: side(was, key),
      after: side(is, key),
      written: { before: written(was, key), after: written(is, key) },
    }));
}
