// Loads the demo's administrative units from prisma/seed/data into flat, typed lists.
import type { SuccessionKind, UnitKind } from "@prisma/client";

import { readCsv } from "./csv";
import {
  DEMO_UNIT_FILES,
  NEW_UNIT_COLUMNS,
  OLD_UNIT_COLUMNS,
  WARD_SUCCESSION_COLUMNS,
  type UnitFiles,
} from "./demo-unit-files";
import { COMMUNE_PREFIXES, DISTRICT_PREFIXES, kindFromName, PROVINCE_PREFIXES } from "./unit-kinds";

export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  /** Code of the parent unit; null for a province (its parent is the country). */
  parentCode: string | null;
  provinceCode: string;
}

export interface WardSuccession {
  oldCode: string;
  newCode: string;
  kind: SuccessionKind;
}

export interface DemoUnits {
  oldProvinces: DemoUnit[];
  oldDistricts: DemoUnit[];
  oldCommunes: DemoUnit[];
  newProvinces: DemoUnit[];
  newCommunes: DemoUnit[];
  wardSuccessions: WardSuccession[];
}

/**
 * The demo's lists by default; the benchmark passes the national reference lists (same layouts).
 * Succession pairs whose old unit is not a commune of the old list are left out: in the national
 * list these are five island districts that had no communes, so there is nothing to carry.
 */
export function loadDemoUnits(files: UnitFiles = DEMO_UNIT_FILES): DemoUnits {
  const oldRows = readCsv(files.oldUnits, OLD_UNIT_COLUMNS);
  const newRows = readCsv(files.newUnits, NEW_UNIT_COLUMNS);
  const oldCommuneCodes = new Set(oldRows.map((row) => row.ward_code));
  const pairs = readCsv(files.wardSuccessions, WARD_SUCCESSION_COLUMNS).filter((row) =>
    oldCommuneCodes.has(row.old_ward_code),
  );

  const oldProvinces = uniqueByCode(oldRows.map((row) => province(row.province_code, row.province_name)));
  const oldDistricts = uniqueByCode(
    oldRows.map((row) => ({
      code: row.district_code,
      name: row.district_name,
      kind: kindFromName(row.district_name, DISTRICT_PREFIXES),
      parentCode: row.province_code,
      provinceCode: row.province_code,
    })),
  );
  const oldCommunes = oldRows.map((row) => ({
    code: row.ward_code,
    name: row.ward_name,
    kind: kindFromName(row.ward_name, COMMUNE_PREFIXES),
    parentCode: row.district_code,
    provinceCode: row.province_code,
  }));
  const newProvinces = uniqueByCode(newRows.map((row) => province(row.province_code, row.province_name)));
  const newCommunes = newRows.map((row) => ({
    code: row.ward_code,
    name: row.ward_name,
    kind: kindFromName(row.ward_name, COMMUNE_PREFIXES),
    parentCode: row.province_code,
    provinceCode: row.province_code,
  }));
  const wardSuccessions = pairs.map((row) => ({
    oldCode: row.old_ward_code,
    newCode: row.new_ward_code,
    kind: successionKind(row.merge_kind),
  }));
  return { oldProvinces, oldDistricts, oldCommunes, newProvinces, newCommunes, wardSuccessions };
}

function province(code: string, name: string): DemoUnit {
  return { code, name, kind: kindFromName(name, PROVINCE_PREFIXES), parentCode: null, provinceCode: code };
}

function successionKind(mergeKind: string): SuccessionKind {
  if (mergeKind === "full") return "FULL";
  if (mergeKind === "partial") return "PARTIAL";
  throw new Error(`Unknown merge kind "${mergeKind}"`);
}

function uniqueByCode(units: DemoUnit[]): DemoUnit[] {
  return [...new Map(units.map((unit) => [unit.code, unit])).values()];
}
