// Reading unit lists and succession tables: GSO's and the reference files' column names, title rows
// above the header, Excel number cells that lost their leading zeros, CSV delimiters and encodings,
// and every row checked with its row number and column named.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { MESSAGES } from "@/lib/i18n/messages";
import { describeImportIssue } from "@/lib/units/describe-import-issue";
import { parseSuccessionTable } from "@/lib/units/parse-succession-table";
import { parseUnitList } from "@/lib/units/parse-unit-list";
import { readTableFile } from "@/lib/units/read-table-file";

const text = (value: string) => new TextEncoder().encode(value);

async function rowsOf(bytes: Uint8Array) {
  const table = await readTableFile(bytes);
  if (!table.ok) throw new Error(JSON.stringify(table.problem));
  return table.rows;
}

describe("readTableFile", () => {
  it("reads a CSV saved by Excel in a Vietnamese locale (semicolons, byte-order mark)", async () => {
    const rows = await rowsOf(text("\uFEFFMã TP;Tỉnh Thành Phố\n01;Thành phố Hà Nội\n\n02;Tỉnh Hà Giang\n"));
    expect(rows.map((row) => [row.rowNumber, row.cells.map((cell) => cell.text)])).toEqual([
      [1, ["Mã TP", "Tỉnh Thành Phố"]],
      [2, ["01", "Thành phố Hà Nội"]],
      [4, ["02", "Tỉnh Hà Giang"]],
    ]);
  });

  it("names the problem of a file it cannot read", async () => {
    expect(await readTableFile(new Uint8Array())).toEqual({ ok: false, problem: "empty" });
    expect(await readTableFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toEqual({
      ok: false,
      problem: "legacyExcel",
    });
    expect(await readTableFile(new Uint8Array([0x4d, 0xe3, 0x20, 0x54, 0x50]))).toEqual({
      ok: false,
      problem: "notUtf8",
    });
    expect(await readTableFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({
      ok: false,
      problem: "unreadable",
    });
  });

  it("reads the first sheet of a workbook, number cells marked as numbers", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("DS");
    sheet.addRow(["Danh mục đơn vị hành chính"]);
    sheet.addRow(["Mã TP", "Tỉnh Thành Phố"]);
    sheet.addRow([1, "Thành phố Hà Nội"]);
    const rows = await rowsOf(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(rows[2]).toEqual({
      rowNumber: 3,
      cells: [
        { text: "1", numeric: true },
        { text: "Thành phố Hà Nội", numeric: false },
      ],
    });
  });
});

const GSO_HEADER = "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp";

describe("parseUnitList", () => {
  it("reads GSO's three-level layout, with a district without communes", async () => {
    const parsed = parseUnitList(
      await rowsOf(
        text(
          [
            GSO_HEADER,
            "Thành phố Hải Phòng,31,Huyện Thủy Nguyên,311,Xã Lại Xuân,11683,Xã",
            "Thành phố Hải Phòng,31,Huyện Bạch Long Vĩ,318,,,",
            "Thành phố Hồ Chí Minh,79,Quận Phú Nhuận,768,Phường 5,27046,Xã",
          ].join("\n"),
        ),
      ),
    );
    expect(parsed).toMatchObject({ ok: true, rows: 3, hasDistricts: true });
    if (!parsed.ok) return;
    expect(parsed.units.map(({ code, kind, level, parentCode }) => [code, kind, level, parentCode])).toEqual([
      ["31", "MUNICIPALITY", 1, null],
      ["311", "DISTRICT", 2, "31"],
      ["11683", "COMMUNE", 3, "311"],
      ["318", "DISTRICT", 2, "31"],
      ["79", "MUNICIPALITY", 1, null],
      ["768", "URBAN_DISTRICT", 2, "79"],
      // The "Cấp" column decides a commune's kind, even where the source is wrong about it.
      ["27046", "COMMUNE", 3, "768"],
    ]);
  });

  it("reads the reference files' two-level layout", async () => {
    const parsed = parseUnitList(
      await rowsOf(
        text(
          "province_code,province_name,ward_code,ward_name,ward_type\n24,Tỉnh Bắc Ninh,07210,Phường Bắc Giang,Phường\n",
        ),
      ),
    );
    expect(parsed.ok && parsed.units.map((unit) => [unit.code, unit.kind, unit.level, unit.parentCode])).toEqual([
      ["24", "PROVINCE", 1, null],
      ["07210", "WARD", 2, "24"],
    ]);
  });

  it("reports every bad row with its row number and column, and returns no units", async () => {
    const parsed = parseUnitList(
      await rowsOf(
        text(
          [
            GSO_HEADER,
            "Tỉnh Bắc Giang,24,Huyện Yên Thế,215,Xã Đồng Tiến,07228,Xã",
            "Tỉnh Bắc Giang,24,Huyện Yên Thế,215,Xã Canh Nậu,7231,Xã",
            "Tỉnh Bắc Giang,24,Làng Mới,216,Xã Tam Tiến,07234,Xã",
            "Tỉnh Bắc Giang,24,Huyện Yên Thế,215,Xã Đồng Vương,07228,Xã",
            "Tỉnh Bắc Ninh,24,Huyện Tân Yên,217,Xã Lam Cốt,07240,Xã",
            "Tỉnh Bắc Giang,24,Huyện Lạng Giang,215,Xã Xuân Hương,07243,Xã",
            "Tỉnh Bắc Giang,24,Huyện Tân Yên,217,,07246,Xã",
            "Tỉnh Bắc Giang,24,Huyện Tân Yên,217,Xã Việt Lập,07249,Thôn",
          ].join("\n"),
        ),
      ),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual([
      { code: "codeFormat", row: 3, column: "Mã PX", value: "7231", digits: 5 },
      { code: "unknownKind", row: 4, column: "Quận Huyện", value: "Làng Mới" },
      { code: "duplicateCode", row: 5, column: "Mã PX", unitCode: "07228", firstRow: 2 },
      { code: "nameConflict", row: 6, column: "Mã TP", unitCode: "24", firstRow: 2, firstName: "Tỉnh Bắc Giang" },
      { code: "nameConflict", row: 7, column: "Mã QH", unitCode: "215", firstRow: 2, firstName: "Huyện Yên Thế" },
      { code: "required", row: 8, column: "Phường Xã" },
      { code: "unknownKind", row: 9, column: "Cấp", value: "Thôn" },
    ]);
  });

  it("refuses a district code without a district name column, naming the header row", async () => {
    const parsed = parseUnitList(
      await rowsOf(
        text(
          "DANH MỤC\nTỉnh Thành Phố,Mã TP,Mã QH,Phường Xã,Mã PX,Cấp\nTỉnh Cà Mau,96,999,Phường An Xuyên,32002,Phường\n",
        ),
      ),
    );
    expect(parsed).toEqual({
      ok: false,
      issues: [{ code: "columnWithoutPair", row: 2, column: "Mã QH", missing: "Quận Huyện" }],
    });
  });

  it("reports each row of a province the list does not cover, with its row and column", async () => {
    const rows = await rowsOf(
      text(
        [
          "province_code,province_name,ward_code,ward_name,ward_type",
          "96,Tỉnh Cà Mau,32002,Phường An Xuyên,Phường",
          "24,Tỉnh Bắc Ninh,07210,Phường Bắc Giang,Phường",
          "24,Tỉnh Bắc Ninh,07228,Phường Đa Mai,Phường",
        ].join("\n"),
      ),
    );
    expect(parseUnitList(rows, (province) => province === "96")).toEqual({
      ok: false,
      issues: [
        { code: "outsideCoverage", row: 3, column: "province_code", provinceCode: "24" },
        { code: "outsideCoverage", row: 4, column: "province_code", provinceCode: "24" },
      ],
    });
    expect(parseUnitList(rows, (province) => ["24", "96"].includes(province)).ok).toBe(true);
  });

  it("finds the header below title rows and asks for the missing columns", async () => {
    expect(parseUnitList(await rowsOf(text("Mã,Tên\n01,Hà Nội\n")))).toEqual({
      ok: false,
      issues: [{ code: "noHeader", expected: ["Mã TP", "Tỉnh Thành Phố", "Mã PX", "Phường Xã"] }],
    });
  });
});

describe("parseSuccessionTable", () => {
  const header = "Mã ĐV cũ,Tên ĐV cũ,Mã tỉnh cũ,Mã ĐV mới,Tên ĐV mới,Loại,Tỷ lệ (%)";

  it("reads Vietnamese and English kinds and percentages with a decimal comma", async () => {
    const parsed = parseSuccessionTable(
      await rowsOf(
        text(
          [
            header,
            "10001,Xã An,10,20001,Xã An Bình,toàn bộ,",
            '10003,Phường Cát,10,20002,Phường Cát Đông,một phần,"62,5"',
            "10003,Phường Cát,10,20003,Xã Cát Tây,partial,37.5%",
          ].join("\n"),
        ),
      ),
    );
    expect(parsed.ok && parsed.rows.map((row) => [row.oldCode, row.newCode, row.kind, row.shareBp])).toEqual([
      ["10001", "20001", "FULL", 10_000],
      ["10003", "20002", "PARTIAL", 6_250],
      ["10003", "20003", "PARTIAL", 3_750],
    ]);
  });

  it("checks each old unit's rows together", async () => {
    const parsed = parseSuccessionTable(
      await rowsOf(
        text(
          [
            header,
            "10001,,,20001,,toàn bộ,",
            "10001,,,20002,,một phần,",
            "10002,,,20001,,một phần,",
            "10003,,,20001,,một phần,70",
            "10003,,,20002,,một phần,40",
            "10004,,,20001,,một phần,50",
            "10004,,,20002,,một phần,40",
            "10005,,,20001,,một phần,",
            "10005,,,20001,,một phần,",
            "10006,,,20001,,sáp nhập,",
            "10007,,,20001,,một phần,0",
            "10008,,,20001,,toàn bộ,50",
            "10009,,,20001,,một phần,60",
            "10009,,,20002,,một phần,",
          ].join("\n"),
        ),
      ),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual([
      { code: "duplicatePair", row: 10, column: "Mã ĐV mới", oldCode: "10005", newCode: "20001", firstRow: 9 },
      { code: "unknownKind", row: 11, column: "Loại", value: "sáp nhập" },
      { code: "shareFormat", row: 12, column: "Tỷ lệ (%)", value: "0" },
      { code: "shareOnFull", row: 13, column: "Tỷ lệ (%)" },
      { code: "fullWithOthers", row: 3, column: "Loại", unitCode: "10001" },
      { code: "singlePartial", row: 4, column: "Loại", unitCode: "10002" },
      { code: "sharesOver", row: 6, column: "Tỷ lệ (%)", unitCode: "10003", totalBp: 11_000 },
      { code: "sharesIncomplete", row: 8, column: "Tỷ lệ (%)", unitCode: "10004", totalBp: 9_000 },
      { code: "singlePartial", row: 9, column: "Loại", unitCode: "10005" },
    ]);
  });
});

describe("describeImportIssue", () => {
  it("writes Vietnamese sentences with Vietnamese dates and percentages, and English ones", () => {
    const vi = MESSAGES.vi.units;
    expect(
      describeImportIssue(
        { code: "unknownOld", row: 12, column: "Mã ĐV cũ", unitCode: "07201", day: "2025-06-30" },
        vi,
        "vi",
      ),
    ).toEqual({
      row: 12,
      where: "12",
      column: "Mã ĐV cũ",
      message: "Không có đơn vị mã 07201 còn hiệu lực ngày 30/06/2025.",
    });
    expect(
      describeImportIssue(
        { code: "sharesIncomplete", row: 8, column: "Tỷ lệ (%)", unitCode: "10004", totalBp: 9_050 },
        vi,
        "vi",
      ).message,
    ).toBe("Tổng tỷ lệ của đơn vị cũ 10004 là 90,50%, phải bằng 100%.");
    expect(describeImportIssue({ code: "file", problem: "legacyExcel" }, MESSAGES.en.units, "en")).toEqual({
      row: null,
      where: "Whole file",
      column: null,
      message: "The old .xls format is not supported. Open the file in Excel and save it as .xlsx.",
    });
  });

  it("says plainly what an issue without a row concerns: a unit missing from the file, or the month chosen", () => {
    const missing = { code: "missingUnitHasData", unitCode: "32002", unitName: "Phường An Xuyên" } as const;
    expect(describeImportIssue(missing, MESSAGES.vi.units, "vi")).toMatchObject({
      row: null,
      where: "Không có trong tệp",
      column: null,
    });
    expect(describeImportIssue(missing, MESSAGES.vi.units, "vi").message).toContain(
      "Đơn vị 32002 Phường An Xuyên không có trong tệp.",
    );
    expect(describeImportIssue(missing, MESSAGES.en.units, "en")).toMatchObject({ where: "Not in the file" });
    expect(
      describeImportIssue({ code: "beforeLatestList", latest: "2025-07-01" }, MESSAGES.vi.units, "vi"),
    ).toMatchObject({ where: "Tháng hiệu lực" });
  });
});
