// An official list of administrative units, as GSO exports it (one row per commune with its
// district and province: Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp; or, from
// 1 July 2025, without the district columns) or as the reference CSV files name the same columns
// (province_code, province_name, district_code, district_name, ward_code, ward_name, ward_type).
// A row with a district and no commune is a district without communes (an island district).
// Every row is checked; the result is either the units of the list or every issue found. A row of
// a province the list does not cover (./list-coverage.ts) is an issue, and so is a district code
// without a district name column: a district is read from both or not at all.
import type { UnitKind } from "@prisma/client";

import type { ImportIssue } from "./import-issues";
import type { TableRow } from "./read-table-file";
import { cellOf, codeOf, findColumns, type FieldAliases, type TableColumns } from "./table-layout";
import {
  COMMUNE_PREFIXES,
  DISTRICT_PREFIXES,
  findKindFromLevelName,
  findKindFromName,
  PROVINCE_PREFIXES,
} from "./unit-kinds";

type Field =
  "provinceCode" | "provinceName" | "districtCode" | "districtName" | "communeCode" | "communeName" | "communeLevel";

const ALIASES: FieldAliases<Field> = {
  provinceCode: ["Mã TP", "Mã tỉnh", "Mã Tỉnh/TP", "province_code"],
  provinceName: ["Tỉnh Thành Phố", "Tỉnh/Thành phố", "Tỉnh", "Tên tỉnh", "province_name"],
  districtCode: ["Mã QH", "Mã huyện", "district_code"],
  districtName: ["Quận Huyện", "Quận/Huyện", "Huyện", "district_name"],
  communeCode: ["Mã PX", "Mã xã", "ward_code", "commune_code"],
  communeName: ["Phường Xã", "Phường/Xã", "Xã", "Tên xã", "ward_name", "commune_name"],
  communeLevel: ["Cấp", "ward_type", "commune_type"],
};

const REQUIRED: readonly Field[] = ["provinceCode", "provinceName", "communeCode", "communeName"];

/** The headings of GSO's own file, as the import page names them (Tỉnh Thành Phố, Mã TP…). */
export const UNIT_LIST_HEADINGS = (
  [
    "provinceName",
    "provinceCode",
    "districtName",
    "districtCode",
    "communeName",
    "communeCode",
    "communeLevel",
  ] as const
).map((field) => ALIASES[field][0]!);

export const PROVINCE_CODE_DIGITS = 2;
export const DISTRICT_CODE_DIGITS = 3;
export const COMMUNE_CODE_DIGITS = 5;

/** A unit of the list, with its parent's code (null: a province, under the country). */
export type ListUnit = {
  code: string;
  name: string;
  kind: UnitKind;
  level: number;
  parentCode: string | null;
  /** First row that names the unit. */
  row: number;
  /** Headers of the columns of its code and of its parent's code (null for a province), as in the file. */
  codeColumn: string;
  parentColumn: string | null;
};

export type UnitListParse =
  { ok: true; units: ListUnit[]; rows: number; hasDistricts: boolean } | { ok: false; issues: ImportIssue[] };

/** `covers`: whether the list covers the province with this code (every province by default). */
export function parseUnitList(
  rows: readonly TableRow[],
  covers: (provinceCode: string) => boolean = () => true,
): UnitListParse {
  const columns = findColumns(rows, ALIASES, REQUIRED);
  if (!columns)
    return { ok: false, issues: [{ code: "noHeader", expected: REQUIRED.map((field) => ALIASES[field][0]!) }] };
  const hasDistricts = columns.index.districtCode !== undefined && columns.index.districtName !== undefined;
  const communeLevel = hasDistricts ? 3 : 2;
  const issues: ImportIssue[] = [];
  const headerRow = rows[columns.headerIndex]!.rowNumber;
  const lone = (["districtCode", "districtName"] as const).find((field) => columns.index[field] !== undefined);
  if (!hasDistricts && lone) {
    const missing = lone === "districtCode" ? ALIASES.districtName[0]! : ALIASES.districtCode[0]!;
    issues.push({ code: "columnWithoutPair", row: headerRow, column: columns.label[lone]!, missing });
  }
  const units = new Map<string, ListUnit>();
  const body = rows.slice(columns.headerIndex + 1);

  const parentField: Partial<Record<Field, Field>> = {
    districtCode: "provinceCode",
    communeCode: hasDistricts ? "districtCode" : "provinceCode",
  };
  const remember = (unit: ReadUnit, level: number, parentCode: string | null, row: number, codeField: Field) => {
    const column = columns.label[codeField]!;
    const first = units.get(unit.code);
    if (!first) {
      const parent = parentField[codeField];
      units.set(unit.code, {
        ...unit,
        level,
        parentCode,
        row,
        codeColumn: column,
        parentColumn: parent ? columns.label[parent]! : null,
      });
    } else if (level === communeLevel) {
      issues.push({ code: "duplicateCode", row, column, unitCode: unit.code, firstRow: first.row });
    } else if (first.name !== unit.name) {
      issues.push({
        code: "nameConflict",
        row,
        column,
        unitCode: unit.code,
        firstRow: first.row,
        firstName: first.name,
      });
    } else if (first.parentCode !== parentCode) {
      issues.push({
        code: "parentConflict",
        row,
        column,
        unitCode: unit.code,
        firstRow: first.row,
        parentCode: first.parentCode ?? "",
      });
    }
  };

  for (const row of body) {
    const read = new RowReader(row, columns, issues);
    const province = read.unit(
      "provinceCode",
      "provinceName",
      PROVINCE_CODE_DIGITS,
      (name) => findKindFromName(name, PROVINCE_PREFIXES) ?? "PROVINCE",
    );
    if (province && !covers(province.code)) {
      issues.push({
        code: "outsideCoverage",
        row: row.rowNumber,
        column: columns.label.provinceCode!,
        provinceCode: province.code,
      });
      continue;
    }
    if (province) remember(province, 1, null, row.rowNumber, "provinceCode");
    let parent = province;
    if (hasDistricts) {
      const district = read.unit("districtCode", "districtName", DISTRICT_CODE_DIGITS, (name) =>
        findKindFromName(name, DISTRICT_PREFIXES),
      );
      if (province && district) remember(district, 2, province.code, row.rowNumber, "districtCode");
      // A district without communes (an island district) has a row of its own with no commune.
      if (read.text("communeCode") === "" && read.text("communeName") === "") continue;
      parent = province && district;
    }
    // A commune's kind is the "Cấp" column's when the file has one, else its name's prefix.
    const levelName = read.text("communeLevel");
    const commune = read.unit("communeCode", "communeName", COMMUNE_CODE_DIGITS, (name) =>
      levelName ? findKindFromLevelName(levelName, COMMUNE_PREFIXES) : findKindFromName(name, COMMUNE_PREFIXES),
    );
    if (commune && parent) remember(commune, communeLevel, parent.code, row.rowNumber, "communeCode");
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, units: [...units.values()], rows: body.length, hasDistricts };
}

type ReadUnit = { code: string; name: string; kind: UnitKind };

/** Reads the cells of one row, recording an issue for each missing or malformed one. */
class RowReader {
  constructor(
    private readonly row: TableRow,
    private readonly columns: TableColumns<Field>,
    private readonly issues: ImportIssue[],
  ) {}

  text(field: Field): string {
    return cellOf(this.row, this.columns, field).text;
  }

  /** Code, name and kind of the unit in two columns; null (with issues recorded) if any is wrong. */
  unit(codeField: Field, nameField: Field, digits: number, kindOf: (name: string) => UnitKind | null): ReadUnit | null {
    const codeCell = cellOf(this.row, this.columns, codeField);
    const name = this.text(nameField);
    const code = codeOf(codeCell, digits);
    const row = this.row.rowNumber;
    if (codeCell.text === "") {
      this.issues.push({ code: "required", row, column: this.columns.label[codeField]! });
    } else if (code === null) {
      this.issues.push({
        code: "codeFormat",
        row,
        column: this.columns.label[codeField]!,
        value: codeCell.text,
        digits,
      });
    }
    if (name === "") {
      this.issues.push({ code: "required", row, column: this.columns.label[nameField]! });
      return null;
    }
    const kind = kindOf(name);
    if (kind === null) {
      const levelName = codeField === "communeCode" ? this.text("communeLevel") : "";
      const column = levelName ? this.columns.label.communeLevel! : this.columns.label[nameField]!;
      this.issues.push({ code: "unknownKind", row, column, value: levelName || name });
      return null;
    }
    return code === null ? null : { code, name, kind };
  }
}
