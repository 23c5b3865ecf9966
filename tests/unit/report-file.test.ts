// Reading report files without a database: months and codes as people type them, headers in
// Vietnamese, English or without diacritics, CSV dialects, and the file-level problems.
import { describe, expect, it } from "vitest";

import { readMonth, readUnitCode, withLeadingZeros } from "@/lib/reports/file/cells";
import { columnForHeader } from "@/lib/reports/file/columns";
import { readReportFile } from "@/lib/reports/file/read-report-file";
import { columnLetter } from "@/lib/table-files/cell-address";

import { csvText, vietnameseHeader, xlsxBytes } from "../helpers/report-files";

const encode = (text: string) => new TextEncoder().encode(text);

describe("the month of a row", () => {
  it.each([
    ["2023-09", "2023-09"],
    ["2023-9", "2023-09"],
    ["9/2023", "2023-09"],
    ["09/2023", "2023-09"],
    ["tháng 9/2023", "2023-09"],
    ["Tháng 12/2024", "2024-12"],
    ["T9/2023", "2023-09"],
    ["2023-09-30", "2023-09"],
    ["30/09/2023", "2023-09"],
  ])("reads %s as %s", (text, month) => {
    expect(readMonth(text)).toBe(month);
  });

  it("reads an Excel date cell and a serial day number", () => {
    expect(readMonth(new Date(Date.UTC(2025, 5, 1)))).toBe("2025-06");
    expect(readMonth(45_809)).toBe("2025-06"); // 1 June 2025
  });

  it.each(["13/2025", "2025-13", "9-23", "tháng chín", "", "2023"])("refuses %j", (text) => {
    expect(readMonth(text)).toBeNull();
  });
});

describe("the unit code of a row", () => {
  it("keeps text codes, turns numbers into digits and restores the leading zeros of commune codes", () => {
    expect(readUnitCode(" 07765 ")).toBe("07765");
    expect(readUnitCode(7765)).toBe("7765");
    expect(withLeadingZeros("7765")).toBe("07765");
    expect(withLeadingZeros("24")).toBe("00024");
    expect(withLeadingZeros("30307")).toBe("30307");
    expect(readUnitCode(null)).toBeNull();
    expect(readUnitCode(12.5)).toBeNull();
  });
});

describe("headers", () => {
  it.each([
    ["Mã đơn vị", "unitCode"],
    ["MA DON VI", "unitCode"],
    ["Unit code", "unitCode"],
    ["Tháng", "month"],
    ["Dân số", "population"],
    ["BHXH tự nguyện: tham gia", "voluntarySocialInsured"],
    ["BHXH tu nguyen : duoc giao", "voluntarySocialAssigned"],
    ["Nhóm 1 – Có thẻ", "g1.insured"],
    ["Nhóm 3 - Thuộc diện", "g3.eligible"],
    ["nhom 5—tham gia moi", "g5.newlyEnrolled"],
    ["Group 2 – Renewals", "g2.renewed"],
    ["Nhóm 4 – Số người có thẻ", "g4.insured"],
  ])("%s names %s", (header, column) => {
    expect(columnForHeader(header)).toBe(column);
  });

  it("recognises no other header", () => {
    expect(columnForHeader("Ghi chú")).toBeNull();
    expect(columnForHeader("Nhóm 1 – Tỷ lệ")).toBeNull();
  });

  it("writes spreadsheet letters", () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });
});

describe("reading a file", () => {
  const header = vietnameseHeader(1);

  it("reads a comma-separated CSV and keeps the spreadsheet row numbers", async () => {
    const text = csvText(header, [["07765", "Xã Nghĩa Trung", "2025-05", "16.984", "", "", "1", "2", "0", "0"]]);
    const read = await readReportFile(encode(`\n${text}`), "bao-cao.csv");
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.rows).toEqual([
      {
        row: 3,
        cells: {
          unitCode: "07765",
          unitName: "Xã Nghĩa Trung",
          month: "2025-05",
          population: "16.984",
          voluntarySocialInsured: null,
          voluntarySocialAssigned: null,
          "g1.insured": "1",
          "g1.eligible": "2",
          "g1.newlyEnrolled": "0",
          "g1.renewed": "0",
        },
      },
    ]);
  });

  it("reads tab-separated text and lists columns it does not know", async () => {
    const read = await readReportFile(
      encode(csvText([...header, "Ghi chú"], [["07765", "", "2025-05", "1", "", "", "1", "2", "0", "0", "x"]], "\t")),
      "a.txt",
    );
    expect(read.ok && read.file.ignoredColumns).toEqual([{ letter: "K", header: "Ghi chú" }]);
  });

  it("reads the data sheet of a workbook, wherever it is", async () => {
    const bytes = await xlsxBytes(header, [["07765", "Xã Nghĩa Trung", "2025-05", 16_984, null, null, 1, 2, 0, 0]]);
    const read = await readReportFile(bytes, "mau.xlsx");
    expect(read.ok && read.file.rows[0]!.cells.population).toBe(16_984);
  });

  it("names the problems of a file it cannot use", async () => {
    expect(await readReportFile(encode("x"), "bao-cao.xls")).toEqual({
      ok: false,
      problems: [{ code: "unsupportedType", params: { file: "bao-cao.xls" } }],
    });
    expect(await readReportFile(new Uint8Array([0x4d, 0xe3, 0x20, 0x78]), "latin.csv")).toEqual({
      ok: false,
      problems: [{ code: "notUtf8" }],
    });
    expect(await readReportFile(encode("not a zip"), "hong.xlsx")).toEqual({
      ok: false,
      problems: [{ code: "unreadable" }],
    });
    expect(await readReportFile(encode("a,b\n1,2\n"), "khong-tieu-de.csv")).toEqual({
      ok: false,
      problems: [{ code: "noHeader", params: { rows: 10 } }],
    });
    const read = await readReportFile(encode("Mã đơn vị,Dân số,Dân số\n"), "thieu.csv");
    expect(read.ok ? [] : read.problems.map((problem) => problem.code)).toEqual([
      "duplicateColumn",
      "missingColumn",
      "noRows",
    ]);
  });
});
