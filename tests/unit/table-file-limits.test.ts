// Hostile files, made in the test, against both imports' readers (report files and unit lists):
// each is refused as a whole with a clear reason, before its cells are built, and reading it leaves
// the process's memory about where it was (a generous bound: the attack's file took 1.3 GB).
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { MESSAGES } from "@/lib/i18n/messages";
import { readReportFile, REPORT_FILE_LIMITS, type FileProblem } from "@/lib/reports/file/read-report-file";
import { describeProblems } from "@/lib/reports/import/describe-import";
import { readXlsxSheet } from "@/lib/table-files/read-xlsx-sheet";
import { describeImportIssue } from "@/lib/units/describe-import-issue";
import { readTableFile, TABLE_FILE_LIMITS } from "@/lib/units/read-table-file";

import { deflatedPart, farColumnWorkbook, repeatedPart, sheetXml, workbookBytes, zipBytes } from "../helpers/zip-files";

const MB = 1024 * 1024;
/** Memory a refused file may add to the process, at most: a correctness guard, far below the attack's. */
const MEMORY_BOUND_MB = 200;

/** Reads with both imports' readers; the problem each gives (null when the file was read). */
async function refusals(bytes: Uint8Array, name = "tep.xlsx") {
  const before = process.memoryUsage().rss;
  const report = await readReportFile(bytes, name);
  const table = await readTableFile(bytes);
  const growthMb = (process.memoryUsage().rss - before) / MB;
  return {
    report: report.ok ? null : report.problems,
    table: table.ok ? null : table.problem,
    growthMb,
  };
}

const HEADER_ROW =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Mã đơn vị</t></is></c><c r="B1" t="inlineStr"><is><t>Tháng</t></is></c></row>';

describe("a workbook reaching far to the right", () => {
  it("refuses the attack's file (500 rows, a cell at column XFD on each) at its first cell, whatever the dimension says", async () => {
    for (const dimension of [undefined, "A1:XFD500", "A1:B2"]) {
      const bytes = farColumnWorkbook({ dimension });
      expect(bytes.length).toBeLessThan(8 * 1024);
      const { report, table, growthMb } = await refusals(bytes);
      const problem = {
        code: "columnsBeyondLimit",
        params: { cell: dimension === "A1:XFD500" ? "XFD500" : "XFD1", max: 64, lastColumn: "BL" },
      };
      expect(report).toEqual([problem]);
      expect(table).toEqual({ ...problem, params: { ...problem.params, max: 32, lastColumn: "AF" } });
      expect(growthMb).toBeLessThan(MEMORY_BOUND_MB);
    }
  });

  it("refuses the same file written by a spreadsheet program (exceljs)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Số liệu");
    sheet.addRow(["Mã đơn vị", "Tháng", "Dân số"]);
    for (let row = 2; row <= 200; row++) sheet.getCell(`XFD${row}`).value = row;
    const { report, table, growthMb } = await refusals(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(report?.[0]).toMatchObject({ code: "columnsBeyondLimit", params: { cell: "XFD200" } });
    expect(table).toMatchObject({ code: "columnsBeyondLimit" });
    expect(growthMb).toBeLessThan(MEMORY_BOUND_MB);
  });

  it("keeps a file that stays within the columns", async () => {
    const bytes = workbookBytes(sheetXml(`${HEADER_ROW}<row r="2"><c r="BL2"><v>7</v></c></row>`, "A1:BL2"));
    const read = await readReportFile(bytes, "tep.xlsx");
    expect(read.ok ? null : read.problems).toEqual([{ code: "missingColumn", params: { column: "population" } }]);
  });
});

describe("a workbook reaching far down", () => {
  it("refuses a sheet that declares or uses rows beyond the limit", async () => {
    const declared = await refusals(workbookBytes(sheetXml(HEADER_ROW, "A1:B1048576")));
    expect(declared.report).toEqual([
      { code: "rowsBeyondLimit", params: { row: 1_048_576, max: REPORT_FILE_LIMITS.maxRows } },
    ]);
    expect(declared.table).toEqual({
      code: "rowsBeyondLimit",
      params: { row: 1_048_576, max: TABLE_FILE_LIMITS.maxRows },
    });

    const rows = Array.from(
      { length: 40_000 },
      (_, index) => `<row r="${index + 2}"><c r="A${index + 2}"><v>${index}</v></c></row>`,
    ).join("");
    const used = await refusals(workbookBytes(sheetXml(HEADER_ROW + rows)));
    expect(used.report).toEqual([
      { code: "rowsBeyondLimit", params: { row: REPORT_FILE_LIMITS.maxRows + 1, max: REPORT_FILE_LIMITS.maxRows } },
    ]);
    expect(used.table).toEqual({
      code: "rowsBeyondLimit",
      params: { row: TABLE_FILE_LIMITS.maxRows + 1, max: TABLE_FILE_LIMITS.maxRows },
    });
    expect(used.growthMb).toBeLessThan(MEMORY_BOUND_MB);
  });
});

describe("zip bombs", () => {
  const spaces = Buffer.alloc(MB, 0x20);

  it("refuses a sheet that unpacks to 300 MB from a few hundred kilobytes, before inflating it", async () => {
    const sheet = repeatedPart(
      "xl/worksheets/sheet1.xml",
      sheetXml(HEADER_ROW).replace("</sheetData></worksheet>", ""),
      spaces,
      300,
      "</sheetData></worksheet>",
    );
    const bytes = workbookBytes(sheet);
    expect(bytes.length).toBeLessThan(MB);
    const { report, table, growthMb } = await refusals(bytes);
    const problem = { code: "unpackedTooLarge", params: { maxMb: 64, ratio: 100 } };
    expect(report).toEqual([problem]);
    expect(table).toEqual(problem);
    expect(growthMb).toBeLessThan(MEMORY_BOUND_MB);
  });

  it("refuses a part within the size limit but compressed a thousand times (shared strings)", async () => {
    const strings = repeatedPart("xl/sharedStrings.xml", "<sst>", spaces, 40, "</sst>");
    const { report, table } = await refusals(workbookBytes(sheetXml(HEADER_ROW), [strings]));
    expect(report?.[0]?.code).toBe("unpackedTooLarge");
    expect(table).toMatchObject({ code: "unpackedTooLarge" });
  });

  it("stops inflating a part that yields more than it declares", async () => {
    const sheet = repeatedPart(
      "xl/worksheets/sheet1.xml",
      sheetXml(HEADER_ROW).replace("</sheetData></worksheet>", ""),
      spaces,
      300,
      "</sheetData></worksheet>",
    );
    const { report, table, growthMb } = await refusals(workbookBytes({ ...sheet, declaredSize: 4096 }));
    expect(report).toEqual([{ code: "unreadable" }]);
    expect(table).toBe("unreadable");
    expect(growthMb).toBeLessThan(MEMORY_BOUND_MB);
  });

  it("refuses an archive of thousands of parts before reading any", async () => {
    const parts = Array.from({ length: 1_500 }, (_, index) => deflatedPart(`xl/media/p${index}.xml`, "<a/>"));
    const { report, table } = await refusals(workbookBytes(sheetXml(HEADER_ROW), parts));
    expect(report).toEqual([{ code: "tooManyParts", params: { max: 1_000 } }]);
    expect(table).toEqual({ code: "tooManyParts", params: { max: 1_000 } });
  });

  it("reads nothing from a zip that is not a workbook", async () => {
    const { report, table } = await refusals(zipBytes([deflatedPart("a.txt", "hello")]));
    expect(report).toEqual([{ code: "unreadable" }]);
    expect(table).toBe("unreadable");
  });
});

describe("CSV files", () => {
  it("refuses a line of 20,000 fields at that line, and one line too many", async () => {
    const wide = `Mã đơn vị,Tháng\n07765,${"1,".repeat(20_000)}\n`;
    const { report, table } = await refusals(new TextEncoder().encode(wide), "rong.csv");
    expect(report).toEqual([{ code: "columnsBeyondLimit", params: { cell: "BM2", max: 64, lastColumn: "BL" } }]);
    expect(table).toEqual({ code: "columnsBeyondLimit", params: { cell: "AG2", max: 32, lastColumn: "AF" } });

    const long = `Mã đơn vị,Tháng\n${"07765,2025-05\n".repeat(40_000)}`;
    const tall = await refusals(new TextEncoder().encode(long), "dai.csv");
    expect(tall.report).toEqual([
      { code: "rowsBeyondLimit", params: { row: REPORT_FILE_LIMITS.maxRows + 1, max: REPORT_FILE_LIMITS.maxRows } },
    ]);
    expect(tall.table).toEqual({
      code: "rowsBeyondLimit",
      params: { row: TABLE_FILE_LIMITS.maxRows + 1, max: TABLE_FILE_LIMITS.maxRows },
    });
  });

  it("does not count trailing empty fields (a spreadsheet saving its whole width)", async () => {
    const text = `Mã TP,Tỉnh Thành Phố${",".repeat(200)}\n01,Thành phố Hà Nội${",".repeat(200)}\n`;
    const table = await readTableFile(new TextEncoder().encode(text));
    expect(table.ok && table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ["Mã TP", "Tỉnh Thành Phố"],
      ["01", "Thành phố Hà Nội"],
    ]);
  });
});

describe("the time budget", () => {
  it("stops reading once the budget is spent", async () => {
    let now = 0;
    const clock = () => (now += 1_000);
    const read = await readXlsxSheet(workbookBytes(sheetXml(HEADER_ROW)), {
      limits: { ...REPORT_FILE_LIMITS, timeBudgetMs: 2_500 },
      clock,
    });
    expect(read).toEqual({ ok: false, problem: { code: "tooSlow", params: { seconds: 3 } } });
  });
});

describe("the refusal, in words", () => {
  const problems: FileProblem[] = [{ code: "columnsBeyondLimit", params: { cell: "XFD1", max: 64, lastColumn: "BL" } }];

  it("names the cell, the limit and what to do, in Vietnamese and English", () => {
    expect(describeProblems(problems, MESSAGES.vi, "vi")).toEqual([
      "Trang tính dùng đến ô XFD1, quá 64 cột (đến cột BL) được phép nên tệp không được đọc. Xoá nội dung và định dạng của các cột thừa bên phải, hoặc chép số liệu sang tệp mẫu.",
    ]);
    expect(describeProblems(problems, MESSAGES.en, "en")[0]).toMatch(
      /^The sheet reaches cell XFD1, beyond the 64 columns allowed \(up to column BL\)/,
    );
    expect(
      describeImportIssue(
        { code: "file", problem: { code: "rowsBeyondLimit", params: { row: 1_048_576, max: 30_000 } } },
        MESSAGES.vi.units,
        "vi",
      ).message,
    ).toBe(
      "Trang tính dùng đến dòng 1.048.576, quá 30.000 dòng được phép nên tệp không được đọc. Xoá các dòng thừa bên dưới, hoặc chia thành nhiều tệp.",
    );
  });
});
