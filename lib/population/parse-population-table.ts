// An official population table (GSO): one row per unit and year — Mã đơn vị, Năm, Dân số (a name
// column may be there for the reader; it is not checked), or unit_code, year, population. Each row
// is checked on its own (a code, a year from 2000 to the current one, a whole number of people above
// 0) and against the others (one row per unit and year); whether the unit exists in that year is
// checked against the database (./plan-population-import.ts). Issues name the row and the column.
import type { ImportIssue } from "@/lib/units/import-issues";
import type { TableCell, TableRow } from "@/lib/units/read-table-file";
import { cellOf, findColumns, type FieldAliases } from "@/lib/units/table-layout";
import { FIRST_POPULATION_YEAR, MAX_POPULATION } from "@/lib/validation/official-population";

type Field = "code" | "year" | "population";

const ALIASES: FieldAliases<Field> = {
  code: ["Mã đơn vị", "Mã ĐV", "Mã", "Mã ĐVHC", "unit_code", "code"],
  year: ["Năm", "year"],
  population: ["Dân số", "Dân số chính thức", "Dân số trung bình", "population"],
};

const REQUIRED: readonly Field[] = ["code", "year", "population"];

/** The Vietnamese headings as the import page names them (Mã đơn vị, Năm, Dân số). */
export const POPULATION_HEADINGS = REQUIRED.map((field) => ALIASES[field][0]!);

/** The country (VN), a province (2 digits), a district (3) or a commune (5). */
const UNIT_CODE = /^(VN|\d{2}|\d{3}|\d{5})$/;

export type PopulationRow = {
  row: number;
  code: string;
  year: number;
  population: number;
  /** The header of the code column as written in the file, to name it in later issues. */
  codeColumn: string;
};

export type PopulationTableParse = { ok: true; rows: PopulationRow[] } | { ok: false; issues: ImportIssue[] };

/**
 * A unit code from a cell. A number cell of a workbook lost its leading zeros: one digit is a
 * province (01–09), four digits a commune (01001–09999); other lengths are taken as they are, so a
 * district code 001–099 must be typed as text.
 */
function unitCodeOf(cell: TableCell): string {
  if (!cell.numeric || !/^\d+$/.test(cell.text)) return cell.text.toUpperCase();
  return cell.text.length === 1
    ? cell.text.padStart(2, "0")
    : cell.text.length === 4
      ? cell.text.padStart(5, "0")
      : cell.text;
}

/** A whole number of people: "136430", "136.430", "136,430" or "136 430"; null when not one. */
export function readPeople(text: string): number | null {
  const digits = /^\d+$/.test(text)
    ? text
    : /^\d{1,3}([.,\s\u00a0]\d{3})+$/.test(text)
      ? text.replace(/[.,\s\u00a0]/g, "")
      : null;
  return digits === null ? null : Number(digits);
}

export function parsePopulationTable(rows: readonly TableRow[], currentYear: number): PopulationTableParse {
  const columns = findColumns(rows, ALIASES, REQUIRED);
  if (!columns)
    return { ok: false, issues: [{ code: "noHeader", expected: REQUIRED.map((field) => ALIASES[field][0]!) }] };
  const label = { code: columns.label.code!, year: columns.label.year!, population: columns.label.population! };
  const issues: ImportIssue[] = [];
  const parsed: PopulationRow[] = [];
  const firstRowOf = new Map<string, number>();

  for (const row of rows.slice(columns.headerIndex + 1)) {
    const cell = (field: Field) => cellOf(row, columns, field);
    const at = (field: Field) => ({ row: row.rowNumber, column: label[field] });
    const code = unitCodeOf(cell("code"));
    const codeOk = UNIT_CODE.test(code);
    if (code === "") issues.push({ code: "required", ...at("code") });
    else if (!codeOk) issues.push({ code: "unitCodeFormat", ...at("code"), value: code });

    const yearText = cell("year").text;
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
    const yearOk = year !== null && year >= FIRST_POPULATION_YEAR && year <= currentYear;
    if (yearText === "") issues.push({ code: "required", ...at("year") });
    else if (!yearOk)
      issues.push({ code: "yearFormat", ...at("year"), value: yearText, from: FIRST_POPULATION_YEAR, to: currentYear });

    const peopleText = cell("population").text;
    const population = readPeople(peopleText);
    const populationOk = population !== null && population > 0 && population <= MAX_POPULATION;
    if (peopleText === "") issues.push({ code: "required", ...at("population") });
    else if (!populationOk) issues.push({ code: "populationFormat", ...at("population"), value: peopleText });

    if (!codeOk || !yearOk || !populationOk) continue;
    const key = `${code}/${year}`;
    const firstRow = firstRowOf.get(key);
    if (firstRow !== undefined) {
      issues.push({ code: "duplicateUnitYear", ...at("code"), unitCode: code, year: year!, firstRow });
      continue;
    }
    firstRowOf.set(key, row.rowNumber);
    parsed.push({ row: row.rowNumber, code, year: year!, population: population!, codeColumn: label.code });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows: parsed };
}
