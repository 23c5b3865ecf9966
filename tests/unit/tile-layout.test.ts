// The tile-grid map's layouts against the national reference lists (../shared/data): every
// province of the 63-province and of the 34-province structure has a cell, inside the grid, no two
// share one, and neither archipelago covers a province. Placing units never drops one.
import { describe, expect, it } from "vitest";

import { PROVINCE_TILES_BEFORE_2025_07 } from "@/lib/map/province-tiles-before-2025-07";
import { PROVINCE_TILES_FROM_2025_07 } from "@/lib/map/province-tiles-from-2025-07";
import { emptyPlaces, placeTiles, shortProvinceName, tileLayoutFor, type TileLayout } from "@/lib/map/tile-layout";

import { hasReferenceData, referenceRows } from "../helpers/reference-data";

function provinces(file: string): Map<string, string> {
  return new Map(referenceRows(file).map((row) => [row.province_code!, row.province_name!]));
}

function checkLayout(layout: TileLayout, national: Map<string, string>) {
  const missing = [...national].filter(([code]) => !(code in layout.places)).map(([code, name]) => `${code} ${name}`);
  expect(missing).toEqual([]);
  expect(Object.keys(layout.places).filter((code) => !national.has(code))).toEqual([]);

  const cells = new Map<string, string>();
  for (const [code, { col, row }] of Object.entries(layout.places)) {
    expect(Number.isInteger(col) && col >= 0 && col < layout.columns, `${code}: column ${col}`).toBe(true);
    expect(Number.isInteger(row) && row >= 0 && row < layout.rows, `${code}: row ${row}`).toBe(true);
    const cell = `${col}:${row}`;
    expect(cells.get(cell), `${code} shares cell ${cell}`).toBeUndefined();
    cells.set(cell, code);
  }
  for (const [name, sea] of Object.entries(layout.islands)) {
    expect(sea.col + sea.cols <= layout.columns && sea.row + sea.rows <= layout.rows, `${name} inside the grid`).toBe(
      true,
    );
    for (let col = sea.col; col < sea.col + sea.cols; col += 1) {
      for (let row = sea.row; row < sea.row + sea.rows; row += 1)
        expect(cells.get(`${col}:${row}`), `${name} over a province`).toBeUndefined();
    }
  }
}

describe.skipIf(!hasReferenceData)("province tile layouts against the national lists", () => {
  it("places each of the 63 provinces before July 2025 in a cell of its own", () => {
    const national = provinces("units-2024.csv");
    expect(national.size).toBe(63);
    checkLayout(PROVINCE_TILES_BEFORE_2025_07, national);
  });

  it("places each of the 34 provinces from July 2025 in a cell of its own", () => {
    const national = provinces("units-2025.csv");
    expect(national.size).toBe(34);
    checkLayout(PROVINCE_TILES_FROM_2025_07, national);
  });
});

describe("tileLayoutFor", () => {
  it("chooses the structure of the month", () => {
    expect(tileLayoutFor("2025-06")).toBe(PROVINCE_TILES_BEFORE_2025_07);
    expect(tileLayoutFor("2025-07")).toBe(PROVINCE_TILES_FROM_2025_07);
  });
});

describe("placeTiles", () => {
  it("puts known codes in their cells and lists the others apart, dropping none", () => {
    const units = [{ code: "24" }, { code: "99" }, { code: "96" }];
    const { placed, unplaced } = placeTiles(units, PROVINCE_TILES_FROM_2025_07);
    expect(placed).toEqual([
      { col: 3, row: 2, unit: { code: "24" } },
      { col: 0, row: 15, unit: { code: "96" } },
    ]);
    expect(unplaced).toEqual([{ code: "99" }]);
  });

  it("never draws two units in one cell", () => {
    const { placed, unplaced } = placeTiles(
      [
        { code: "24", id: 1 },
        { code: "24", id: 2 },
      ],
      PROVINCE_TILES_FROM_2025_07,
    );
    expect(placed.map(({ unit }) => unit.id)).toEqual([1]);
    expect(unplaced.map(({ id }) => id)).toEqual([2]);
  });

  it("leaves the cells of provinces the month lacks empty, for the country's shape", () => {
    expect(emptyPlaces(PROVINCE_TILES_FROM_2025_07, ["24", "96", "91"])).toHaveLength(31);
  });
});

describe("shortProvinceName", () => {
  it("drops the kind of province", () => {
    expect(shortProvinceName("Tỉnh Bắc Ninh")).toBe("Bắc Ninh");
    expect(shortProvinceName("Thành phố Hồ Chí Minh")).toBe("Hồ Chí Minh");
    expect(shortProvinceName("Bắc Ninh")).toBe("Bắc Ninh");
  });
});
