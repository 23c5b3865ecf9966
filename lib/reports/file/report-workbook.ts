// Writes the app's report workbooks (exceljs): the import template and the export. The first sheet,
// "Số liệu", has the import layout (columns.ts), so that an export or a filled-in template can be
// imported as it is; the other sheets (last month for reference, the monthly summary, instructions)
// are for reading. Files are in Vietnamese, the language of the reports they carry.
import ExcelJS from "exceljs";

import { now } from "@/lib/clock";
import { notYetInsured } from "@/lib/coverage/not-yet-insured";
import { attainment, coverageRate } from "@/lib/coverage/rates";
import { formatMonth } from "@/lib/format";
import { MESSAGES } from "@/lib/i18n/messages";
import type { ReportRow } from "@/lib/queries/get-report-rows";
import { GROUP_FIELDS, UNIT_FIELDS, type ReportField } from "@/lib/validation/report-values";

import type { MonthTotals } from "../export/summarise-months";
import { columnHeader, fileColumns, groupCodeOf, type ColumnKey } from "./columns";
import { DATA_SHEET_NAME, MAX_FILE_BYTES, MAX_FILE_ROWS } from "./read-report-file";

export type WorkbookGroup = { code: string; name: string };

export type ReportWorkbook = {
  groups: WorkbookGroup[];
  rows: readonly ReportRow[];
  /** Another month's rows, on a sheet for reference (the template's last month). */
  reference?: { sheetName: string; rows: readonly ReportRow[] };
  summary?: { title: string; totals: readonly MonthTotals[] };
  instructions?: boolean;
};

/** Statuses as the files write them (in Vietnamese, whatever the reader's language). */
const STATUS_LABELS = MESSAGES.vi.reports.export.statuses;
/** Columns that only inform: greyed out. */
const INFO_COLUMNS: readonly ColumnKey[] = ["unitName", "status"];

const COUNT_FORMAT = "#,##0";
const RATE_FORMAT = "0.00%";
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9EAFF" } };
const INFO_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF64748B" } };

function width(column: ColumnKey): number {
  if (column === "unitName") return 30;
  if (column === "unitCode" || column === "month") return 11;
  if (column === "status") return 14;
  return groupCodeOf(column) ? 13 : 15;
}

function fieldValue(row: ReportRow, column: ReportField): number | null {
  if (!row.values) return null;
  if ((UNIT_FIELDS as readonly string[]).includes(column)) return row.values[column as (typeof UNIT_FIELDS)[number]];
  const [, code, field] = /^g([^.]+)\.(\w+)$/.exec(column) as unknown as [
    string,
    string,
    (typeof GROUP_FIELDS)[number],
  ];
  return row.values.groups[code]?.[field] ?? null;
}

function cellValue(row: ReportRow, column: ColumnKey): string | number | null {
  switch (column) {
    case "unitCode":
      return row.code;
    case "unitName":
      return row.name;
    case "month":
      return row.month;
    case "status":
      return STATUS_LABELS[row.status ?? "missing"];
    default:
      return fieldValue(row, column);
  }
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: "middle", wrapText: true };
  row.height = 45;
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
}

function addRowsSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  groups: readonly WorkbookGroup[],
  rows: readonly ReportRow[],
): void {
  const columns = fileColumns(
    groups.map((group) => group.code),
    { status: true },
  );
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 3, ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    key: column,
    width: width(column),
    // Codes and months stay text: a spreadsheet must not drop a code's leading zero or turn 2025-06 into a date.
    style:
      column === "unitCode" || column === "month"
        ? { numFmt: "@" }
        : INFO_COLUMNS.includes(column)
          ? { font: INFO_FONT }
          : { numFmt: COUNT_FORMAT },
  }));
  styleHeader(sheet.addRow(columns.map(columnHeader)));
  for (const row of rows) sheet.addRow(columns.map((column) => cellValue(row, column)));
}

function addSummarySheet(
  workbook: ExcelJS.Workbook,
  groups: readonly WorkbookGroup[],
  summary: NonNullable<ReportWorkbook["summary"]>,
): void {
  const sheet = workbook.addWorksheet("Tổng hợp", { views: [{ state: "frozen", xSplit: 1, ySplit: 3 }] });
  sheet.addRow([summary.title]).font = { bold: true, size: 13 };
  sheet.addRow([
    "Tỷ lệ bao phủ = tổng số người có thẻ ÷ tổng dân số (nhóm: ÷ tổng số thuộc diện) của các đơn vị đã báo cáo; BHXH tự nguyện: đạt % chỉ tiêu giao = số tham gia ÷ số được giao. Chưa có thẻ BHYT = dân số − số người có thẻ (nhóm: số thuộc diện − số có thẻ), tính trên tổng của các đơn vị đã báo cáo; bằng 0 khi số có thẻ vượt dân số (tỷ lệ trên 100%: kiểm tra dân số).",
  ]).font = INFO_FONT;
  type SummaryColumn = {
    header: string;
    value: (totals: MonthTotals) => number | string | null;
    rate?: boolean;
    width?: number;
  };
  const columns: SummaryColumn[] = [
    { header: "Tháng", value: (totals) => formatMonth(totals.month, "vi"), width: 14 },
    { header: "Đơn vị cơ sở", value: (totals) => totals.baseUnits },
    { header: "Đã báo cáo", value: (totals) => totals.reporting },
    { header: "Dân số", value: (totals) => totals.population },
    { header: "Có thẻ BHYT", value: (totals) => totals.insured },
    { header: "Tỷ lệ bao phủ", value: (totals) => coverageRate(totals.insured, totals.population), rate: true },
    { header: "Chưa có thẻ BHYT", value: (totals) => notYetInsured(totals.insured, totals.population) },
    { header: "Tham gia mới", value: (totals) => totals.newlyEnrolled },
    { header: "Tái tục", value: (totals) => totals.renewed },
    ...groups.flatMap((group): SummaryColumn[] => [
      { header: `Nhóm ${group.code} – Có thẻ`, value: (totals) => totals.groups[group.code]?.insured ?? 0 },
      { header: `Nhóm ${group.code} – Thuộc diện`, value: (totals) => totals.groups[group.code]?.eligible ?? 0 },
      {
        header: `Nhóm ${group.code} – Tỷ lệ bao phủ`,
        value: (totals) =>
          coverageRate(totals.groups[group.code]?.insured ?? 0, totals.groups[group.code]?.eligible ?? 0),
        rate: true,
      },
      {
        header: `Nhóm ${group.code} – Chưa có thẻ`,
        value: (totals) =>
          notYetInsured(totals.groups[group.code]?.insured ?? 0, totals.groups[group.code]?.eligible ?? 0),
      },
    ]),
    { header: "BHXH tự nguyện: tham gia", value: (totals) => totals.voluntarySocialInsured },
    { header: "BHXH tự nguyện: được giao", value: (totals) => totals.voluntarySocialAssigned },
    {
      header: "BHXH tự nguyện: đạt % chỉ tiêu giao",
      value: (totals) => attainment(totals.voluntarySocialInsured, totals.voluntarySocialAssigned),
      rate: true,
    },
  ];
  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.width ?? 13;
    sheetColumn.numFmt = column.rate ? RATE_FORMAT : COUNT_FORMAT;
  });
  styleHeader(sheet.addRow(columns.map((column) => column.header)));
  for (const totals of summary.totals) sheet.addRow(columns.map((column) => column.value(totals)));
}

function addInstructionsSheet(
  workbook: ExcelJS.Workbook,
  groups: readonly WorkbookGroup[],
  hasReference: boolean,
): void {
  const sheet = workbook.addWorksheet("Hướng dẫn");
  sheet.getColumn(1).width = 110;
  sheet.getColumn(1).alignment = { wrapText: true, vertical: "top" };
  const lines = [
    "Hướng dẫn nhập số liệu BHYT từ tệp",
    "",
    '1. Mỗi dòng của trang "Số liệu" là báo cáo của một đơn vị cơ sở (xã, phường, thị trấn, đặc khu) trong một tháng. Không đổi tên, không xoá các cột tiêu đề.',
    "2. Mã đơn vị: mã hành chính của xã (5 chữ số, ví dụ 07765). Giữ nguyên các số 0 ở đầu.",
    "3. Tên đơn vị và Trạng thái chỉ để tham khảo: hệ thống không đọc hai cột này.",
    "4. Tháng: ghi dạng năm-tháng, ví dụ 2025-06 (cũng nhận 6/2025). Không nhập tháng sau tháng hiện tại.",
    "5. Các cột số: số nguyên không âm, không có phần thập phân; có thể ghi 16984 hoặc 16.984.",
    "6. Dân số và bốn cột của mỗi nhóm (Có thẻ, Thuộc diện, Tham gia mới, Tái tục) là bắt buộc; hai cột BHXH tự nguyện có thể để trống.",
    "7. Tham gia mới cộng Tái tục của một nhóm không được lớn hơn số Có thẻ của nhóm đó.",
    "8. Dòng để trống tất cả các cột số sẽ được bỏ qua: chỉ cần điền các đơn vị đã có số liệu.",
    "9. Báo cáo đã được duyệt hoặc đã khoá không thay đổi được bằng nhập tệp; dòng giữ nguyên số liệu của báo cáo đó không bị coi là lỗi.",
    "10. Khi tải tệp lên, hệ thống kiểm tra toàn bộ tệp và liệt kê mọi lỗi kèm số dòng và cột. Nếu có lỗi, không có gì được ghi. Nếu không có lỗi, bạn xem trước các thay đổi rồi mới xác nhận nhập.",
    "11. Báo cáo mới hoặc thay đổi được gửi duyệt dưới tên người nhập. Nhập lại cùng một tệp không thay đổi gì.",
    `12. Có thể lưu tệp dạng CSV (UTF-8) với cùng các cột. Mỗi tệp tối đa ${MAX_FILE_ROWS.toLocaleString("vi-VN")} dòng và ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
    ...(hasReference
      ? ['13. Trang "Tháng trước" có số liệu tháng trước để tham khảo; hệ thống không đọc trang đó.']
      : []),
    "",
    "Các nhóm đối tượng:",
    ...groups.map((group) => `Nhóm ${group.code}: ${group.name}`),
  ];
  lines.forEach((line, index) => {
    const row = sheet.addRow([line]);
    if (index === 0) row.font = { bold: true, size: 13 };
  });
}

export async function buildReportWorkbook(options: ReportWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Bao phủ BHYT";
  workbook.created = now();
  addRowsSheet(workbook, DATA_SHEET_NAME, options.groups, options.rows);
  if (options.reference) addRowsSheet(workbook, options.reference.sheetName, options.groups, options.reference.rows);
  if (options.summary) addSummarySheet(workbook, options.groups, options.summary);
  if (options.instructions) addInstructionsSheet(workbook, options.groups, Boolean(options.reference));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
