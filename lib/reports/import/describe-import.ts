// The preview of an import as the page shows it: counts, every problem worded in the reader's
// language with its row and column, and the changes and warnings (lists capped to keep the page
// light; the counts are always complete). Plain data, sent from the server to the browser.
import type { ReportStatus } from "@prisma/client";

import { formatCount, formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { isMonth, type Month } from "@/lib/period";
import { describeIssue, describeWarning, fieldLabel } from "@/lib/reports/describe-issue";
import { describeLimitProblem } from "@/lib/table-files/describe-limit";
import { isLimitProblem } from "@/lib/table-files/limits";
import type { IssueCode, ReportField } from "@/lib/validation/report-values";

import { columnHeader, type ColumnKey } from "../file/columns";
import type { FileProblem, ReportFile } from "../file/read-report-file";
import type { FieldChange, ImportIssueCode, RowChange, RowIssue } from "./check-import";
import type { PreparedImport } from "./prepare-import";

export const SHOWN_ISSUES = 200;
export const SHOWN_CHANGES = 100;
export const SHOWN_WARNINGS = 100;

export type ImportPreview = {
  kind: "preview";
  locale: Locale;
  fileName: string;
  /** Present when the file can be imported: sent back with the file to confirm. */
  token: string | null;
  counts: {
    rows: number;
    created: number;
    updated: number;
    unchanged: number;
    blank: number;
    errors: number;
    warnings: number;
  };
  problems: string[];
  /** The layout an import file must have, when the file's is not it (shown with a link to the template). */
  layout: string | null;
  ignoredColumns: string | null;
  issues: { row: number; column: string; message: string }[];
  /** All row errors, of which `issues` shows the first. */
  issueCount: number;
  changes: {
    row: number;
    unit: string;
    month: string;
    isNew: boolean;
    fields: { label: string; before: string; after: string }[];
  }[];
  warnings: { row: number; unit: string; month: string; message: string }[];
  /** The last month of the file, for the link to the dashboard after the import. */
  lastMonth: Month | null;
  /** The dashboard to open after the import (set by the server action, which knows the user). */
  dashboardHref: string;
};

export type ImportPreviewState = ImportPreview | { kind: "refused"; message: string } | null;

const IMPORT_ISSUE_CODES: readonly string[] = [
  "missingUnitCode",
  "missingMonth",
  "badMonth",
  "monthNotOpen",
  "monthTooEarly",
  "unknownUnit",
  "unitNotInMonth",
  "notBaseUnit",
  "outOfScope",
  "duplicateRow",
  "noGroupSet",
  "groupNotInForce",
  "reportLocked",
  "uncalculatedFormula",
] satisfies ImportIssueCode[];

/** Problems that mean the file is not laid out as the template: the expected layout is then explained. */
const LAYOUT_PROBLEMS: readonly FileProblem["code"][] = [
  "noHeader",
  "missingColumn",
  "groupsAsRows",
  "monthsAsColumns",
];

function isImportIssue(code: RowIssue["code"]): code is ImportIssueCode {
  return IMPORT_ISSUE_CODES.includes(code);
}

function formatParams(
  params: Record<string, string | number> | undefined,
  t: Messages,
  locale: Locale,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([key, value]) => {
      if ((key === "month" || key === "earliest" || key === "latest") && typeof value === "string" && isMonth(value))
        return [key, formatMonth(value, locale)];
      if (key === "status")
        return [key, t.reports.import.lockedStatus[value as "APPROVED" | "LOCKED"] ?? String(value)];
      if (typeof value === "number" && key !== "first") return [key, formatCount(value, locale)];
      return [key, String(value)];
    }),
  );
}

/** The problems of a file in words; missing columns are named together in one sentence. */
export function describeProblems(problems: readonly FileProblem[], t: Messages, locale: Locale): string[] {
  const missing = problems.flatMap((problem) =>
    problem.code === "missingColumn" ? [`"${columnHeader(problem.params!.column as ColumnKey, locale)}"`] : [],
  );
  const others = problems.filter((problem) => problem.code !== "missingColumn");
  return [
    ...(missing.length > 0 ? [fill(t.reports.import.problems.missingColumn, { columns: missing.join(", ") })] : []),
    ...others.map((problem) =>
      isLimitProblem(problem)
        ? describeLimitProblem(problem, t.files.limits, locale)
        : fill(t.reports.import.problems[problem.code], formatParams(problem.params, t, locale)),
    ),
  ];
}

function describeRowIssue(issue: RowIssue, t: Messages, locale: Locale): string {
  if (isImportIssue(issue.code))
    return fill(t.reports.import.issues[issue.code], formatParams(issue.params, t, locale));
  return describeIssue(
    {
      field: issue.column as ReportField,
      code: issue.code as IssueCode,
      ...(issue.params ? { params: issue.params } : {}),
    },
    t,
    locale,
  );
}

function columnName(file: ReportFile | null, key: ColumnKey, locale: Locale): string {
  const located = file?.columns.find((column) => column.key === key);
  return located ? `${located.letter} · ${located.header}` : columnHeader(key, locale);
}

function changeValue(change: FieldChange, value: FieldChange["before"], t: Messages, locale: Locale): string {
  if (value === null) return "–";
  if (change.field === "status") return t.reports.export.statuses[value as ReportStatus];
  return typeof value === "number" ? formatCount(value, locale) : value;
}

function describeChanges(plan: RowChange, t: Messages, locale: Locale): ImportPreview["changes"][number] {
  const unit = `${plan.unit.name} (${plan.unit.code})`;
  const month = formatMonth(plan.month, locale);
  if (plan.kind === "new") {
    const insured = Object.values(plan.values.groups).reduce((sum, figures) => sum + figures.insured, 0);
    return {
      row: plan.row,
      unit,
      month,
      isNew: true,
      fields: [
        { label: t.reports.fields.population, before: "–", after: formatCount(plan.values.population, locale) },
        { label: t.reports.fields.insured, before: "–", after: formatCount(insured, locale) },
      ],
    };
  }
  return {
    row: plan.row,
    unit,
    month,
    isNew: false,
    fields: plan.changes.map((change) => ({
      label: change.field === "status" ? t.reports.import.status : fieldLabel(change.field, t),
      before: changeValue(change, change.before, t, locale),
      after: changeValue(change, change.after, t, locale),
    })),
  };
}

export function describeImport(prepared: PreparedImport, t: Messages, locale: Locale): ImportPreview {
  const { check, file } = prepared;
  const written = check.plans.filter((plan) => plan.kind !== "unchanged");
  const warnings = written.flatMap((plan) =>
    plan.warnings.map((warning) => ({
      row: plan.row,
      unit: `${plan.unit.name} (${plan.unit.code})`,
      month: formatMonth(plan.month, locale),
      message: describeWarning(warning, t, locale),
    })),
  );
  const months = check.plans.map((plan) => plan.month).sort();
  const sortedIssues = [...check.issues].sort((a, b) => a.row - b.row);
  return {
    kind: "preview",
    locale,
    fileName: prepared.fileName,
    token: prepared.token,
    counts: {
      rows: file ? file.rows.length - check.blankRows : 0,
      created: written.filter((plan) => plan.kind === "new").length,
      updated: written.filter((plan) => plan.kind === "changed").length,
      unchanged: check.plans.length - written.length,
      blank: check.blankRows,
      errors: check.problems.length + check.issues.length,
      warnings: warnings.length,
    },
    problems: describeProblems(check.problems, t, locale),
    layout: check.problems.some((problem) => LAYOUT_PROBLEMS.includes(problem.code)) ? t.reports.import.layout : null,
    ignoredColumns:
      file && file.ignoredColumns.length > 0
        ? fill(t.reports.import.ignoredColumns, {
            columns: file.ignoredColumns.map((column) => `${column.letter} · "${column.header}"`).join(", "),
          })
        : null,
    issueCount: sortedIssues.length,
    issues: sortedIssues.slice(0, SHOWN_ISSUES).map((issue) => ({
      row: issue.row,
      column: columnName(file, issue.column, locale),
      message: describeRowIssue(issue, t, locale),
    })),
    changes: written.slice(0, SHOWN_CHANGES).map((plan) => describeChanges(plan, t, locale)),
    warnings: warnings.slice(0, SHOWN_WARNINGS),
    lastMonth: months.length > 0 ? months[months.length - 1]! : null,
    dashboardHref: "/",
  };
}
