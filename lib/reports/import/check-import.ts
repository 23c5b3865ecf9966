// Checks every row of an import file against the database's view (ImportContext) and decides what
// the import would do with it. Pure: the same file and context give the same answer, so a preview
// and the import after it agree, and the rules are tested without a database.
//
// A row is one base unit in one month. A row with no value at all is skipped (a template row left
// blank). Otherwise every problem of the row is listed: a formula whose result the file does not
// store, the month (import-months.ts), the unit (unknown, not valid in the month, not a base unit,
// outside the importer's scope), a second row for the same unit and month, the values
// (lib/validation/report-values.ts) and a change to an approved or locked report.
// A valid row is new (no report yet), changed (values differ, or a draft or returned report that
// the import submits) or unchanged (nothing is written for it).
import type { ReportStatus } from "@prisma/client";

import { addMonths, type Month } from "@/lib/period";
import { reportWarnings, type ReportWarning } from "@/lib/reports/report-warnings";
import { UncalculatedFormula } from "@/lib/table-files/read-xlsx-sheet";
import {
  GROUP_FIELDS,
  groupFieldKey,
  readReportValues,
  UNIT_FIELDS,
  type IssueCode,
  type RawReportInput,
  type ReportField,
  type ReportValues,
} from "@/lib/validation/report-values";

import { cellText, isEmptyCell, readMonth, readUnitCode } from "../file/cells";
import { groupCodeOf, KEY_COLUMNS, type ColumnKey, type KeyColumn } from "../file/columns";
import type { FileProblem, FileRow, ReportFile } from "../file/read-report-file";
import {
  groupCodesIn,
  HISTORY_MONTHS,
  isBaseUnit,
  lookUpUnit,
  reportKey,
  splitReportKey,
  valuesInGroupsOf,
  type ContextUnit,
  type ExistingReport,
  type ImportContext,
} from "./import-context";
import { readRowMonth } from "./import-months";

export type ImportIssueCode =
  | "missingUnitCode"
  | "missingMonth"
  | "badMonth"
  | "monthNotOpen"
  | "monthTooEarly"
  | "unknownUnit"
  | "unitNotInMonth"
  | "notBaseUnit"
  | "outOfScope"
  | "duplicateRow"
  | "noGroupSet"
  | "groupNotInForce"
  | "reportLocked"
  | "uncalculatedFormula";

/** A problem of one row, in one column (row numbers and columns as the spreadsheet shows them). */
export type RowIssue = {
  row: number;
  column: ColumnKey;
  code: ImportIssueCode | IssueCode;
  params?: Record<string, string | number>;
};

export type FieldChange = {
  field: ReportField | "status";
  before: number | string | null;
  after: number | string | null;
};

export type RowChange = {
  row: number;
  unit: ContextUnit;
  month: Month;
  kind: "new" | "changed" | "unchanged";
  values: ReportValues;
  existing: ExistingReport | null;
  /** What the import changes (empty for an unchanged row). */
  changes: FieldChange[];
  /** Unusual values (reported, not blocking), for new and changed rows. */
  warnings: ReportWarning[];
};

export type ImportCheck = {
  problems: FileProblem[];
  issues: RowIssue[];
  /** The valid rows; meaningful only when there are no problems and no issues. */
  plans: RowChange[];
  /** Rows skipped because they hold no value. */
  blankRows: number;
};

const LOCKED: readonly ReportStatus[] = ["APPROVED", "LOCKED"];
const STATUS_AFTER_IMPORT: ReportStatus = "SUBMITTED";

/** The columns that hold values (everything but the key and informational columns). */
function valueColumns(file: ReportFile): ReportField[] {
  return file.columns
    .map((column) => column.key)
    .filter((key): key is ReportField => !KEY_COLUMNS.includes(key as KeyColumn));
}

export function checkImport(file: ReportFile, context: ImportContext): ImportCheck {
  const valueKeys = valueColumns(file);
  const fileGroupCodes = [...new Set(valueKeys.map(groupCodeOf).filter((code): code is string => code !== null))];
  const filled = file.rows.filter((row) => valueKeys.some((key) => !isEmptyCell(row.cells[key] ?? null)));
  const blankRows = file.rows.length - filled.length;

  const problems = missingGroupColumns(filled, valueKeys, context);
  if (problems.length > 0) return { problems, issues: [], plans: [], blankRows };

  const issues: RowIssue[] = [];
  const plans: RowChange[] = [];
  const firstRowOf = new Map<string, number>();
  for (const fileRow of filled) {
    const rowIssues: RowIssue[] = [];
    const issue = (column: ColumnKey, code: RowIssue["code"], params?: RowIssue["params"]) =>
      rowIssues.push({ row: fileRow.row, column, code, ...(params ? { params } : {}) });

    // A formula without a stored result has no value yet: said once, and not taken for an empty cell.
    const formulas = new Set<ColumnKey>();
    for (const column of ["unitCode", "month", ...valueKeys] as const) {
      const cell = fileRow.cells[column];
      if (cell instanceof UncalculatedFormula) {
        formulas.add(column);
        issue(column, "uncalculatedFormula", { formula: cellText(cell) });
      }
    }

    const month = rowMonth(fileRow, context, issue);
    const unit = readRowUnit(fileRow, month, context, issue);

    if (unit && month) {
      const key = reportKey(unit.id, month);
      const first = firstRowOf.get(key);
      if (first !== undefined) issue("unitCode", "duplicateRow", { code: unit.code, month, first });
      else firstRowOf.set(key, fileRow.row);
    }

    const groupCodes = (month && groupCodesIn(context, month)) ?? fileGroupCodes;
    if (month && groupCodesIn(context, month)) {
      for (const column of valueKeys) {
        const code = groupCodeOf(column);
        if (code && !groupCodes.includes(code) && !isEmptyCell(fileRow.cells[column] ?? null)) {
          issue(column, "groupNotInForce", { group: code, month });
        }
      }
    }
    const raw: RawReportInput = Object.fromEntries(
      valueKeys.map((key) => [key, formulas.has(key) ? null : (fileRow.cells[key] ?? null)]),
    );
    const read = readReportValues(raw, groupCodes);
    if (!read.ok)
      for (const found of read.issues) if (!formulas.has(found.field)) issue(found.field, found.code, found.params);

    if (read.ok && unit && month && rowIssues.length === 0) {
      const existing = context.reports.get(reportKey(unit.id, month)) ?? null;
      const plan = planRow(fileRow.row, unit, month, read.values, existing, groupCodes);
      if (plan.kind === "changed" && existing && LOCKED.includes(existing.status)) {
        // Only values can differ here: a status change is made for drafts and returned reports only.
        const change = plan.changes[0]!;
        issue(change.field as ReportField, "reportLocked", {
          month,
          status: existing.status,
          name: unit.name,
          before: change.before ?? "",
          after: change.after ?? "",
        });
      } else {
        plans.push(plan);
      }
    }
    issues.push(...rowIssues);
  }
  addWarnings(plans, context);
  return { problems: [], issues, plans, blankRows };
}

/** Group columns the rows' months need but the file lacks: one problem per column (then no row is checked). */
function missingGroupColumns(
  rows: FileRow[],
  valueKeys: readonly ReportField[],
  context: ImportContext,
): FileProblem[] {
  const needed = new Set<string>();
  for (const row of rows) {
    const month = readMonth(row.cells.month ?? null);
    for (const code of (month && groupCodesIn(context, month)) ?? []) {
      for (const field of GROUP_FIELDS) needed.add(groupFieldKey(code, field));
    }
  }
  return [...needed]
    .filter((key) => !valueKeys.includes(key as ReportField))
    .map((column) => ({ code: "missingColumn", params: { column } }));
}

type IssueSink = (column: ColumnKey, code: RowIssue["code"], params?: RowIssue["params"]) => void;

function rowMonth(row: FileRow, context: ImportContext, issue: IssueSink): Month | null {
  const cell = row.cells.month ?? null;
  if (cell instanceof UncalculatedFormula) return null;
  const read = readRowMonth(cell, context.lastOpenMonth);
  if (!read.ok) {
    issue("month", read.code, read.params);
    return null;
  }
  if (!groupCodesIn(context, read.month)) issue("month", "noGroupSet", { month: read.month });
  return read.month;
}

function readRowUnit(row: FileRow, month: Month | null, context: ImportContext, issue: IssueSink): ContextUnit | null {
  const cell = row.cells.unitCode ?? null;
  if (cell instanceof UncalculatedFormula) return null;
  const code = readUnitCode(cell);
  if (!code) {
    issue("unitCode", "missingUnitCode");
    return null;
  }
  const found = lookUpUnit(context, code, month);
  if (found.kind === "unknown") {
    issue("unitCode", "unknownUnit", { code });
    return null;
  }
  if (found.kind === "notInMonth") {
    if (month) issue("unitCode", "unitNotInMonth", { code, month });
    return null;
  }
  const { unit } = found;
  // Outside the scope nothing more is said about the unit or its reports.
  if (context.scope && !context.scope.get(month!)?.has(unit.id)) {
    issue("unitCode", "outOfScope", { code: unit.code, month: month! });
    return null;
  }
  if (!isBaseUnit(context, unit.id, month!)) {
    issue("unitCode", "notBaseUnit", { code: unit.code, name: unit.name, month: month! });
    return null;
  }
  return unit;
}

function fieldValue(values: ReportValues, field: ReportField): number | null {
  if ((UNIT_FIELDS as readonly string[]).includes(field)) return values[field as (typeof UNIT_FIELDS)[number]];
  const [, code, name] = /^g([^.]+)\.(\w+)$/.exec(field) as unknown as [string, string, (typeof GROUP_FIELDS)[number]];
  return values.groups[code]?.[name] ?? null;
}

function planRow(
  row: number,
  unit: ContextUnit,
  month: Month,
  values: ReportValues,
  existing: ExistingReport | null,
  groupCodes: readonly string[],
): RowChange {
  const base = { row, unit, month, values, existing, warnings: [] };
  if (!existing) return { ...base, kind: "new", changes: [] };
  const fields: ReportField[] = [
    ...UNIT_FIELDS,
    ...groupCodes.flatMap((code) => GROUP_FIELDS.map((field) => groupFieldKey(code, field))),
  ];
  const changes: FieldChange[] = fields
    .map((field) => ({ field, before: fieldValue(existing.values, field), after: fieldValue(values, field) }))
    .filter((change) => change.before !== change.after);
  if (changes.length === 0 && (existing.status === "DRAFT" || existing.status === "RETURNED")) {
    changes.push({ field: "status", before: existing.status, after: STATUS_AFTER_IMPORT });
  }
  return { ...base, kind: changes.length > 0 ? "changed" : "unchanged", changes };
}

/**
 * Warnings of new and changed rows, against the unit's previous months as they will be after the
 * import; a month of an earlier group set in the row's groups through their mapping.
 */
function addWarnings(plans: RowChange[], context: ImportContext): void {
  // Indexed by unit, then month: ten thousand rows look up twelve months each.
  const byUnit = new Map<number, Map<Month, ReportValues>>();
  const put = (unitId: number, month: Month, values: ReportValues) => {
    let months = byUnit.get(unitId);
    if (!months) byUnit.set(unitId, (months = new Map()));
    months.set(month, values);
  };
  for (const [key, report] of context.reports) put(...splitReportKey(key), report.values);
  // The file's rows replace what is stored for the same unit and month.
  for (const plan of plans) put(plan.unit.id, plan.month, plan.values);
  const earlierMonths = new Map<Month, Month[]>();
  for (const plan of plans) {
    if (plan.kind === "unchanged") continue;
    let earlier = earlierMonths.get(plan.month);
    if (!earlier) {
      earlier = Array.from({ length: HISTORY_MONTHS }, (_, i) => addMonths(plan.month, i - HISTORY_MONTHS));
      earlierMonths.set(plan.month, earlier);
    }
    const months = byUnit.get(plan.unit.id)!;
    const history: ReportValues[] = [];
    for (const month of earlier) {
      const values = months.get(month);
      if (values) history.push(valuesInGroupsOf(context, values, month, plan.month));
    }
    plan.warnings = reportWarnings(plan.values, history);
  }
}
