// A workbook of tables as a page shows them (exceljs): per sheet a title, lines saying what the
// figures are, then a header row and one row per line of the table. Numbers stay numbers: counts
// with a thousands separator, rates as fractions formatted as percentages and points with a sign,
// so the spreadsheet shows them in its own locale's format; a missing figure is an empty cell, never 0.
import ExcelJS from "exceljs";

import { now } from "@/lib/clock";

export type CellFormat = "text" | "count" | "signedCount" | "rate" | "points";
export type TableColumn = { header: string; width: number; format?: CellFormat };
export type TableSheet = {
  name: string;
  title: string;
  notes: readonly string[];
  columns: readonly TableColumn[];
  rows: readonly (string | number | null)[][];
};

const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  text: undefined,
  count: "#,##0",
  signedCount: "+#,##0;-#,##0;0",
  rate: "0.00%",
  points: "+0.00;-0.00;0.00",
};
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9EAFF" } };
const INFO_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF475569" } };

/** Excel's limit on sheet names: 31 characters, none of []:*?/\ */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
}

export async function buildTableWorkbook(creator: string, sheets: readonly TableSheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  workbook.created = now();
  for (const table of sheets) {
    const sheet = workbook.addWorksheet(sheetName(table.name));
    table.columns.forEach((column, index) => {
      const sheetColumn = sheet.getColumn(index + 1);
      sheetColumn.width = column.width;
      const format = NUMBER_FORMATS[column.format ?? "text"];
      if (format) sheetColumn.numFmt = format;
    });
    sheet.addRow([table.title]).font = { bold: true, size: 13 };
    for (const note of table.notes) sheet.addRow([note]).font = INFO_FONT;
    sheet.addRow([]);
    const header = sheet.addRow(table.columns.map((column) => column.header));
    header.font = { bold: true };
    header.alignment = { vertical: "middle", wrapText: true };
    header.eachCell((cell) => {
      cell.fill = HEADER_FILL;
    });
    sheet.views = [{ state: "frozen", xSplit: 1, ySplit: header.number }];
    for (const row of table.rows) sheet.addRow(row);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
