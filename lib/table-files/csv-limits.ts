// The table limits for CSV files, as a csv-parse `on_record` hook (parsing with `info: true`): each
// record is checked as soon as it is parsed, so a file is refused at its first line beyond the
// limits, naming its first filled field beyond them. Trailing empty fields (a spreadsheet saving its
// whole used width) are dropped and not counted; the time budget is checked on every record.
import type { Options } from "csv-parse/sync";

import { checkCellPosition, startDeadline, type TableLimits } from "./limits";

type CsvRecord = { record: string[]; info: { lines: number } };

export function limitCsvRecords(limits: TableLimits): NonNullable<Options["on_record"]> {
  const deadline = startDeadline(limits);
  const hook = ({ record, info }: CsvRecord): CsvRecord => {
    deadline.check();
    let width = record.length;
    while (width > 0 && record[width - 1]!.trim() === "") width--;
    if (width > 0) {
      // The first filled field beyond the limit, if any, is the one to name.
      const column =
        width > limits.maxColumns
          ? record.findIndex((field, index) => index >= limits.maxColumns && field.trim() !== "") + 1
          : width;
      checkCellPosition(limits, column, info.lines);
    }
    return { record: width === record.length ? record : record.slice(0, width), info };
  };
  // With `info: true`, csv-parse hands the hook { record, info } and keeps what it returns; its
  // types model only plain records.
  return hook as unknown as NonNullable<Options["on_record"]>;
}
