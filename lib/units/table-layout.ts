// Finds the header row of an imported table and where each field is. Headers are compared without
// case, accents, spaces or punctuation, so "Mã TP", "MA_TP" and "mã tp" are the same column, and a
// field may go by several names (the GSO export's and the reference CSV files').
import { foldDiacritics } from "@/lib/text/fold";

import type { TableCell, TableRow } from "./read-table-file";

export type FieldAliases<Field extends string> = Record<Field, readonly string[]>;

export type TableColumns<Field extends string> = {
  /** Index of the header row in the rows read. */
  headerIndex: number;
  /** Column index of each field found. */
  index: Partial<Record<Field, number>>;
  /** The header of each field as written in the file, to name columns in error messages. */
  label: Partial<Record<Field, string>>;
};

/** How many rows from the top may hold titles before the header. */
const HEADER_SEARCH_ROWS = 20;

export function normaliseHeader(text: string): string {
  return foldDiacritics(text).replace(/[^a-z0-9]/g, "");
}

/**
 * The first row (among the top ones) that has every required field; null when none has. Optional
 * fields are looked up in that row too.
 */
export function findColumns<Field extends string>(
  rows: readonly TableRow[],
  aliases: FieldAliases<Field>,
  required: readonly Field[],
): TableColumns<Field> | null {
  const fields = Object.keys(aliases) as Field[];
  for (let headerIndex = 0; headerIndex < Math.min(rows.length, HEADER_SEARCH_ROWS); headerIndex++) {
    const headers = rows[headerIndex]!.cells.map((cell) => normaliseHeader(cell.text));
    const index: Partial<Record<Field, number>> = {};
    const label: Partial<Record<Field, string>> = {};
    for (const field of fields) {
      const names = aliases[field].map(normaliseHeader);
      const column = headers.findIndex((header) => names.includes(header));
      if (column !== -1) {
        index[field] = column;
        label[field] = rows[headerIndex]!.cells[column]!.text;
      }
    }
    if (required.every((field) => index[field] !== undefined)) return { headerIndex, index, label };
  }
  return null;
}

const EMPTY_CELL: TableCell = { text: "", numeric: false };

/** The cell of `field` in `row`, empty when the field has no column or the row is short. */
export function cellOf<Field extends string>(row: TableRow, columns: TableColumns<Field>, field: Field): TableCell {
  const column = columns.index[field];
  return column === undefined ? EMPTY_CELL : (row.cells[column] ?? EMPTY_CELL);
}

/**
 * A GSO code from a cell: digits only. A number cell of a workbook lost its leading zeros, so it is
 * padded back to the expected width; a text cell must already have it. Null when not a valid code.
 */
export function codeOf(cell: TableCell, digits: number): string | null {
  const text = cell.numeric && /^\d+$/.test(cell.text) ? cell.text.padStart(digits, "0") : cell.text;
  return new RegExp(`^\\d{${digits}}$`).test(text) ? text : null;
}
