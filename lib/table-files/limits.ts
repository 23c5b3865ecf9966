// Limits on reading an uploaded table (an .xlsx workbook or a CSV file), shared by the report import
// and the unit imports. They are checked while the file is read, before its cells are built: how
// far the sheet reaches (columns and rows, declared or used) and how long reading may take. The
// archive limits (zip-archive.ts) come first. A file beyond any of them is refused as a whole.
import { columnLetter } from "./cell-address";

export type TableLimits = {
  /** Columns a row may use: a cell further right (even an empty, formatted one) refuses the file. */
  maxColumns: number;
  /** Rows the sheet may reach, by row number (title and header rows included). */
  maxRows: number;
  /** Reading stops, refusing the file, after this many milliseconds. */
  timeBudgetMs: number;
};

/** Why a file was refused before it was read. Params are plain values, worded later (lib/i18n "files"). */
export type LimitProblem =
  | { code: "tooManyParts"; params: { max: number } }
  | { code: "unpackedTooLarge"; params: { maxMb: number; ratio: number } }
  | { code: "columnsBeyondLimit"; params: { cell: string; max: number; lastColumn: string } }
  | { code: "rowsBeyondLimit"; params: { row: number; max: number } }
  | { code: "tooSlow"; params: { seconds: number } };

export type LimitProblemCode = LimitProblem["code"];

const LIMIT_PROBLEM_CODES: readonly string[] = [
  "tooManyParts",
  "unpackedTooLarge",
  "columnsBeyondLimit",
  "rowsBeyondLimit",
  "tooSlow",
] satisfies LimitProblemCode[];

export function isLimitProblem(problem: { code: string }): problem is LimitProblem {
  return LIMIT_PROBLEM_CODES.includes(problem.code);
}

/** Thrown while reading as soon as a limit is passed; the readers turn it into their refusal. */
export class LimitExceeded extends Error {
  constructor(readonly problem: LimitProblem) {
    super(`table file refused: ${problem.code}`);
  }
}

/** Refuses a cell (1-based column and row) outside the limits. */
export function checkCellPosition(limits: TableLimits, column: number, row: number): void {
  if (column > limits.maxColumns) {
    const cell = `${columnLetter(column - 1)}${row}`;
    throw new LimitExceeded({
      code: "columnsBeyondLimit",
      params: { cell, max: limits.maxColumns, lastColumn: columnLetter(limits.maxColumns - 1) },
    });
  }
  if (row > limits.maxRows) throw new LimitExceeded({ code: "rowsBeyondLimit", params: { row, max: limits.maxRows } });
}

/** A clock for the time budget: `check()` throws once the budget is spent. */
export type Deadline = { check(): void };

export function startDeadline(limits: TableLimits, clock: () => number = () => performance.now()): Deadline {
  const end = clock() + limits.timeBudgetMs;
  return {
    check() {
      if (clock() > end)
        throw new LimitExceeded({ code: "tooSlow", params: { seconds: Math.round(limits.timeBudgetMs / 1000) } });
    },
  };
}
