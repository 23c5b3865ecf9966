// Reads one sheet of an .xlsx workbook into rows of cell values, with limits that apply before any
// cell is built: the archive's (zip-archive.ts), the sheet's declared extent (<dimension>), the
// position of every cell element, and a time budget. Only cells holding a value are kept, so a
// row's cells are at most `limits.maxColumns` long whatever the file says; a cell at column XFD
// refuses the file at once instead of making 16,384 cells. Rows without any value are left out.
//
// Values: text (shared, inline or a formula's text result), numbers, booleans, dates (numbers in
// a date style), error values as their text ("#N/A"), and UncalculatedFormula for a formula whose
// file stores no result (written by a program that does not calculate).
import { parseCellAddress } from "./cell-address";
import {
  checkCellPosition,
  LimitExceeded,
  startDeadline,
  type Deadline,
  type LimitProblem,
  type TableLimits,
} from "./limits";
import { readXmlPart } from "./read-xml-part";
import { readDateStyles, readSharedStrings, readWorkbookIndex } from "./xlsx-workbook";
import { openArchive, UnreadableFile, type Archive } from "./zip-archive";

/** A formula cell without a stored result: its value is unknown until a spreadsheet recalculates it. */
export class UncalculatedFormula {
  constructor(readonly formula: string) {}
}

export type XlsxCell = string | number | boolean | Date | UncalculatedFormula | null;

/** A row with at least one value, by its number in the sheet; `cells[0]` is column A. */
export type XlsxRow = { row: number; cells: XlsxCell[] };

export type XlsxReadResult =
  { ok: true; rows: XlsxRow[] } | { ok: false; problem: LimitProblem | { code: "unreadable" } };

export type XlsxReadOptions = {
  limits: TableLimits;
  /** The sheet to read: the first of these names the workbook has; otherwise its first sheet. */
  sheetNames?: readonly string[];
  /** Milliseconds, for the time budget (performance.now by default). */
  clock?: () => number;
};

// Excel's serial day numbers count from 30 December 1899 (day 25,569 is 1 January 1970); 1904-based
// workbooks count 1,462 days later.
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;
const DAY_MS = 86_400_000;

export async function readXlsxSheet(bytes: Uint8Array, options: XlsxReadOptions): Promise<XlsxReadResult> {
  const deadline = startDeadline(options.limits, options.clock);
  try {
    const archive = await openArchive(bytes);
    const index = await readWorkbookIndex(archive, deadline);
    const sheet =
      (options.sheetNames ?? [])
        .map((name) => index.sheets.find((candidate) => candidate.name === name))
        .find((found) => found !== undefined) ?? index.sheets[0];
    if (!sheet) return { ok: false, problem: { code: "unreadable" } };
    const sharedStrings = index.sharedStrings ? await readSharedStrings(archive, index.sharedStrings, deadline) : [];
    const dateStyles = index.styles ? await readDateStyles(archive, index.styles, deadline) : [];
    const toDate = (serial: number) =>
      new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (index.date1904 ? DATE_1904_OFFSET : 0)) * DAY_MS));
    const rows = await readSheetRows(archive, sheet.part, {
      ...options.limits,
      deadline,
      sharedStrings,
      dateStyles,
      toDate,
    });
    return { ok: true, rows };
  } catch (error) {
    if (error instanceof LimitExceeded) return { ok: false, problem: error.problem };
    if (error instanceof UnreadableFile) return { ok: false, problem: { code: "unreadable" } };
    throw error;
  }
}

type SheetContext = TableLimits & {
  deadline: Deadline;
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  toDate(serial: number): Date;
};

/** The cell being read: its position, type and style, and the text of its <v>, <f> and inline string. */
type OpenCell = {
  column: number;
  type: string;
  style: number;
  value: string | null;
  formula: string | null;
  inline: string | null;
};

async function readSheetRows(archive: Archive, part: string, context: SheetContext): Promise<XlsxRow[]> {
  const rows: XlsxRow[] = [];
  let rowNumber = 0;
  let lastColumn = 0;
  // The row's values by column index: sparse until the row ends (no cell beyond maxColumns gets here).
  let values: XlsxCell[] = [];
  let cell: OpenCell | null = null;
  let collecting: "value" | "formula" | "inline" | null = null;
  let inPhonetic = false;

  const collect = (into: NonNullable<typeof collecting>) => {
    if (!cell) return;
    collecting = into;
    cell[into] ??= "";
  };

  await readXmlPart(archive, part, context.deadline, {
    open(name, attributes) {
      switch (name) {
        case "dimension": {
          const last = parseCellAddress((attributes.ref ?? "").split(":").pop() ?? "");
          if (last) checkCellPosition(context, last.column, last.row);
          return;
        }
        case "row":
          rowNumber = attributes.r ? Number(attributes.r) : rowNumber + 1;
          if (!Number.isInteger(rowNumber) || rowNumber < 1) throw new UnreadableFile();
          lastColumn = 0;
          values = [];
          return;
        case "c": {
          const address = attributes.r ? parseCellAddress(attributes.r) : { column: lastColumn + 1, row: rowNumber };
          if (!address || address.row !== rowNumber) throw new UnreadableFile();
          checkCellPosition(context, address.column, address.row);
          lastColumn = address.column;
          cell = {
            column: address.column,
            type: attributes.t ?? "n",
            style: Number(attributes.s ?? 0),
            value: null,
            formula: null,
            inline: null,
          };
          return;
        }
        case "v":
          return collect("value");
        case "f":
          return collect("formula");
        case "rPh":
          inPhonetic = true;
          return;
        case "t":
          if (!inPhonetic) collect("inline");
          return;
      }
    },
    text(text) {
      if (cell && collecting) cell[collecting] = (cell[collecting] ?? "") + text;
    },
    close(name) {
      if (name === "v" || name === "f" || name === "t") collecting = null;
      else if (name === "rPh") inPhonetic = false;
      else if (name === "c" && cell) {
        const value = cellValue(cell, context);
        if (value !== null) values[cell.column - 1] = value;
        cell = null;
      } else if (name === "row") {
        if (values.length > 0) rows.push({ row: rowNumber, cells: Array.from(values, (value) => value ?? null) });
        values = [];
      }
    },
  });
  return rows;
}

function cellValue(cell: OpenCell, context: SheetContext): XlsxCell {
  if (cell.formula !== null && cell.value === null) return new UncalculatedFormula(cell.formula);
  const text = cell.value;
  switch (cell.type) {
    case "inlineStr":
      return cell.inline;
    case "s": {
      if (text === null || text.trim() === "") return null;
      return context.sharedStrings[Number(text)] ?? null;
    }
    case "str":
    case "e":
      return text;
    case "b":
      return text === null ? null : text.trim() === "1" || text.trim().toLowerCase() === "true";
    case "d": {
      if (text === null) return null;
      const date = new Date(text);
      return Number.isNaN(date.getTime()) ? text : date;
    }
    default: {
      if (text === null || text.trim() === "") return null;
      const number = Number(text);
      if (!Number.isFinite(number)) return text;
      return context.dateStyles[cell.style] ? context.toDate(number) : number;
    }
  }
}
