// Reads an uploaded table (the first sheet of an .xlsx workbook, or a CSV file in UTF-8 with a comma,
// semicolon or tab delimiter) into rows of text cells, each with the row number a person sees in
// Excel or a text editor, so that errors can name it. Which row is the header is decided later by
// the layout of the list being imported (GSO exports put title rows above it).
import { type Info, parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

export type TableCell = {
  text: string;
  /** The cell held a number in the workbook (Excel drops the leading zeros of such codes). */
  numeric: boolean;
};

export type TableRow = { rowNumber: number; cells: TableCell[] };

export type TableFileProblem = "empty" | "legacyExcel" | "notUtf8" | "unreadable";

export type TableReadResult = { ok: true; rows: TableRow[] } | { ok: false; problem: TableFileProblem };

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const LEGACY_EXCEL_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

export async function readTableFile(bytes: Uint8Array): Promise<TableReadResult> {
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  if (startsWith(bytes, LEGACY_EXCEL_SIGNATURE)) return { ok: false, problem: "legacyExcel" };
  try {
    const rows = startsWith(bytes, ZIP_SIGNATURE) ? await readWorkbook(bytes) : readCsv(bytes);
    if (rows === null) return { ok: false, problem: "notUtf8" };
    return rows.length === 0 ? { ok: false, problem: "empty" } : { ok: true, rows };
  } catch {
    return { ok: false, problem: "unreadable" };
  }
}

function cleanText(value: string): string {
  return value.normalize("NFC").replace(/\s+/g, " ").trim();
}

function readCsv(bytes: Uint8Array): TableRow[] | null {
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
  }) as unknown as { record: string[]; info: Info }[];
  return records
    .map(({ record, info }) => ({
      rowNumber: info.lines,
      cells: record.map((value) => ({ text: cleanText(value), numeric: false })),
    }))
    .filter((row) => row.cells.some((cell) => cell.text !== ""));
}

/** The delimiter used most in the first line: Excel in a Vietnamese locale saves CSV with ";". */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
  const counts = [",", ";", "\t"].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
  return counts.reduce((best, candidate) => (candidate.count > best.count ? candidate : best)).delimiter;
}

async function readWorkbook(bytes: Uint8Array): Promise<TableRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: TableCell[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellOf(row.getCell(column)));
    if (cells.some((cell) => cell.text !== "")) rows.push({ rowNumber, cells });
  });
  return rows;
}

function cellOf(cell: ExcelJS.Cell): TableCell {
  const value = cell.value;
  if (typeof value === "number") return { text: String(value), numeric: true };
  if (value !== null && typeof value === "object" && "result" in value && typeof value.result === "number") {
    return { text: String(value.result), numeric: true };
  }
  return { text: cleanText(cell.text ?? ""), numeric: false };
}
