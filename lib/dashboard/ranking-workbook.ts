// Writes the ranking of child units as it is shown (exceljs): a title, what the figures are and
// how they were sorted and filtered, then one row per unit in the order shown. Numbers stay numbers
// (rates as fractions formatted as percentages, so the spreadsheet shows them in its own locale's
// format); a unit that has not reported has no rank and empty figures, never zeros. In the reader's
// language, like the page it comes from.
import ExcelJS from "exceljs";

import { now } from "@/lib/clock";
import type { Comparison } from "@/lib/coverage/comparison";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { reportedShare, type Ranked } from "@/lib/coverage/ranking";
import { basisPointsToRate } from "@/lib/coverage/rates";
import { formatCount } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { ChildRankingRow } from "@/lib/queries/get-child-ranking";

export type RankingWorkbook = {
  /** Title and explanation lines above the table. */
  title: string;
  notes: readonly string[];
  groups: readonly { code: string }[];
  shown: readonly Ranked<ChildRankingRow>[];
  basis: CountingBasis;
  locale: Locale;
  t: Messages;
};

const COUNT_FORMAT = "#,##0";
const RATE_FORMAT = "0.00%";
const POINTS_FORMAT = "+0.00;-0.00;0.00";
const SIGNED_COUNT_FORMAT = "+#,##0;-#,##0;0";
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9EAFF" } };
const INFO_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF475569" } };

type Value = string | number | null;
type Column = { header: string; width: number; format?: string; value: (entry: Ranked<ChildRankingRow>) => Value };

/** A change against an earlier month, or null when there was nothing to compare with (an empty cell, never 0). */
const changed = (comparison: Comparison) => (comparison.kind === "change" ? comparison : null);

function columns({ groups, basis, locale, t }: RankingWorkbook): Column[] {
  const r = t.ranking;
  /** A figure of a unit that reported; empty for one that has not. */
  const figure = (value: (row: ChildRankingRow) => number | null) => (entry: Ranked<ChildRankingRow>) =>
    entry.rank === null ? null : value(entry.row);
  return [
    { header: r.rank, width: 7, value: (entry) => entry.rank },
    { header: r.code, width: 9, format: "@", value: (entry) => entry.row.code },
    { header: r.unit, width: 30, value: (entry) => entry.row.name },
    { header: r.population, width: 13, format: COUNT_FORMAT, value: figure((row) => row.population) },
    { header: r.insured, width: 13, format: COUNT_FORMAT, value: figure((row) => row.insured) },
    { header: r.rate, width: 12, format: RATE_FORMAT, value: figure((row) => row.rate) },
    {
      header: r.target,
      width: 10,
      format: RATE_FORMAT,
      value: figure((row) => (row.targetBp === null ? null : basisPointsToRate(row.targetBp))),
    },
    { header: r.points, width: 12, format: POINTS_FORMAT, value: figure((row) => row.points) },
    { header: r.gap, width: 13, format: COUNT_FORMAT, value: figure((row) => row.gap) },
    { header: r.uninsured, width: 13, format: COUNT_FORMAT, value: figure((row) => row.uninsured) },
    {
      header: fill(r.file.changePoints, { since: r.change }),
      width: 14,
      format: POINTS_FORMAT,
      value: figure((row) => changed(row.sinceLastMonth)?.points ?? null),
    },
    {
      header: fill(r.file.changePeople, { since: r.change }),
      width: 14,
      format: SIGNED_COUNT_FORMAT,
      value: figure((row) => changed(row.sinceLastMonth)?.people ?? null),
    },
    {
      header: fill(r.file.changePoints, { since: r.changeYear }),
      width: 14,
      format: POINTS_FORMAT,
      value: figure((row) => changed(row.sinceLastYear)?.points ?? null),
    },
    {
      header: fill(r.file.changePeople, { since: r.changeYear }),
      width: 14,
      format: SIGNED_COUNT_FORMAT,
      value: figure((row) => changed(row.sinceLastYear)?.people ?? null),
    },
    { header: r.reportingUnits[basis], width: 9, format: COUNT_FORMAT, value: (entry) => entry.row.reportingUnits },
    { header: r.baseUnits, width: 10, format: COUNT_FORMAT, value: (entry) => entry.row.baseUnits },
    {
      header: r.status,
      width: 16,
      value: (entry) => (entry.rank === null ? r.notReported[basis] : t.status[entry.row.status]),
    },
    {
      header: r.note,
      width: 30,
      value: ({ row, rank }) => {
        if (rank === null) return null;
        const notes = [
          ...(reportedShare(row) === "some"
            ? [`${r.provisional} (${formatCount(row.reportingUnits, locale)}/${formatCount(row.baseUnits, locale)})`]
            : []),
          ...(row.rate !== null && row.rate > 1 ? [r.file.overHundred] : []),
        ];
        return notes.length > 0 ? notes.join("; ") : null;
      },
    },
    ...groups.map((group): Column => ({
      header: fill(r.groupRateLong, { code: group.code }),
      width: 12,
      format: RATE_FORMAT,
      value: figure((row) => row.groupRates[group.code] ?? null),
    })),
  ];
}

export async function buildRankingWorkbook(book: RankingWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = book.t.app.title;
  workbook.created = now();
  const sheet = workbook.addWorksheet(book.t.ranking.file.sheet);
  const layout = columns(book);
  layout.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.width;
    if (column.format) sheetColumn.numFmt = column.format;
  });
  sheet.addRow([book.title]).font = { bold: true, size: 13 };
  for (const note of book.notes) sheet.addRow([note]).font = INFO_FONT;
  sheet.addRow([]);
  const header = sheet.addRow(layout.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.height = 45;
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  sheet.views = [{ state: "frozen", xSplit: 3, ySplit: header.number }];
  for (const entry of book.shown) sheet.addRow(layout.map((column) => column.value(entry)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
