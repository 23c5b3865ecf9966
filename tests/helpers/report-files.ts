// Real import files for tests: .xlsx workbooks written with exceljs and CSV text, as File objects
// (what a browser uploads). Headers are written out by the tests themselves, as a person would type
// them, not taken from the code under test.
import ExcelJS from "exceljs";

export type SheetCell = string | number | Date | null;

/** The Vietnamese headers of the template for groups "1" … `groupCount`. */
export function vietnameseHeader(groupCount: number): string[] {
  const groups = Array.from({ length: groupCount }, (_, index) => index + 1).flatMap((n) => [
    `Nhóm ${n} – Có thẻ`,
    `Nhóm ${n} – Thuộc diện`,
    `Nhóm ${n} – Tham gia mới`,
    `Nhóm ${n} – Tái tục`,
  ]);
  return [
    "Mã đơn vị",
    "Tên đơn vị",
    "Tháng",
    "Dân số",
    "BHXH tự nguyện: tham gia",
    "BHXH tự nguyện: được giao",
    ...groups,
  ];
}

export async function xlsxBytes(
  header: string[],
  rows: SheetCell[][],
  { sheetName = "Số liệu", titleRows = [] as string[] } = {},
) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const title of titleRows) sheet.addRow([title]);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function xlsxFile(
  name: string,
  header: string[],
  rows: SheetCell[][],
  options?: Parameters<typeof xlsxBytes>[2],
): Promise<File> {
  return new File([await xlsxBytes(header, rows, options)], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

/** CSV text with the given delimiter; cells holding the delimiter or quotes are quoted. */
export function csvText(header: string[], rows: SheetCell[][], delimiter = ","): string {
  const cell = (value: SheetCell) => {
    const text = value === null ? "" : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    return text.includes(delimiter) || text.includes('"') ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(cell).join(delimiter)).join("\r\n") + "\r\n";
}

export function csvFile(name: string, text: string, { bom = false } = {}): File {
  return new File([(bom ? "\uFEFF" : "") + text], name, { type: "text/csv" });
}
