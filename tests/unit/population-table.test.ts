// Reading an official population table: the columns by their names, numbers as people write them,
// codes that lost their leading zeros in a workbook, and every bad cell named by row and column.
import { describe, expect, it } from "vitest";

import { parsePopulationTable, readPeople } from "@/lib/population/parse-population-table";
import type { TableRow } from "@/lib/units/read-table-file";

const rows = (...lines: (string | number)[][]): TableRow[] =>
  lines.map((cells, i) => ({
    rowNumber: i + 1,
    cells: cells.map((cell) => ({ text: String(cell), numeric: typeof cell === "number" })),
  }));

describe("official population table", () => {
  it("reads numbers of people as written: 136430, 136.430, 136,430, 136 430", () => {
    expect(["136430", "136.430", "136,430", "136 430"].map(readPeople)).toEqual([136_430, 136_430, 136_430, 136_430]);
    expect(["136.43", "1,5", "abc", "-5", ""].map(readPeople)).toEqual([null, null, null, null, null]);
  });

  it("finds the columns under title rows, by Vietnamese or English names, and restores leading zeros of number cells", () => {
    const parsed = parsePopulationTable(
      rows(
        ["Dân số chính thức 2024"],
        ["unit_code", "year", "population"],
        [1, 2024, 1_250_000],
        [1001, 2024, 9_800],
        ["24", "2024", "3.650.000"],
      ),
      2026,
    );
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { row: 3, code: "01", year: 2024, population: 1_250_000, codeColumn: "unit_code" },
        { row: 4, code: "01001", year: 2024, population: 9_800, codeColumn: "unit_code" },
        { row: 5, code: "24", year: 2024, population: 3_650_000, codeColumn: "unit_code" },
      ],
    });
  });

  it("names each bad cell by row and column: a missing code, a future year, no people, a second row for the same unit and year", () => {
    const parsed = parsePopulationTable(
      rows(
        ["Mã đơn vị", "Năm", "Dân số"],
        ["", "2024", "100"],
        ["24", "2027", "100"],
        ["24", "2024", "0"],
        ["24", "2024", "5"],
        ["24", "2024", "6"],
      ),
      2026,
    );
    expect(parsed).toEqual({
      ok: false,
      issues: [
        { code: "required", row: 2, column: "Mã đơn vị" },
        { code: "yearFormat", row: 3, column: "Năm", value: "2027", from: 2000, to: 2026 },
        { code: "populationFormat", row: 4, column: "Dân số", value: "0" },
        { code: "duplicateUnitYear", row: 6, column: "Mã đơn vị", unitCode: "24", year: 2024, firstRow: 5 },
      ],
    });
  });

  it("asks for the expected columns when the header is missing", () => {
    expect(parsePopulationTable(rows(["Mã", "Tên"], ["24", "Bắc Ninh"]), 2026)).toEqual({
      ok: false,
      issues: [{ code: "noHeader", expected: ["Mã đơn vị", "Năm", "Dân số"] }],
    });
  });
});
