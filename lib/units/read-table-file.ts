// Reads an uploaded table (the first sheet of an .xlsx workbook, or a CSV file in UTF-8 with a comma,
// semicolon or tab delimiter) into rows of text cells, each with the row number a person sees in
// Excel or a text editor, so that errors can name it, within the limits of lib/table-files (a file
// beyond them is refused before its cells are built). Which row is the header is decided later by
// the layout of the list being imported (GSO exports put title rows above it).
import { parse } from "csv-parse/sync";

import { limitCsvRecords } from "@/lib/table-files/csv-limits";
import { LimitExceeded, type LimitProblem, type TableLimits } from "@/lib/table-files/limits";
import { readXlsxSheet, UncalculatedFormula, type XlsxCell } from "@/lib/table-files/read-xlsx-sheet";

export type TableCell = {
  text: string;
  /** The cell held a number in the workbook (Excel drops the leading zeros of such codes). */
  numeric: boolean;
};

export type TableRow = { rowNumber: number; cells: TableCell[] };

export type TableFileProblem = "empty" | "legacyExcel" | "notUtf8" | "unreadable";

export type TableReadResult = { ok: true; rows: TableRow[] } | { ok: false; problem: TableFileProblem | LimitProblem };

/**
 * What a unit list or succession table may reach: GSO's list has 8 columns; the national lists have
 * about 10,000 communes (before July 2025) and 10,604 succession pairs; 10 s to read.
 */
export const TABLE_FILE_LIMITS: TableLimits = { maxColumns: 32, maxRows: 30_000, timeBudgetMs: 10_000 };

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const LEGACY_EXCEL_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

export async function readTableFile(bytes: Uint8Array): Promise<TableReadResult> {
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  if (startsWith(bytes, LEGACY_EXCEL_SIGNATURE)) return { ok: false, problem: "legacyExcel" };
  if (startsWith(bytes, ZIP_SIGNATURE)) {
    const read = await readXlsxSheet(bytes, { limits: TABLE_FILE_LIMITS });
    if (!read.ok) return { ok: false, problem: read.problem.code === "unreadable" ? "unreadable" : read.problem };
    const rows = read.rows.map(({ row, cells }) => ({ rowNumber: row, cells: cells.map(tableCell) })).filter(hasText);
    return rows.length === 0 ? { ok: false, problem: "empty" } : { ok: true, rows };
  }
  try {
    const rows = readCsv(bytes, TABLE_FILE_LIMITS);
    if (rows === null) return { ok: false, problem: "notUtf8" };
    return rows.length === 0 ? { ok: false, problem: "empty" } : { ok: true, rows };
  } catch (error) {
    return { ok: false, problem: error instanceof LimitExceeded ? error.problem : "unreadable" };
  }
}

function hasText(row: TableRow): boolean {
  return row.cells.some((cell) => cell.text !== "");
}

function cleanText(value: string): string {
  return value.normalize("NFC").replace(/\s+/g, " ").trim();
}

function readCsv(bytes: Uint8Array, limits: TableLimits): TableRow[] | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // With `info`, each record comes with the line it started on (csv-parse's types do not model it).
  const records = parse(text, {
    bom: true,
    delimiter: detectDelimiter(text),
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    on_record: limitCsvRecords(limits),
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return records
    .map(({ record, info }) => ({
      rowNumber: info.lines,
      cells: record.map((value) => ({ text: cleanText(value), numeric: false })),
    }))
    .filter(hasText);
}

/** The delimiter used most in the first line: Excel in a Vietnamese locale saves CSV with ";". */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
  const counts = [",", ";", "\t"].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
  return counts.reduce((best, candidate) => (candidate.count > best.count ? candidate : best)).delimiter;
}

/** A workbook cell as text; a formula without a stored result has none. */
function tableCell(value: XlsxCell): TableCell {
  if (typeof value === "number") return { text: String(value), numeric: true };
  if (value === null || value instanceof UncalculatedFormula) return { text: "", numeric: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), numeric: false };
  return { text: cleanText(String(value)), numeric: false };
}
