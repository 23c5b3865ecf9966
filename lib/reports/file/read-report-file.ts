// Reads a report file, Excel (.xlsx) or CSV (with csv-parse), into rows of cells keyed by column,
// within the limits of lib/table-files (size of the unpacked workbook, columns and rows reached, time):
// a file beyond them is refused before its cells are built. The header row is found among the first
// rows of the data sheet; its columns are recognised by columns.ts. Problems with the file as a whole
// (not a spreadsheet, no header, a column missing or twice, a layout that is not the template's) are
// returned as codes, all of them, and then no row is read.
import { parse } from "csv-parse/sync";

import { LOCALES } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { columnLetter } from "@/lib/table-files/cell-address";
import { limitCsvRecords } from "@/lib/table-files/csv-limits";
import { LimitExceeded, type LimitProblem, type TableLimits } from "@/lib/table-files/limits";
import { readXlsxSheet } from "@/lib/table-files/read-xlsx-sheet";

import { cellText, isEmptyCell, readMonth, type Cell } from "./cells";
import { columnForHeader, normaliseHeader, type ColumnKey } from "./columns";

/** Largest file accepted (the upload limit in next.config.ts is a little higher). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** Most rows one import may carry. */
export const MAX_FILE_ROWS = 20_000;
/** The sheet of the app's own workbooks that holds the rows, in either language; other workbooks use their first sheet. */
const DATA_SHEET_NAMES = LOCALES.map((locale) => MESSAGES[locale].reportWorkbook.sheets.data);
/** How far down the header row may be (a title above it is allowed). */
const HEADER_SEARCH_ROWS = 10;
/**
 * What a file may reach: the template has 27 columns (5 groups; AA), so 64 (BL) leave room for a
 * person's own columns; rows up to MAX_FILE_ROWS below a header in the first rows; 10 s to read.
 */
export const REPORT_FILE_LIMITS: TableLimits = {
  maxColumns: 64,
  maxRows: MAX_FILE_ROWS + HEADER_SEARCH_ROWS,
  timeBudgetMs: 10_000,
};
/** Columns a file must have, whatever its months. */
const REQUIRED_COLUMNS: readonly ColumnKey[] = ["unitCode", "month", "population"];

export type FileProblemCode =
  | "unsupportedType"
  | "tooLarge"
  | "unreadable"
  | "notUtf8"
  | "noHeader"
  | "missingColumn"
  | "duplicateColumn"
  | "groupsAsRows"
  | "monthsAsColumns"
  | "noRows"
  | "tooManyRows"
  | "tooManyMonths";

/** A problem of the file as a whole; LimitProblems refuse it before it is read. */
export type FileProblem = { code: FileProblemCode; params?: Record<string, string | number> } | LimitProblem;

export type LocatedColumn = { key: ColumnKey; letter: string; header: string };

/** A row with something in it, by its number in the spreadsheet (1 = first line). */
export type FileRow = { row: number; cells: Partial<Record<ColumnKey, Cell>> };

export type ReportFile = {
  columns: LocatedColumn[];
  /** Headers the reader did not recognise: their columns are ignored. */
  ignoredColumns: { letter: string; header: string }[];
  rows: FileRow[];
};

export type ReadResult = { ok: true; file: ReportFile } | { ok: false; problems: FileProblem[] };

type Grid = { row: number; cells: Cell[] }[];

export async function readReportFile(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const kind = /\.xlsx$/i.test(fileName) ? "xlsx" : /\.(csv|txt)$/i.test(fileName) ? "csv" : null;
  if (!kind) return { ok: false, problems: [{ code: "unsupportedType", params: { file: fileName } }] };
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { ok: false, problems: [{ code: "tooLarge", params: { max: MAX_FILE_BYTES / 1024 / 1024 } }] };
  }
  const grid = kind === "xlsx" ? await readWorkbook(bytes, REPORT_FILE_LIMITS) : readCsv(bytes, REPORT_FILE_LIMITS);
  if ("code" in grid) return { ok: false, problems: [grid] };
  return locateColumns(grid);
}

async function readWorkbook(bytes: Uint8Array, limits: TableLimits): Promise<Grid | FileProblem> {
  const read = await readXlsxSheet(bytes, { limits, sheetNames: DATA_SHEET_NAMES });
  return read.ok ? read.rows : read.problem;
}

function readCsv(bytes: Uint8Array, limits: TableLimits): Grid | FileProblem {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { code: "notUtf8" };
  }
  text = text.replace(/^\uFEFF/, "");
  try {
    const records = parse(text, {
      delimiter: guessDelimiter(text),
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      on_record: limitCsvRecords(limits),
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({
      row: info.lines,
      cells: record.map((value) => (value.trim() === "" ? null : value)),
    }));
  } catch (error) {
    return error instanceof LimitExceeded ? error.problem : { code: "unreadable" };
  }
}

/** The delimiter of the header: spreadsheets in Vietnamese settings write ";", others ",", some a tab. */
function guessDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/, HEADER_SEARCH_ROWS);
  const counts = [",", ";", "\t"].map((delimiter) => ({
    delimiter,
    count: Math.max(0, ...lines.map((line) => line.split(delimiter).length - 1)),
  }));
  return counts.reduce((best, candidate) => (candidate.count > best.count ? candidate : best)).delimiter;
}

function locateColumns(grid: Grid): ReadResult {
  const headerIndex = grid
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex(({ cells }) => cells.some((cell) => typeof cell === "string" && columnForHeader(cell) === "unitCode"));
  if (headerIndex < 0) {
    const layout =
      grid
        .slice(0, HEADER_SEARCH_ROWS)
        .map(({ cells }) => otherLayout(cells))
        .find((found) => found.length > 0) ?? [];
    return { ok: false, problems: [{ code: "noHeader", params: { rows: HEADER_SEARCH_ROWS } }, ...layout] };
  }

  const problems: FileProblem[] = [];
  const columns: (LocatedColumn & { index: number })[] = [];
  const ignoredColumns: ReportFile["ignoredColumns"] = [];
  grid[headerIndex]!.cells.forEach((cell, index) => {
    if (isEmptyCell(cell)) return;
    const header = String(cell).trim();
    const key = columnForHeader(header);
    const letter = columnLetter(index);
    if (!key) {
      ignoredColumns.push({ letter, header });
      return;
    }
    const twin = columns.find((column) => column.key === key);
    if (twin)
      problems.push({ code: "duplicateColumn", params: { column: header, letters: `${twin.letter}, ${letter}` } });
    else columns.push({ key, letter, header, index });
  });
  const missing = REQUIRED_COLUMNS.filter((key) => !columns.some((column) => column.key === key));
  for (const key of missing) problems.push({ code: "missingColumn", params: { column: key } });
  if (missing.length > 0) problems.push(...otherLayout(grid[headerIndex]!.cells));

  const rows: FileRow[] = [];
  for (const { row, cells } of grid.slice(headerIndex + 1)) {
    if (cells.every(isEmptyCell)) continue;
    rows.push({ row, cells: Object.fromEntries(columns.map((column) => [column.key, cells[column.index] ?? null])) });
  }
  if (rows.length === 0) problems.push({ code: "noRows" });
  if (rows.length > MAX_FILE_ROWS)
    problems.push({ code: "tooManyRows", params: { count: rows.length, max: MAX_FILE_ROWS } });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    file: { columns: columns.map(({ key, letter, header }) => ({ key, letter, header })), ignoredColumns, rows },
  };
}

/** Headers of a column that names the participant group of each row. */
const GROUP_PER_ROW_HEADERS = new Set(
  ["Nhóm", "Nhóm đối tượng", "Mã nhóm", "Group", "Participant group"].map(normaliseHeader),
);

/**
 * The layouts people make instead of the template's, told by their header: one row per group (a
 * "Nhóm" column), or the months as columns. Named so that the message can say what to change.
 */
function otherLayout(header: readonly Cell[]): FileProblem[] {
  const groupColumn = header.find(
    (cell) => typeof cell === "string" && GROUP_PER_ROW_HEADERS.has(normaliseHeader(cell)),
  );
  if (groupColumn !== undefined) return [{ code: "groupsAsRows", params: { column: cellText(groupColumn) } }];
  const monthColumn = header.find((cell) => !isEmptyCell(cell) && readMonth(cell) !== null);
  if (monthColumn !== undefined) return [{ code: "monthsAsColumns", params: { column: cellText(monthColumn) } }];
  return [];
}
