// Reports on both sides of a group-set boundary (lib/coverage/group-succession.ts): the 2014 set until
// June 2026, then a set an administrator adds from July 2026 whose codes are reshuffled on purpose —
// "1" continues 2014's 1 + 2, "2" 2014's 3, "3" 2014's 4, "4" 2014's 5 (household), "5" nothing. The
// import's warnings compare a July row with June through that mapping, an export across the boundary
// shows each set's groups in their own columns, a July template shows June in July's groups, and a
// new group's trend on the plan view continues from the groups it continues. Expected figures are
// worked out here from the mapping, by hand.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { runAuthedAction, type ActionUser } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { monthRange, monthToDate, type Month } from "@/lib/period";
import { getGroupCoverageTrend } from "@/lib/queries/get-group-coverage-trend";
import { getGroupStandings } from "@/lib/queries/get-plan-progress";
import { buildReportExport } from "@/lib/reports/export/build-export";
import { prepareExport } from "@/lib/reports/export/prepare-export";
import { buildImportTemplate } from "@/lib/reports/import/build-template";
import { prepareImport } from "@/lib/reports/import/prepare-import";
import { createGroupSetSpec } from "@/lib/reports/manage-group-sets";
import { insertGroupSet, type GroupIds } from "@/prisma/seed/groups";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser } from "../fixtures/users";
import { actionEnvironment } from "../helpers/action-environment";
import { vietnameseHeader, xlsxBytes, type SheetCell } from "../helpers/report-files";

const JUNE: Month = "2026-06";
const JULY: Month = "2026-07";
const POPULATION = 12_000;
const now = new Date();

let tree: ScopeTree;
let old: GroupIds;
/** The new set's group ids by code. */
let fresh: Record<string, number>;
let admin: ActionUser;
let official: ActionUser;

const quiet = vi.spyOn(console, "warn").mockImplementation(() => {});
afterAll(() => quiet.mockRestore());

/** Insured and eligible; new enrollments and renewals 10 and 20 unless given. */
type Figures = [insured: number, eligible: number, newlyEnrolled?: number, renewed?: number];

/** Every month from July 2025 to June 2026, in both communes: the 2014 groups "1" … "5", steady. */
const OLD: Figures[] = [
  [1_200, 1_300],
  [300, 300],
  [2_500, 2_500],
  [1_800, 2_000],
  [3_000, 3_600],
];

/** July 2026 in the new groups "1" … "5", continuing June exactly through the mapping. */
const CONTINUED: Figures[] = [
  [1_500, 1_600, 20, 40], // 2014's 1 + 2
  [2_500, 2_500], // 2014's 3
  [1_800, 2_000], // 2014's 4
  [3_000, 3_600], // 2014's 5
  [100, 200], // no predecessor
];

async function storeReport(unitId: number, month: Month, groupIds: readonly number[], figures: Figures[]) {
  const period = monthToDate(month);
  await db.unitMonthReport.create({
    data: {
      unitId,
      period,
      population: POPULATION,
      voluntarySocialInsured: 100,
      voluntarySocialAssigned: 200,
      status: "SUBMITTED",
    },
  });
  await db.enrollmentFigure.createMany({
    data: figures.map(([insured, eligible, newlyEnrolled = 10, renewed = 20], index) => ({
      unitId,
      period,
      groupId: groupIds[index]!,
      insured,
      eligible,
      newlyEnrolled,
      renewed,
    })),
  });
}

/** A file row of the import layout for groups "1" … "5". */
function fileRow(code: string, month: Month, figures: Figures[]): SheetCell[] {
  return [
    code,
    null,
    month,
    POPULATION,
    100,
    200,
    ...figures.flatMap(([insured, eligible, newlyEnrolled = 10, renewed = 20]) => [
      insured,
      eligible,
      newlyEnrolled,
      renewed,
    ]),
  ];
}

beforeAll(async () => {
  tree = await createScopeTree(db);
  old = await db.$transaction((tx) => insertGroupSet(tx));
  admin = await createTestUser(db, { username: "boundary.admin", role: "ADMIN", scopeUnitId: tree.vn });
  official = await createTestUser(db, {
    username: "boundary.official",
    role: "PROVINCIAL_OFFICIAL",
    scopeUnitId: tree.n10,
  });
  for (const month of monthRange("2025-07", JUNE)) {
    for (const unitId of [tree.c20001, tree.c20002]) await storeReport(unitId, month, old, OLD);
  }
  const names: [string, string][] = [
    ["Nhóm do người lao động, người sử dụng lao động hoặc BHXH đóng", "Lao động, BHXH"],
    ["Nhóm do ngân sách nhà nước đóng", "NSNN đóng"],
    ["Nhóm được ngân sách nhà nước hỗ trợ", "NSNN hỗ trợ"],
    ["Nhóm tự đóng theo hộ gia đình", "Tự đóng"],
    ["Nhóm mới của luật sửa đổi", "Nhóm mới"],
  ];
  const continues = [[old[0], old[1]], [old[2]], [old[3]], [old[4]], []];
  const form: Record<string, unknown> = {
    validFrom: JULY,
    code: "LBHYT-2024",
    name: "Nhóm đối tượng theo Luật BHYT sửa đổi 2024",
    legalBasis: "Luật số 51/2024/QH15",
  };
  names.forEach(([name, shortName], index) => {
    Object.assign(form, {
      [`g${index}.code`]: String(index + 1),
      [`g${index}.ordinal`]: String(index + 1),
      [`g${index}.name`]: name,
      [`g${index}.shortName`]: shortName,
      [`g${index}.continues`]: continues[index]!.map(String),
    });
  });
  const created = await runAuthedAction(createGroupSetSpec, form, actionEnvironment(admin));
  expect(created).toMatchObject({ ok: true });
  const groups = await db.participantGroup.findMany({ where: { groupSet: { code: "LBHYT-2024" } } });
  fresh = Object.fromEntries(groups.map((group) => [group.code, group.id]));
});

describe("the import's warnings across the boundary", () => {
  it("compare a July row with June through the mapping, not by code", async () => {
    // 20001 continues June exactly. 20002's group 3 holds 2,500 of 2,500: the level of 2014's group 3,
    // but group 3 now continues 2014's group 4 (1,800 of 2,000), so it jumps by 700 insured and 500
    // eligible, and grows by 700 with 30 enrolled.
    const jumped = CONTINUED.map((figures, index): Figures => (index === 2 ? [2_500, 2_500] : figures));
    const bytes = await xlsxBytes(vietnameseHeader(5), [
      fileRow("20001", JULY, CONTINUED),
      fileRow("20002", JULY, jumped),
    ]);
    const prepared = await prepareImport(db, admin, { name: "thang-7.xlsx", bytes }, now);
    expect(prepared.check.problems).toEqual([]);
    expect(prepared.check.issues).toEqual([]);
    expect(prepared.check.plans.map((plan) => [plan.unit.code, plan.kind, plan.warnings])).toEqual([
      ["20001", "new", []],
      [
        "20002",
        "new",
        [
          { field: "g3.insured", code: "jump", params: { previous: 1_800, value: 2_500 } },
          { field: "g3.eligible", code: "jump", params: { previous: 2_000, value: 2_500 } },
          { field: "g3.newlyEnrolled", code: "growthAboveEnrolled", params: { group: "3", growth: 700, enrolled: 30 } },
        ],
      ],
    ]);
  });
});

describe("after July is reported in the new groups", () => {
  beforeAll(async () => {
    const ids = ["1", "2", "3", "4", "5"].map((code) => fresh[code]!);
    for (const unitId of [tree.c20001, tree.c20002]) await storeReport(unitId, JULY, ids, CONTINUED);
  });

  it("an export from June to July shows each set's groups in their own columns, and imports back unchanged", async () => {
    const plan = await prepareExport(official, { unit: { id: tree.n10 }, from: JUNE, to: JULY }, now);
    if (plan.kind !== "ready") throw new Error(`export not ready: ${JSON.stringify(plan)}`);
    const { bytes } = await buildReportExport(official, plan, "vi");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const rowsOf = (name: string) =>
      workbook
        .getWorksheet(name)!
        .getSheetValues()
        .filter((row) => row !== undefined)
        .map((row) => (row as unknown[]).slice(1));

    // The summary: 2014's group 4 (3,600 eligible in June, two communes) and the new group 4
    // (7,200 in July, 2014's group 5 before) never share a column.
    const summary = rowsOf("Tổng hợp");
    const header = summary[2] as string[];
    const column = (title: string) => {
      const index = header.indexOf(title);
      expect(index, title).toBeGreaterThanOrEqual(0);
      return summary.slice(3).map((row) => (row as unknown[])[index] ?? null);
    };
    expect(column("LBHYT-2014 · Nhóm 4 – Thuộc diện")).toEqual([4_000, null]);
    expect(column("LBHYT-2014 · Nhóm 5 – Thuộc diện")).toEqual([7_200, null]);
    expect(column("LBHYT-2024 · Nhóm 4 – Thuộc diện")).toEqual([null, 7_200]);
    expect(column("LBHYT-2024 · Nhóm 5 – Có thẻ")).toEqual([null, 200]);
    expect(header).not.toContain("Nhóm 4 – Thuộc diện");

    // The data sheet keeps the import layout, and each row names the set its group columns belong to.
    const data = rowsOf("Số liệu");
    const setColumn = (data[0] as string[]).indexOf("Danh mục nhóm");
    expect(setColumn).toBeGreaterThanOrEqual(0);
    expect(data.slice(1).map((row) => [row[0], row[2], row[setColumn]])).toEqual([
      ["20001", JUNE, "LBHYT-2014"],
      ["20002", JUNE, "LBHYT-2014"],
      ["20001", JULY, "LBHYT-2024"],
      ["20002", JULY, "LBHYT-2024"],
    ]);

    // The instructions name each set's groups with the months they apply to.
    const instructions = rowsOf("Hướng dẫn").map((row) => row[0]);
    expect(instructions).toContain("LBHYT-2014 (tháng 1/2015 – tháng 6/2026):");
    expect(instructions).toContain("LBHYT-2024 (từ tháng 7/2026):");
    expect(instructions).toContain("Nhóm 4: Nhóm tự đóng theo hộ gia đình");

    const reimport = await prepareImport(db, official, { name: "xuat.xlsx", bytes }, now);
    expect(reimport.check.problems).toEqual([]);
    expect(reimport.check.issues).toEqual([]);
    expect(reimport.check.plans.map((row) => row.kind)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
  });

  it("a July template shows June for reference in July's groups, through the mapping", async () => {
    const unit = await db.unit.findUniqueOrThrow({ where: { id: tree.n10 } });
    const { bytes } = await buildImportTemplate(official, unit, JULY, "vi");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const [header, ...rows] = workbook
      .getWorksheet("Tháng trước")!
      .getSheetValues()
      .filter((row) => row !== undefined)
      .map((row) => (row as unknown[]).slice(1));
    const cells = (...titles: string[]) =>
      rows.map((row) => [row[0], row[2], ...titles.map((title) => row[(header as string[]).indexOf(title)] ?? null)]);
    // Group 1 is 2014's 1 + 2, group 4 2014's 5; group 5 continues nothing, so June has no figure for it.
    expect(cells("Nhóm 1 – Có thẻ", "Nhóm 1 – Tham gia mới", "Nhóm 4 – Thuộc diện", "Nhóm 5 – Có thẻ")).toEqual([
      ["20001", JUNE, 1_500, 20, 3_600, null],
      ["20002", JUNE, 1_500, 20, 3_600, null],
    ]);
  });

  it("a new group's trend continues from the groups it continues; a group that continues none starts at the boundary", async () => {
    const trend = await getGroupCoverageTrend(tree.n10, "2026-05", JULY);
    const series = (groupId: number) =>
      trend.get(groupId)?.map((point) => [point.month, point.insured, point.eligible]);
    // Group 4 continues 2014's group 5 (3,000 of 3,600 in each commune).
    expect(series(fresh["4"]!)).toEqual([
      ["2026-05", 6_000, 7_200],
      ["2026-06", 6_000, 7_200],
      [JULY, 6_000, 7_200],
    ]);
    // Group 1 continues 2014's groups 1 and 2.
    expect(series(fresh["1"]!)).toEqual([
      ["2026-05", 3_000, 3_200],
      ["2026-06", 3_000, 3_200],
      [JULY, 3_000, 3_200],
    ]);
    expect(series(fresh["5"]!)).toEqual([
      ["2026-05", 0, 0],
      ["2026-06", 0, 0],
      [JULY, 200, 400],
    ]);
  });

  it("a plan's target for a new group is projected on the series it continues", async () => {
    const plan = await db.plan.create({
      data: {
        number: "12/KH-UBND",
        title: "Kế hoạch BHYT 2026",
        issuer: "UBND tỉnh Mười mới",
        issuedOn: monthToDate("2026-01"),
        scopeUnitId: tree.n10,
        periodStart: monthToDate("2026-01"),
        periodEnd: new Date("2026-12-31T00:00:00Z"),
        targets: {
          create: { unitId: tree.n10, groupId: fresh["4"]!, dueOn: new Date("2026-12-31T00:00:00Z"), rateBp: 9_000 },
        },
      },
    });
    const standings = await getGroupStandings(plan.id, tree.n10, JULY, "2025-07");
    const group4 = standings.find(({ group }) => group.groupId === fresh["4"]);
    // Seasonal naïve with drift: December 2025's rate (2014's group 5: 6,000 ÷ 7,200) plus the change
    // from July 2025 to July 2026 (none).
    expect(group4?.standing.projection?.rate).toBeCloseTo(6_000 / 7_200, 6);
  });
});
