// The import rules without a database: a hand-made context (units, children, group sets, reports)
// and files of a few rows.
import { describe, expect, it } from "vitest";

import type { Cell } from "@/lib/reports/file/cells";
import type { ColumnKey } from "@/lib/reports/file/columns";
import type { ReportFile } from "@/lib/reports/file/read-report-file";
import { checkImport } from "@/lib/reports/import/check-import";
import type { ImportContext } from "@/lib/reports/import/import-context";
import { previewToken } from "@/lib/reports/import/preview-token";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const always = { validFrom: day("2000-01-01"), validTo: null };
const group = (id: number, code: string, predecessorIds: number[] = []) => ({ id, code, predecessorIds });

/**
 * Commune 07765 (id 1) and its district 222 (id 2); group "1" until 2025, groups "1" (continuing the
 * earlier "1") and "2" from 2025.
 */
function context(overrides: Partial<ImportContext> = {}): ImportContext {
  return {
    unitsByCode: new Map([
      ["07765", [{ id: 1, code: "07765", name: "Xã Nghĩa Trung", ...always }]],
      ["222", [{ id: 2, code: "222", name: "Thị xã Việt Yên", ...always }]],
    ]),
    childSpans: new Map([[2, [always]]]),
    scope: null,
    groupSets: [
      { validFrom: day("2015-01-01"), validTo: day("2025-01-01"), codes: ["1"], groups: [group(11, "1")] },
      {
        validFrom: day("2025-01-01"),
        validTo: null,
        codes: ["1", "2"],
        groups: [group(21, "1", [11]), group(22, "2")],
      },
    ],
    reports: new Map(),
    lastOpenMonth: "2025-06",
    ...overrides,
  };
}

const COLUMNS: ColumnKey[] = [
  "unitCode",
  "month",
  "population",
  "g1.insured",
  "g1.eligible",
  "g1.newlyEnrolled",
  "g1.renewed",
  "g2.insured",
  "g2.eligible",
  "g2.newlyEnrolled",
  "g2.renewed",
];

function file(rows: Cell[][]): ReportFile {
  return {
    columns: COLUMNS.map((key, index) => ({ key, letter: String.fromCharCode(65 + index), header: key })),
    ignoredColumns: [],
    rows: rows.map((cells, index) => ({
      row: index + 2,
      cells: Object.fromEntries(COLUMNS.map((key, column) => [key, cells[column] ?? null])),
    })),
  };
}

describe("checking rows", () => {
  it("finds a commune whose code lost its leading zero, and refuses a district", () => {
    const check = checkImport(
      file([
        [7765, "2024-05", 1_000, 500, 600, 10, 20],
        ["222", "2024-05", 1_000, 500, 600, 10, 20],
      ]),
      context(),
    );
    expect(check.plans.map((plan) => plan.unit.code)).toEqual(["07765"]);
    expect(check.issues.map(({ row, code }) => [row, code])).toEqual([[3, "notBaseUnit"]]);
  });

  it("asks for the groups in force in each row's month and refuses figures for a group not in force", () => {
    const check = checkImport(
      file([
        ["07765", "2024-12", 1_000, 500, 600, 10, 20, 5, null, null, null],
        ["07765", "2025-01", 1_000, 500, 600, 10, 20, null, null, null, null],
      ]),
      context(),
    );
    expect(check.issues.map(({ row, column, code }) => [row, column, code])).toEqual([
      [2, "g2.insured", "groupNotInForce"],
      [3, "g2.insured", "required"],
      [3, "g2.eligible", "required"],
      [3, "g2.newlyEnrolled", "required"],
      [3, "g2.renewed", "required"],
    ]);
  });

  it("skips rows without any value and counts them", () => {
    const check = checkImport(
      file([
        ["07765", "2024-05"],
        ["07765", "2024-06", 1_000, 500, 600, 10, 20],
      ]),
      context(),
    );
    expect(check.blankRows).toBe(1);
    expect(check.plans).toHaveLength(1);
  });

  it("warns against the months before a row as they will be after the import, the file's own rows included", () => {
    const months = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"];
    const rows = months.map((month, index): Cell[] => ["07765", month, 10_000 + index, 500 + index, 600, 10, 20]);
    rows.push(["07765", "2024-07", 30_000, 506, 600, 10, 20]); // the population triples
    const check = checkImport(file(rows), context());
    expect(check.issues).toEqual([]);
    const july = check.plans.find((plan) => plan.month === "2024-07")!;
    expect(july.warnings).toContainEqual({
      field: "population",
      code: "jump",
      params: { previous: 10_005, value: 30_000 },
    });
    expect(
      check.plans
        .filter((plan) => plan.month !== "2024-07")
        .every((plan) => plan.warnings.every((w) => w.code !== "jump")),
    ).toBe(true);
  });
});

describe("the preview token", () => {
  it("changes with the file and with the version of a report the file touches", () => {
    const existing = {
      id: 9,
      version: 1,
      status: "SUBMITTED" as const,
      values: { population: 1, voluntarySocialInsured: null, voluntarySocialAssigned: null, groups: {} },
    };
    const reports = new Map([["1:2024-05", existing]]);
    const plans = checkImport(file([["07765", "2024-05", 1_000, 500, 600, 10, 20]]), context({ reports })).plans;
    const bumped = checkImport(
      file([["07765", "2024-05", 1_000, 500, 600, 10, 20]]),
      context({ reports: new Map([["1:2024-05", { ...existing, version: 2 }]]) }),
    ).plans;
    expect(previewToken("a", plans)).toBe(previewToken("a", plans));
    expect(previewToken("a", plans)).not.toBe(previewToken("b", plans));
    expect(previewToken("a", plans)).not.toBe(previewToken("a", bumped));
  });
});
