// The months of an import file, checked before anything is looked up in the database: a row's month
// must be written as a month, not be after the latest month open for entry (../report-month.ts) nor
// before EARLIEST_IMPORT_MONTH, and a file carries at most MAX_IMPORT_MONTHS different months (each
// month's scope and reports are looked up, so a file of thousands of months is refused before any
// of that).
import type { Month } from "@/lib/period";

import { cellText, isEmptyCell, readMonth, type Cell } from "../file/cells";

/** The first month the system takes figures for (the demo's figures start there too). */
export const EARLIEST_IMPORT_MONTH: Month = "2018-01";
/** Different months one file may carry: two years of a commune's reports. */
export const MAX_IMPORT_MONTHS = 24;

export type RowMonth =
  | { ok: true; month: Month }
  | {
      ok: false;
      code: "missingMonth" | "badMonth" | "monthNotOpen" | "monthTooEarly";
      params?: Record<string, string>;
    };

export function readRowMonth(cell: Cell, lastOpenMonth: Month): RowMonth {
  if (isEmptyCell(cell)) return { ok: false, code: "missingMonth" };
  const month = readMonth(cell);
  if (!month) return { ok: false, code: "badMonth", params: { value: cellText(cell) } };
  if (month > lastOpenMonth) return { ok: false, code: "monthNotOpen", params: { month, latest: lastOpenMonth } };
  if (month < EARLIEST_IMPORT_MONTH)
    return { ok: false, code: "monthTooEarly", params: { month, earliest: EARLIEST_IMPORT_MONTH } };
  return { ok: true, month };
}
