// A tile-grid map of the provinces: one square tile per province in a cell of a grid, placed
// where the province roughly lies, so that the country's shape reads without any boundary data
// (no licensed geometry). The places are a small table keyed by GSO province code, one for each
// administrative structure (./province-tiles-before-2025-07.ts, ./province-tiles-from-2025-07.ts);
// the provinces themselves always come from the database (the units valid in the month), and one
// without a place is listed apart, never dropped.
import type { Month } from "@/lib/period";
import { isBeforeReorganisation } from "@/lib/units/reorganisation";

import { PROVINCE_TILES_BEFORE_2025_07 } from "./province-tiles-before-2025-07";
import { PROVINCE_TILES_FROM_2025_07 } from "./province-tiles-from-2025-07";

/** A cell of the grid: column from the west, row from the north, both from 0. */
export type TilePlace = { col: number; row: number };

/** A labelled area of the sea (the archipelagos), spanning cells; drawn, never coloured as a province. */
export type SeaArea = TilePlace & { cols: number; rows: number };

export type TileLayout = {
  columns: number;
  rows: number;
  /** Province code → its cell. */
  places: Readonly<Record<string, TilePlace>>;
  /** Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hoà), in the sea to the east. */
  islands: { hoangSa: SeaArea; truongSa: SeaArea };
};

/** The layout of the structure valid in a month: 63 provinces before July 2025, 34 from it. */
export function tileLayoutFor(month: Month): TileLayout {
  return isBeforeReorganisation(month) ? PROVINCE_TILES_BEFORE_2025_07 : PROVINCE_TILES_FROM_2025_07;
}

export type PlacedTiles<Unit> = {
  placed: (TilePlace & { unit: Unit })[];
  /** Units the layout has no place for (a new code): shown in a row below the grid. */
  unplaced: Unit[];
};

/** Puts each unit in its cell; a unit without one, or whose cell is taken, goes to `unplaced`. */
export function placeTiles<Unit extends { code: string }>(
  units: readonly Unit[],
  layout: TileLayout,
): PlacedTiles<Unit> {
  const taken = new Set<string>();
  const placed: PlacedTiles<Unit>["placed"] = [];
  const unplaced: Unit[] = [];
  for (const unit of units) {
    const place = layout.places[unit.code];
    const cell = place && `${place.col}:${place.row}`;
    if (!place || taken.has(cell!)) {
      unplaced.push(unit);
      continue;
    }
    taken.add(cell!);
    placed.push({ ...place, unit });
  }
  return { placed, unplaced };
}

/** The cells of the layout no unit of the month fills: drawn faintly, for the country's shape. */
export function emptyPlaces(layout: TileLayout, codes: Iterable<string>): TilePlace[] {
  const present = new Set(codes);
  return Object.entries(layout.places)
    .filter(([code]) => !present.has(code))
    .map(([, place]) => place);
}

const PROVINCE_PREFIXES = ["Thành phố ", "Tỉnh "];

/** A province's name without its kind, for a tile: "Tỉnh Bắc Ninh" → "Bắc Ninh". */
export function shortProvinceName(name: string): string {
  const prefix = PROVINCE_PREFIXES.find((candidate) => name.startsWith(candidate));
  return prefix ? name.slice(prefix.length) : name;
}
