// Where the demo's unit lists live and what their columns are. The columns are those of the
// reference files in ../shared/data (see scripts/extract-demo-units.ts, which writes these files).
import path from "node:path";

const DEMO_UNIT_DATA_DIR = path.join(__dirname, "data");

export const OLD_UNIT_COLUMNS = [
  "province_code",
  "province_name",
  "district_code",
  "district_name",
  "ward_code",
  "ward_name",
  "ward_type",
] as const;

export const NEW_UNIT_COLUMNS = ["province_code", "province_name", "ward_code", "ward_name", "ward_type"] as const;

export const WARD_SUCCESSION_COLUMNS = [
  "old_ward_code",
  "old_ward_name",
  "old_province_code",
  "new_ward_code",
  "new_ward_name",
  "new_province_code",
  "merge_kind",
] as const;

/** The three unit lists a seed reads, in the layouts of the reference files. */
export type UnitFiles = { oldUnits: string; newUnits: string; wardSuccessions: string };

export const DEMO_UNIT_FILES = {
  /** Communes before 1 July 2025 with their district and province (layout of units-2024.csv). */
  oldUnits: path.join(DEMO_UNIT_DATA_DIR, "units-before-2025-07.csv"),
  /** Communes from 1 July 2025 with their province (layout of units-2025.csv). */
  newUnits: path.join(DEMO_UNIT_DATA_DIR, "units-from-2025-07.csv"),
  /** Old commune → new commune pairs (layout of ward-merge-2025.csv). */
  wardSuccessions: path.join(DEMO_UNIT_DATA_DIR, "ward-successions-2025-07.csv"),
} as const satisfies UnitFiles;

/** Provinces of the demo before 1 July 2025: Bắc Giang, Bắc Ninh, Bạc Liêu, Cà Mau, An Giang, Kiên Giang. */
export const DEMO_OLD_PROVINCE_CODES = ["24", "27", "95", "96", "89", "91"] as const;

/** Provinces of the demo from 1 July 2025: Bắc Ninh, Cà Mau, An Giang (each keeps one old code). */
export const DEMO_NEW_PROVINCE_CODES = ["24", "96", "91"] as const;
