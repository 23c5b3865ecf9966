// Reads a report file, Excel (.xlsx, with exceljs) or CSV (with csv-parse), into rows of cells keyed
// by column. The header row is found among the first rows of the data sheet; its columns are
// recognised by columns.ts. Problems with the file as a whole (not a spreadsheet, no header, a
// column missing or twice) are returned as codes, all of them, and then no row is read.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { type Cell, isEmptyCell } from "./cells";
import { type ColumnKey, columnForHeader, columnLetter } from "./columns";

/** Largest file accepted (the upload limit in next.config.ts is a little higher). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** Most rows one import may carry. */
export const MAX_FILE_ROWS = 20_000;
/** The sheet of the app's own workbooks that holds the rows; other workbooks use their first sheet. */
export const DATA_SHEET_NAME = "Số liệu";
/** How far down the header row may be (a title above it is allowed). */
const HEADER_SEARCH_ROWS = 10;
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
  | "noRows"
  | "tooManyRows";

export type FileProblem = { code: FileProblemCode; params?: Record<string, string | number> };

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
  const grid = kind === "xlsx" ? await readWorkbook(bytes) : readCsv(bytes);
  if ("code" in grid) return { ok: false, problems: [grid] };
  return locateColumns(grid);
}

async function readWorkbook(bytes: Uint8Array): Promise<Grid | FileProblem> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { code: "unreadable" };
  }
  const sheet = workbook.getWorksheet(DATA_SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) return { code: "unreadable" };
  const grid: Grid = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellOf(row.getCell(column).value));
    grid.push({ row: rowNumber, cells });
  });
  return grid;
}

/** An exceljs cell value as plain text, number, date or empty (formulas give their last result). */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return value.text;
  if ("error" in value) return value.error;
  if ("result" in value) return value.result === undefined ? null : cellOf(value.result);
  return null;
}

function readCsv(bytes: Uint8Array): Grid | FileProblem {
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
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ row: info.lines, cells: record.map((value) => (value.trim() === "" ? null : value)) }));
  } catch {
    return { code: "unreadable" };
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
  if (headerIndex < 0) return { ok: false, problems: [{ code: "noHeader", params: { rows: HEADER_SEARCH_ROWS } }] };

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
    if (twin) problems.push({ code: "duplicateColumn", params: { column: header, letters: `${twin.letter}, ${letter}` } });
    else columns.push({ key, letter, header, index });
  });
  for (const key of REQUIRED_COLUMNS) {
    if (!columns.some((column) => column.key === key)) problems.push({ code: "missingColumn", params: { column: key } });
  }

  const rows: FileRow[] = [];
  for (const { row, cells } of grid.slice(headerIndex + 1)) {
    if (cells.every(isEmptyCell)) continue;
    rows.push({ row, cells: Object.fromEntries(columns.map((column) => [column.key, cells[column.index] ?? null])) });
  }
  if (rows.length === 0) problems.push({ code: "noRows" });
  if (rows.length > MAX_FILE_ROWS) problems.push({ code: "tooManyRows", params: { count: rows.length, max: MAX_FILE_ROWS } });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, file: { columns: columns.map(({ key, letter, header }) => ({ key, letter, header })), ignoredColumns, rows } };
}
