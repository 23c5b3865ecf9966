// Cell values of a report file as the reader hands them on (text, number, date, empty, or a formula
// whose result the file does not store), and the month and unit code read from them.
import { dateToMonth, isMonth, type Month } from "@/lib/period";
import { UncalculatedFormula } from "@/lib/table-files/read-xlsx-sheet";

export type Cell = string | number | Date | boolean | UncalculatedFormula | null;

/** A cell is empty when it holds nothing or only spaces. */
export function isEmptyCell(cell: Cell): boolean {
  return cell === null || (typeof cell === "string" && cell.trim() === "");
}

/** The cell as the person typed it, for messages. */
export function cellText(cell: Cell): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (cell instanceof UncalculatedFormula) return `=${cell.formula || "…"}`;
  return cell === null ? "" : String(cell).trim();
}

// Excel's serial day numbers: day 25569 is 1 January 1970; 73051 is 1 January 2100.
const EXCEL_EPOCH_SERIAL = 25_569;
const EXCEL_SERIAL_MAX = 73_051;
const DAY_MS = 86_400_000;

function month(year: number, mon: number): Month | null {
  if (mon < 1 || mon > 12 || year < 1900 || year > 2999) return null;
  const text = `${year}-${String(mon).padStart(2, "0")}`;
  return isMonth(text) ? text : null;
}

/**
 * The month of a row: "2023-09", "2023-9", "9/2023", "09/2023", "tháng 9/2023", "T9/2023", a full
 * date ("2023-09-30", "30/09/2023"), an Excel date cell, or an Excel serial day number (a date
 * cell whose format was lost). Null when it is none of these.
 */
export function readMonth(cell: Cell): Month | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : dateToMonth(cell);
  if (typeof cell === "number") {
    if (!Number.isInteger(cell) || cell < EXCEL_EPOCH_SERIAL || cell > EXCEL_SERIAL_MAX) return null;
    return dateToMonth(new Date((cell - EXCEL_EPOCH_SERIAL) * DAY_MS));
  }
  if (typeof cell !== "string") return null;
  const text = cell.trim().toLowerCase().replace(/\s+/g, " ");
  let match = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?$/.exec(text);
  if (match) return month(Number(match[1]), Number(match[2]));
  match = /^(?:(?:tháng|thang|th|t)\s?)?(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match) return month(Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match) return month(Number(match[3]), Number(match[2]));
  return null;
}

/** The unit code of a row as text ("07765"); a number (Excel drops leading zeros) becomes its digits. */
export function readUnitCode(cell: Cell): string | null {
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 0 ? String(cell) : null;
  if (typeof cell !== "string" || cell.trim() === "") return null;
  return cell.trim();
}

/** GSO commune codes have five digits: the code with the leading zeros a spreadsheet may have dropped. */
export function withLeadingZeros(code: string): string {
  return /^\d{1,4}$/.test(code) ? code.padStart(5, "0") : code;
}
