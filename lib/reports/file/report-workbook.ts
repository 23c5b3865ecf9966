// Writes the app's report workbooks (exceljs): the import template and the export, in the language of
// the user who downloads them (texts: lib/i18n/vi/report-workbook.ts and en/). The first sheet ("Số liệu",
// "Data") has the import layout (columns.ts), so that an export or a filled-in template can be
// imported as it is, in either language; the other sheets (last month for reference, the monthly
// summary, instructions) are for reading.
//
// Across a change of group set (lib/coverage/group-succession.ts) two sets may give one code to
// different groups, so no sheet lets a code stand for a group on its own. The data sheet keeps the
// import layout — a row's group columns hold the groups of the set in force in its month, which is how
// the import reads them — and then names that set on every row ("Danh mục nhóm"). The summary gives
// each set's groups their own columns, headed with the set's code, filled in the months the set
// applies to and blank in the others. We do not fold the old groups into the new set's columns by the
// mapping: a BHXH official reads the summary as the figures reported, each under the group of the law
// it was reported under, and a mapping of whole groups only approximates a law that moved some
// categories from one group to another — the app's comparisons across the boundary use it (a figure
// needs one predecessor), a sheet can show both sets side by side.
import ExcelJS from "exceljs";

import { now } from "@/lib/clock";
import { notYetInsured } from "@/lib/coverage/not-yet-insured";
import { attainment, coverageRate } from "@/lib/coverage/rates";
import { formatCount, formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES, type Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import type { GroupSetMonths, ReportRow } from "@/lib/queries/get-report-rows";
import { GROUP_FIELDS, UNIT_FIELDS, type ReportField } from "@/lib/validation/report-values";

import type { MonthTotals } from "../export/summarise-months";
import { columnHeader, fileColumns, groupCodeOf, type ColumnKey } from "./columns";
import { MAX_FILE_BYTES, MAX_FILE_ROWS } from "./read-report-file";

/** A participant group with its name in the workbook's language, and its group set. */
export type WorkbookGroup = { code: string; name: string; set: GroupSetMonths };

export type ReportWorkbook = {
  locale: Locale;
  groups: WorkbookGroup[];
  rows: readonly ReportRow[];
  /** Last month's rows, on a sheet for reference (the template's). */
  lastMonth?: readonly ReportRow[];
  summary?: { title: string; totals: readonly MonthTotals[] };
  instructions?: boolean;
};
/** Columns that only inform: greyed out. */
const INFO_COLUMNS: readonly ColumnKey[] = ["unitName", "status", "groupSet"];

const COUNT_FORMAT = "#,##0";
const RATE_FORMAT = "0.00%";
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9EAFF" } };
const INFO_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF64748B" } };

function width(column: ColumnKey): number {
  if (column === "unitName") return 30;
  if (column === "unitCode" || column === "month") return 11;
  if (column === "status" || column === "groupSet") return 14;
  return groupCodeOf(column) ? 13 : 15;
}

function fieldValue(row: ReportRow, column: ReportField): number | null {
  if (!row.values) return null;
  if ((UNIT_FIELDS as readonly string[]).includes(column)) return row.values[column as (typeof UNIT_FIELDS)[number]];
  const [, code, field] = /^g([^.]+)\.(\w+)$/.exec(column) as unknown as [
    string,
    string,
    (typeof GROUP_FIELDS)[number],
  ];
  return row.values.groups[code]?.[field] ?? null;
}

/** The group sets of the workbook's groups, in order (one unless its months span a change of set). */
function groupSets(groups: readonly WorkbookGroup[]): GroupSetMonths[] {
  return [...new Map(groups.map((group) => [group.set.code, group.set])).values()];
}

function appliesIn(set: GroupSetMonths, month: Month): boolean {
  return set.from <= month && (set.to === null || month <= set.to);
}

function cellValue(
  row: ReportRow,
  column: ColumnKey,
  t: Messages,
  sets: readonly GroupSetMonths[],
): string | number | null {
  switch (column) {
    case "groupSet":
      return sets.find((set) => appliesIn(set, row.month))?.code ?? null;
    case "unitCode":
      return row.code;
    case "unitName":
      return row.name;
    case "month":
      return row.month;
    case "status":
      return t.reports.export.statuses[row.status ?? "missing"];
    default:
      return fieldValue(row, column);
  }
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: "middle", wrapText: true };
  row.height = 45;
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
}

function addRowsSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  options: ReportWorkbook,
  rows: readonly ReportRow[],
): void {
  const t = MESSAGES[options.locale];
  const sets = groupSets(options.groups);
  const columns = fileColumns([...new Set(options.groups.map((group) => group.code))], {
    status: true,
    groupSet: sets.length > 1,
  });
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 3, ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    key: column,
    width: width(column),
    // Codes and months stay text: a spreadsheet must not drop a code's leading zero or turn 2025-06 into a date.
    style:
      column === "unitCode" || column === "month"
        ? { numFmt: "@" }
        : INFO_COLUMNS.includes(column)
          ? { font: INFO_FONT }
          : { numFmt: COUNT_FORMAT },
  }));
  styleHeader(sheet.addRow(columns.map((column) => columnHeader(column, options.locale))));
  for (const row of rows) sheet.addRow(columns.map((column) => cellValue(row, column, t, sets)));
}

function addSummarySheet(
  workbook: ExcelJS.Workbook,
  { locale, groups }: ReportWorkbook,
  summary: NonNullable<ReportWorkbook["summary"]>,
): void {
  const text = MESSAGES[locale].reportWorkbook;
  const words = text.summary;
  const spansSets = groupSets(groups).length > 1;
  const sheet = workbook.addWorksheet(text.sheets.summary, { views: [{ state: "frozen", xSplit: 1, ySplit: 3 }] });
  sheet.addRow([summary.title]).font = { bold: true, size: 13 };
  sheet.addRow([words.note]).font = INFO_FONT;
  type SummaryColumn = {
    header: string;
    value: (totals: MonthTotals) => number | string | null;
    rate?: boolean;
    width?: number;
  };
  const columns: SummaryColumn[] = [
    { header: words.month, value: (totals) => formatMonth(totals.month, locale), width: 14 },
    { header: words.baseUnits, value: (totals) => totals.baseUnits },
    { header: words.reporting, value: (totals) => totals.reporting },
    { header: words.population, value: (totals) => totals.population },
    { header: words.insured, value: (totals) => totals.insured },
    { header: words.coverage, value: (totals) => coverageRate(totals.insured, totals.population), rate: true },
    { header: words.notYetInsured, value: (totals) => notYetInsured(totals.insured, totals.population) },
    { header: words.newlyEnrolled, value: (totals) => totals.newlyEnrolled },
    { header: words.renewed, value: (totals) => totals.renewed },
    ...groups.flatMap((group): SummaryColumn[] => {
      const code = fill(text.group, { code: group.code });
      const label = spansSets ? fill(text.groupOfSet, { set: group.set.code, group: code }) : code;
      // A month of another set has no figures for this group (the summed totals are keyed by code).
      const inSet = (totals: MonthTotals, value: (figures: { insured: number; eligible: number }) => number | null) =>
        appliesIn(group.set, totals.month) ? value(totals.groups[group.code] ?? { insured: 0, eligible: 0 }) : null;
      return [
        { header: `${label} – ${words.groupInsured}`, value: (totals) => inSet(totals, (f) => f.insured) },
        { header: `${label} – ${words.groupEligible}`, value: (totals) => inSet(totals, (f) => f.eligible) },
        {
          header: `${label} – ${words.groupCoverage}`,
          value: (totals) => inSet(totals, (f) => coverageRate(f.insured, f.eligible)),
          rate: true,
        },
        {
          header: `${label} – ${words.groupNotYetInsured}`,
          value: (totals) => inSet(totals, (f) => notYetInsured(f.insured, f.eligible)),
        },
      ];
    }),
    { header: words.voluntaryInsured, value: (totals) => totals.voluntarySocialInsured },
    { header: words.voluntaryAssigned, value: (totals) => totals.voluntarySocialAssigned },
    {
      header: words.voluntaryAttainment,
      value: (totals) => attainment(totals.voluntarySocialInsured, totals.voluntarySocialAssigned),
      rate: true,
    },
  ];
  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.width ?? 13;
    sheetColumn.numFmt = column.rate ? RATE_FORMAT : COUNT_FORMAT;
  });
  styleHeader(sheet.addRow(columns.map((column) => column.header)));
  for (const totals of summary.totals) sheet.addRow(columns.map((column) => column.value(totals)));
}

/** "LBHYT-2014 (tháng 1/2015 – tháng 6/2026):", or "(từ tháng 7/2026)" for an open-ended set. */
function setHeading(set: GroupSetMonths, locale: Locale): string {
  const text = MESSAGES[locale].reportWorkbook.instructions;
  const from = formatMonth(set.from, locale);
  return set.to === null
    ? fill(text.setFrom, { set: set.code, from })
    : fill(text.setBetween, { set: set.code, from, to: formatMonth(set.to, locale) });
}

function addInstructionsSheet(workbook: ExcelJS.Workbook, { locale, groups, lastMonth }: ReportWorkbook): void {
  const text = MESSAGES[locale].reportWorkbook;
  const sets = groupSets(groups);
  const sheet = workbook.addWorksheet(text.sheets.instructions);
  sheet.getColumn(1).width = 110;
  sheet.getColumn(1).alignment = { wrapText: true, vertical: "top" };
  const values = {
    dataSheet: text.sheets.data,
    maxRows: formatCount(MAX_FILE_ROWS, locale),
    maxMb: MAX_FILE_BYTES / 1024 / 1024,
  };
  const lines = [
    text.instructions.title,
    "",
    ...text.instructions.lines.map((line) => fill(line, values)),
    ...(lastMonth ? [fill(text.instructions.lastMonth, { sheet: text.sheets.lastMonth })] : []),
    ...(sets.length > 1 ? [text.instructions.groupSetColumn] : []),
    "",
    text.instructions.groups,
    ...sets.flatMap((set) => [
      ...(sets.length > 1 ? [setHeading(set, locale)] : []),
      ...groups
        .filter((group) => group.set.code === set.code)
        .map((group) => `${fill(text.group, { code: group.code })}: ${group.name}`),
    ]),
  ];
  lines.forEach((line, index) => {
    const row = sheet.addRow([line]);
    if (index === 0) row.font = { bold: true, size: 13 };
  });
}

export async function buildReportWorkbook(options: ReportWorkbook): Promise<Uint8Array> {
  const text = MESSAGES[options.locale].reportWorkbook;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = text.creator;
  workbook.created = now();
  addRowsSheet(workbook, text.sheets.data, options, options.rows);
  if (options.lastMonth) addRowsSheet(workbook, text.sheets.lastMonth, options, options.lastMonth);
  if (options.summary) addSummarySheet(workbook, options, options.summary);
  if (options.instructions) addInstructionsSheet(workbook, options);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
