// Minimal CSV reading and writing for the unit lists. The GSO-derived files contain no quotes and no
// commas inside fields, so a line is split on commas; a quote anywhere is rejected rather than
// misread, so a future file that needs real CSV quoting fails loudly instead of shifting columns.
import { readFileSync, writeFileSync } from "node:fs";

export type CsvRow<Column extends string> = Record<Column, string>;

export function readCsv<Column extends string>(file: string, columns: readonly Column[]): CsvRow<Column>[] {
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line !== "");
  const [header, ...body] = lines;
  if (header !== columns.join(",")) {
    throw new Error(`${file}: expected header "${columns.join(",")}", found "${header ?? ""}"`);
  }
  return body.map((line, index) => {
    const fields = line.split(",");
    if (line.includes('"') || fields.length !== columns.length) {
      throw new Error(`${file}:${index + 2}: expected ${columns.length} unquoted fields`);
    }
    return Object.fromEntries(columns.map((column, i) => [column, fields[i]])) as CsvRow<Column>;
  });
}

export function writeCsv<Column extends string>(
  file: string,
  columns: readonly Column[],
  rows: CsvRow<Column>[],
): void {
  const lines = rows.map((row) => {
    const fields = columns.map((column) => row[column]);
    if (fields.some((field) => field.includes(",") || field.includes('"'))) {
      throw new Error(`${file}: a field needs quoting, which this writer does not support`);
    }
    return fields.join(",");
  });
  writeFileSync(file, [columns.join(","), ...lines].join("\n") + "\n");
}
