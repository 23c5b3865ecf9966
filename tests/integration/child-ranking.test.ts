// The ranking of child units and its file, on hand-checkable figures: a province of five communes
// against a 90% target in October 2026 (one met, one near, one behind, one with only a draft, one
// new since September), another province outside the official's scope, and the small tree's
// communes across the July 2025 reorganisation. The expected figures are worked out by hand from
// the rows written here. Each child's group rates come from one query for all children; the changes
// since last month and since the same month last year are carried into today's structure, and
// have a reason instead of a value where the unit did not exist or did not report then; the
// dashboard cards' comparisons read the same way; the .xlsx is read back with exceljs.
import type { ReportStatus } from "@prisma/client";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { ActionUser } from "@/lib/actions/authed-action";
import type { Comparison } from "@/lib/coverage/comparison";
import { notYetInsured } from "@/lib/coverage/not-yet-insured";
import { showRanking } from "@/lib/coverage/ranking";
import { buildRankingFile } from "@/lib/dashboard/ranking-file";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import { getChildRanking } from "@/lib/queries/get-child-ranking";
import { getCoverageComparisons } from "@/lib/queries/get-coverage-comparisons";
import { getCoverageSummary } from "@/lib/queries/get-coverage-summary";
import { getMonthComparison } from "@/lib/queries/get-month-comparison";
import { rebuildUnitClosure } from "@/lib/units/rebuild-closure";

import { createSmallTree } from "../fixtures/small-tree";
import { createTestUser } from "../fixtures/users";

const ORIGINAL_TODAY = process.env.APP_TODAY;
/** A change's points; fails the test where there is no change. */
const comparedPoints = (comparison: Comparison): number | null => {
  if (comparison.kind !== "change") throw new Error(`no change: ${comparison.reason}`);
  return comparison.points;
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const SEPTEMBER = day("2026-09-01");
const OCTOBER = day("2026-10-01");
/** A year before the small tree's July 2025: old communes 10001 and 10002 reported, 10003 did not. */
const JULY_2024 = day("2024-07-01");

/** Population and [insured, eligible] of groups 1 and 2; a status other than APPROVED where given. */
type Figures = { population: number; groups: [[number, number], [number, number]]; status?: ReportStatus };

const COMMUNES: { code: string; name: string; september?: Figures; october?: Figures }[] = [
  // 920 / 1,000 = 92% (met); September 900 / 1,000 = 90%: +2 points.
  {
    code: "50001",
    name: "Xã Bắc Sơn",
    september: {
      population: 1_000,
      groups: [
        [290, 320],
        [610, 660],
      ],
    },
    october: {
      population: 1_000,
      groups: [
        [300, 320],
        [620, 660],
      ],
    },
  },
  // 1,790 / 2,000 = 89.5% (near: within a point of 90%), submitted, not approved; September 90%: −0.5.
  {
    code: "50002",
    name: "Phường Đông Hà",
    september: {
      population: 2_000,
      groups: [
        [500, 560],
        [1_300, 1_400],
      ],
    },
    october: {
      population: 2_000,
      groups: [
        [500, 560],
        [1_290, 1_400],
      ],
      status: "SUBMITTED",
    },
  },
  // 800 / 1,000 = 80% (behind); September 78%: +2.
  {
    code: "50003",
    name: "Xã Bắc Lũng",
    september: {
      population: 1_000,
      groups: [
        [200, 300],
        [580, 680],
      ],
    },
    october: {
      population: 1_000,
      groups: [
        [200, 300],
        [600, 680],
      ],
    },
  },
  // Only a draft in October: not reported, never zeros.
  {
    code: "50004",
    name: "Xã Ngọc Thiện",
    september: {
      population: 800,
      groups: [
        [300, 400],
        [400, 400],
      ],
    },
    october: {
      population: 900,
      groups: [
        [1, 400],
        [1, 400],
      ],
      status: "DRAFT",
    },
  },
  // 480 / 470 = 102.13% (met, over 100%: nobody left to insure, not −10); nothing in September: no change.
  {
    code: "50005",
    name: "Xã Mới",
    october: {
      population: 470,
      groups: [
        [100, 100],
        [380, 400],
      ],
    },
  },
];

let tree: Awaited<ReturnType<typeof createSmallTree>>;
let province: { id: number };
let official: ActionUser;
let admin: ActionUser;
let communeStaff: ActionUser;

beforeAll(async () => {
  process.env.APP_TODAY = "2026-11-29";
  tree = await createSmallTree(db);
  await db.unitSuccession.createMany({
    data: [
      [tree.oldProvince.id, tree.newProvince.id],
      [tree.old["10001"]!, tree.fresh["20001"]!],
      [tree.old["10002"]!, tree.fresh["20001"]!],
      [tree.old["10003"]!, tree.fresh["20002"]!],
    ].map(([predecessorId, successorId]) => ({
      predecessorId: predecessorId!,
      successorId: successorId!,
      kind: "FULL" as const,
      shareBp: 10_000,
      effectiveOn: day("2025-07-01"),
    })),
  });
  const unit = (code: string, name: string, kind: "PROVINCE" | "COMMUNE" | "WARD", level: number, parentId: number) =>
    db.unit.create({ data: { code, name, kind, level, parentId, validFrom: day("2025-07-01") } });
  province = await unit("50", "Tỉnh Thử", "PROVINCE", 1, tree.vn.id);
  const other = await unit("60", "Tỉnh Khác", "PROVINCE", 1, tree.vn.id);
  const ids: Record<string, number> = {};
  for (const commune of COMMUNES)
    ids[commune.code] = (
      await unit(commune.code, commune.name, commune.name.startsWith("Phường") ? "WARD" : "COMMUNE", 2, province.id)
    ).id;
  ids["60001"] = (await unit("60001", "Xã Bắc Khác", "COMMUNE", 2, other.id)).id;
  await rebuildUnitClosure(db);

  const write = async (unitId: number, period: Date, { population, groups, status = "APPROVED" }: Figures) => {
    await db.unitMonthReport.create({ data: { unitId, period, population, status } });
    await db.enrollmentFigure.createMany({
      data: groups.map(([insured, eligible], i) => ({
        unitId,
        period,
        groupId: tree.groups[i]!.id,
        insured,
        eligible,
        newlyEnrolled: 0,
        renewed: 0,
      })),
    });
  };
  for (const commune of COMMUNES) {
    if (commune.september) await write(ids[commune.code]!, SEPTEMBER, commune.september);
    if (commune.october) await write(ids[commune.code]!, OCTOBER, commune.october);
  }
  await write(ids["60001"]!, OCTOBER, {
    population: 100,
    groups: [
      [10, 20],
      [40, 80],
    ],
  });
  // 10001: 700 + 2,900 = 3,600 of 4,000; 10002: 400 + 1,800 = 2,200 of 2,400.
  await write(tree.old["10001"]!, JULY_2024, {
    population: 4_000,
    groups: [
      [700, 1_000],
      [2_900, 3_100],
    ],
  });
  await write(tree.old["10002"]!, JULY_2024, {
    population: 2_400,
    groups: [
      [400, 500],
      [1_800, 2_000],
    ],
  });
  await db.plan.create({
    data: {
      number: "1/KH-TEST",
      title: "Test",
      issuer: "UBND",
      issuedOn: day("2026-01-01"),
      scopeUnitId: tree.vn.id,
      periodStart: day("2026-01-01"),
      periodEnd: day("2026-12-31"),
      targets: { create: [{ unitId: tree.vn.id, rateBp: 9_000, dueOn: day("2026-12-31") }] },
    },
  });
  official = await createTestUser(db, {
    username: "tinh.xephang",
    role: "PROVINCIAL_OFFICIAL",
    scopeUnitId: province.id,
  });
  admin = await createTestUser(db, { username: "admin.xephang", role: "ADMIN", scopeUnitId: tree.vn.id });
  communeStaff = await createTestUser(db, {
    username: "xa.xephang",
    role: "COMMUNE_STAFF",
    scopeUnitId: ids["50001"]!,
  });
});

afterAll(() => {
  if (ORIGINAL_TODAY === undefined) delete process.env.APP_TODAY;
  else process.env.APP_TODAY = ORIGINAL_TODAY;
});

describe("the ranking's figures", () => {
  it("gives each child its rate, status, gap, group rates and changes; a draft is not a report", async () => {
    const { groups, rows } = await getChildRanking(province.id, "2026-10", null, "submitted");
    expect(groups.map((group) => group.code)).toEqual(["1", "2"]);
    const byCode = Object.fromEntries(rows.map((row) => [row.code, row]));
    expect(rows.map((row) => row.code)).toEqual(["50001", "50002", "50003", "50004", "50005"]);

    expect(byCode["50001"]).toMatchObject({
      insured: 920,
      population: 1_000,
      rate: 0.92,
      targetBp: 9_000,
      gap: 0,
      status: "met",
      reportingUnits: 1,
      baseUnits: 1,
    });
    expect(byCode["50001"]!.sinceLastMonth).toMatchObject({ kind: "change", people: 20, provisional: false });
    expect(comparedPoints(byCode["50001"]!.sinceLastMonth)).toBeCloseTo(2, 10);
    // October 2025: the province existed (since July 2025) but nobody reported: a reason, not 0.
    expect(byCode["50001"]!.sinceLastYear).toEqual({ kind: "none", reason: "notReported" });
    expect(byCode["50001"]!.groupRates["1"]).toBeCloseTo(300 / 320, 12);
    expect(byCode["50001"]!.groupRates["2"]).toBeCloseTo(620 / 660, 12);

    expect(byCode["50002"]).toMatchObject({ rate: 0.895, gap: 10, status: "near" });
    expect(comparedPoints(byCode["50002"]!.sinceLastMonth)).toBeCloseTo(-0.5, 10);
    expect(byCode["50002"]!.sinceLastMonth).toMatchObject({ people: -10 });
    expect(byCode["50003"]).toMatchObject({ rate: 0.8, gap: 100, status: "behind" });
    expect(byCode["50003"]!.groupRates["1"]).toBeCloseTo(200 / 300, 12);

    // The draft's figures are not counted: no rate, no group rates, no change, not zeros.
    expect(byCode["50004"]).toMatchObject({
      insured: 0,
      population: 0,
      rate: null,
      gap: null,
      reportingUnits: 0,
      baseUnits: 1,
      groupRates: {},
    });
    expect(byCode["50004"]!.sinceLastMonth).toEqual({ kind: "none", reason: "notReportedNow" });
    expect(byCode["50005"]).toMatchObject({ rate: 480 / 470, status: "met" });
    expect(byCode["50005"]!.sinceLastMonth).toEqual({ kind: "none", reason: "notReported" });
  });

  it("counts people not yet insured per child, 0 for the over-covered one, more in all than the province's net count", async () => {
    const { rows } = await getChildRanking(province.id, "2026-10", null, "submitted");
    expect(rows.map((row) => [row.code, row.uninsured])).toEqual([
      ["50001", 1_000 - 920],
      ["50002", 2_000 - 1_790],
      ["50003", 1_000 - 800],
      ["50004", null],
      ["50005", 0],
    ]);
    const summary = await getCoverageSummary(province.id, "2026-10", null, "submitted");
    expect(notYetInsured(summary.insured, summary.population)).toBe(4_470 - 3_990);
    expect(rows.reduce((sum, row) => sum + (row.uninsured ?? 0), 0)).toBe(490);
    // Per group: eligible − insured on the sums, e.g. group 2 of the province.
    const group2 = summary.groups.find((group) => group.code === "2")!;
    expect(notYetInsured(group2.insured, group2.eligible)).toBe(660 + 1_400 + 680 + 400 - (620 + 1_290 + 600 + 380));
  });

  it("sorts by people not yet insured, most first, the unit that has not reported last", async () => {
    const { rows } = await getChildRanking(province.id, "2026-10", null, "submitted");
    expect(
      showRanking(rows, { sort: "uninsured", order: "desc", statuses: [], search: "" }).map(({ row, rank }) => [
        row.code,
        rank,
      ]),
    ).toEqual([
      ["50002", 1],
      ["50003", 2],
      ["50001", 3],
      ["50005", 4],
      ["50004", null],
    ]);
  });

  it("counts only approved reports on the approved basis", async () => {
    const { rows } = await getChildRanking(province.id, "2026-10", null, "approved");
    expect(rows.find((row) => row.code === "50002")).toMatchObject({
      reportingUnits: 0,
      rate: null,
      sinceLastMonth: { kind: "none", reason: "notReportedNow" },
    });
  });

  it("carries last month into today's structure for the change, and group rates too; in the month's structure a new unit has none", async () => {
    const current = await getChildRanking(tree.newProvince.id, "2025-07", "2025-08", "submitted");
    const merged = current.rows.find((row) => row.code === "20001")!;
    // July 6,210 / 6,600 against June's 10001 + 10002 carried in: (3,800 + 2,350) / 6,600.
    expect(comparedPoints(merged.sinceLastMonth)).toBeCloseTo(((6_210 - 6_150) / 6_600) * 100, 10);
    expect(comparedPoints(current.rows.find((row) => row.code === "20002")!.sinceLastMonth)).toBeCloseTo(
      ((805 - 790) / 1_200) * 100,
      10,
    );

    const ownStructure = await getChildRanking(tree.newProvince.id, "2025-07", null, "submitted");
    expect(ownStructure.rows.map((row) => row.sinceLastMonth)).toEqual([
      { kind: "none", reason: "notExisting" },
      { kind: "none", reason: "notExisting" },
    ]);

    const june = await getChildRanking(tree.newProvince.id, "2025-06", "2025-08", "submitted");
    const carried = june.rows.find((row) => row.code === "20001")!;
    expect(carried.groupRates["1"]).toBeCloseTo((800 + 450) / (1_000 + 500), 12);
    expect(carried.groupRates["2"]).toBeCloseTo((3_000 + 1_900) / (3_100 + 2_000), 12);
  });

  it("compares with the same month last year: carried into today's structure, none in the month's for a unit formed since", async () => {
    const current = await getChildRanking(tree.newProvince.id, "2025-07", "2025-08", "submitted");
    const merged = current.rows.find((row) => row.code === "20001")!;
    // July 2025 6,210 / 6,600 against July 2024's 10001 + 10002 carried in: 5,800 / 6,400.
    expect(merged.sinceLastYear).toMatchObject({ kind: "change", people: 6_210 - 5_800, provisional: false });
    expect(comparedPoints(merged.sinceLastYear)).toBeCloseTo((6_210 / 6_600 - 5_800 / 6_400) * 100, 10);
    // 20002's predecessor 10003 existed in July 2024 and did not report.
    expect(current.rows.find((row) => row.code === "20002")!.sinceLastYear).toEqual({
      kind: "none",
      reason: "notReported",
    });

    const ownStructure = await getChildRanking(tree.newProvince.id, "2025-07", null, "submitted");
    expect(ownStructure.rows.map((row) => row.sinceLastYear)).toEqual([
      { kind: "none", reason: "notExisting" },
      { kind: "none", reason: "notExisting" },
    ]);
    expect(
      showRanking(current.rows, { sort: "change-year", order: "desc", statuses: [], search: "" }).map(
        ({ row, rank }) => [row.code, rank],
      ),
    ).toEqual([
      ["20001", 1],
      ["20002", 2],
    ]);
  });
});

describe("the dashboard cards' comparisons", () => {
  it("compare a province with last month (provisional: a commune missing in each) and have no year-on-year change where nobody reported", async () => {
    const { lastMonth, lastYear } = await getCoverageComparisons(province.id, "2026-10", null, "submitted");
    // October: 920 + 1,790 + 800 + 480 = 3,990 of 4,470 (the draft of 50004 does not count);
    // September: 900 + 1,800 + 780 + 700 = 4,180 of 4,800 (50005 had no report).
    expect(lastMonth).toMatchObject({
      month: "2026-09",
      comparison: { kind: "change", people: 3_990 - 4_180, provisional: true },
    });
    expect(comparedPoints(lastMonth.comparison)).toBeCloseTo((3_990 / 4_470 - 4_180 / 4_800) * 100, 10);
    expect(lastYear).toEqual({ month: "2025-10", comparison: { kind: "none", reason: "notReported" } });
    // On the approved basis 50002's October report (submitted) does not count; its September one does.
    const approved = await getCoverageComparisons(province.id, "2026-10", null, "approved");
    expect(approved.lastMonth.comparison).toMatchObject({ people: 3_990 - 1_790 - 4_180 });
  });

  it("compare a new province with a year before in today's structure only; a new commune did not exist a year before", async () => {
    const own = await getCoverageComparisons(tree.newProvince.id, "2025-07", null, "submitted");
    expect(own.lastYear.comparison).toEqual({ kind: "none", reason: "notExisting" });
    const commune = await getCoverageComparisons(tree.fresh["20001"]!, "2025-07", null, "submitted");
    expect(commune.lastYear.comparison).toEqual({ kind: "none", reason: "notExisting" });

    const current = await getCoverageComparisons(tree.newProvince.id, "2025-07", "2025-08", "submitted");
    // July 2025: 6,210 + 805 = 7,015 of 7,800; July 2024 carried: 5,800 of 6,400, 10003 missing (2 of 3 reported).
    expect(current.lastYear).toMatchObject({
      month: "2024-07",
      comparison: { kind: "change", people: 7_015 - 5_800, provisional: true },
    });
    expect(comparedPoints(current.lastYear.comparison)).toBeCloseTo((7_015 / 7_800 - 5_800 / 6_400) * 100, 10);
    // A commune in today's structure: 20001's year before is its two predecessors' sums.
    const currentCommune = await getCoverageComparisons(tree.fresh["20001"]!, "2025-07", "2025-08", "submitted");
    expect(currentCommune.lastYear.comparison).toMatchObject({
      kind: "change",
      people: 6_210 - 5_800,
      provisional: false,
    });
  });
});

describe("the comparison view's figures", () => {
  it("sets July 2024 beside July 2025 in today's structure; in the month's, the province formed since has no July 2024", async () => {
    const newProvince = { id: tree.newProvince.id, code: "10", name: "Tỉnh Mới" };
    const current = await getMonthComparison(newProvince, "2024-07", "2025-07", "2025-08", "submitted");
    expect(current.unit.from).toMatchObject({
      insured: 5_800,
      population: 6_400,
      rate: 5_800 / 6_400,
      reportingUnits: 2,
      baseUnits: 3,
    });
    expect(current.unit.to).toMatchObject({ insured: 7_015, population: 7_800, rate: 7_015 / 7_800 });
    expect(current.unit.change).toMatchObject({ kind: "change", people: 1_215, provisional: true });
    // 20002's predecessor existed in July 2024 but did not report: no figures, and the reason.
    expect(
      current.children.map((row) => [row.code, row.from?.insured ?? null, row.to?.insured ?? null, row.change]),
    ).toEqual([
      ["20001", 5_800, 6_210, expect.objectContaining({ kind: "change", people: 410 })],
      ["20002", null, 805, { kind: "none", reason: "notReported" }],
    ]);

    const own = await getMonthComparison(newProvince, "2024-07", "2025-07", null, "submitted");
    expect(own.unit.from).toBeNull();
    expect(own.unit.change).toEqual({ kind: "none", reason: "notExisting" });
    expect(own.children.map((row) => [row.code, row.from, row.change])).toEqual([
      ["20001", null, { kind: "none", reason: "notExisting" }],
      ["20002", null, { kind: "none", reason: "notExisting" }],
    ]);
  });
});

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const values = sheet
    .getSheetValues()
    .filter((row) => row !== undefined)
    .map((row) => (row as unknown[]).slice(1));
  const headerIndex = values.findIndex((row) => row[0] === "Hạng" || row[0] === "Rank");
  return {
    name: sheet.name,
    notes: values.slice(0, headerIndex).map((row) => row[0]),
    header: values[headerIndex]!,
    rows: values.slice(headerIndex + 1),
  };
}

async function ready(user: ActionUser, code: string, query: string, locale: "vi" | "en" = "vi") {
  const file = await buildRankingFile(user, code, new URLSearchParams(query), locale, MESSAGES[locale]);
  if (file.kind !== "ready") throw new Error(`not ready: ${JSON.stringify(file)}`);
  return { fileName: file.fileName, ...(await readBack(file.bytes)) };
}

describe("the ranking's file", () => {
  it("lists every child in ranking order with rates, targets, gap, status and group rates; the unit that has not reported last, empty, not zeros", async () => {
    const { fileName, name, notes, header, rows } = await ready(official, "50", "month=2026-10");
    expect(fileName).toBe("xep-hang-50-2026-10.xlsx");
    expect(name).toBe("Xếp hạng");
    expect(notes[0]).toBe("Tỉnh Thử (50): xếp hạng đơn vị trực thuộc, tháng 10/2026");
    expect(notes).toContain("Sắp xếp theo: Tỷ lệ bao phủ, Cao nhất trước");
    expect(notes).toContain("5/5 đơn vị");
    expect(header).toEqual([
      "Hạng",
      "Mã",
      "Đơn vị",
      "Dân số",
      "Có thẻ BHYT",
      "Tỷ lệ bao phủ",
      "Chỉ tiêu",
      "Chênh lệch (điểm %)",
      "Cần vận động",
      "Chưa có thẻ",
      "So với tháng trước (điểm %)",
      "So với tháng trước (người)",
      "So với cùng kỳ năm trước (điểm %)",
      "So với cùng kỳ năm trước (người)",
      "Đã nộp",
      "Đơn vị cơ sở",
      "Tình trạng",
      "Ghi chú",
      "Nhóm 1 – tỷ lệ bao phủ",
      "Nhóm 2 – tỷ lệ bao phủ",
    ]);
    expect(rows.map((row) => [row[0], row[1], row[16]])).toEqual([
      [1, "50005", "Đạt chỉ tiêu"],
      [2, "50001", "Đạt chỉ tiêu"],
      [3, "50002", "Gần đạt"],
      [4, "50003", "Chưa đạt"],
      [undefined, "50004", "chưa báo cáo"],
    ]);
    const [, , near, behind, silent] = rows;
    expect(near!.slice(2, 10)).toEqual(["Phường Đông Hà", 2_000, 1_790, 0.895, 0.9, expect.closeTo(-0.5, 10), 10, 210]);
    expect(near![10]).toBeCloseTo(-0.5, 10);
    // −10 people since September; nobody reported in October 2025: empty, never 0.
    expect(near!.slice(11, 14)).toEqual([-10, undefined, undefined]);
    expect(rows[0]![9]).toBe(0);
    expect(behind![18]).toBeCloseTo(200 / 300, 12);
    expect(behind![19]).toBeCloseTo(600 / 680, 12);
    // No figures for the unit without a counted report: empty cells (exceljs reads them as undefined).
    expect(silent!.slice(3, 14).every((cell) => cell === undefined)).toBe(true);
    expect(silent!.slice(14, 16)).toEqual([0, 1]);
    expect(notes.some((note) => String(note).includes("không bù cho đơn vị khác"))).toBe(true);
  });

  it("keeps the filters, the search, the sort by a group's rate and its order", async () => {
    const filtered = await ready(official, "50", "month=2026-10&status=near,behind&sort=group-1&order=asc");
    expect(filtered.rows.map((row) => [row[0], row[1]])).toEqual([
      [4, "50003"],
      [3, "50002"],
    ]);
    expect(filtered.notes).toContain("Sắp xếp theo: Tỷ lệ nhóm 1: G1, Thấp nhất trước");
    expect(filtered.notes).toContain("Tình trạng: Gần đạt, Chưa đạt");
    expect(filtered.notes).toContain("2/5 đơn vị");

    const searched = await ready(official, "50", "month=2026-10&q=bac&sort=change");
    expect(searched.rows.map((row) => [row[0], row[1]])).toEqual([
      [1, "50001"],
      [2, "50003"],
    ]);
    expect(searched.notes).toContain("Tìm: “bac”");

    const silent = await ready(official, "50", "month=2026-10&status=notReported");
    expect(silent.rows.map((row) => row[1])).toEqual(["50004"]);
  });

  it("follows the counting-rule switch and the structure view in the URL", async () => {
    const approved = await ready(official, "50", "month=2026-10&data=approved");
    expect(approved.fileName).toBe("xep-hang-50-2026-10-da-duyet.xlsx");
    expect(approved.header[14]).toBe("Đã duyệt");
    expect(approved.rows.filter((row) => row[0] === undefined).map((row) => [row[1], row[16]])).toEqual([
      ["50002", "chưa duyệt"],
      ["50004", "chưa duyệt"],
    ]);
    const current = await ready(official, "50", "month=2026-10&view=current");
    expect(current.fileName).toBe("xep-hang-50-2026-10-hien-nay.xlsx");
    expect(current.notes).toContain("Theo cơ cấu hành chính hiện nay");
    expect(current.rows.map((row) => row[1])).toEqual(["50005", "50001", "50002", "50003", "50004"]);
  });

  it("is written in the reader's language", async () => {
    const english = await ready(official, "50", "month=2026-10", "en");
    expect(english.name).toBe("Ranking");
    expect(english.header.slice(0, 6)).toEqual(["Rank", "Code", "Unit", "Population", "Insured", "Coverage"]);
    expect(english.rows.at(-1)![16]).toBe("not reported");
    expect(english.header[12]).toBe("Since the same month last year (points)");
    expect(english.notes[0]).toBe("Tỉnh Thử (50): ranking of child units, Oct 2026");
  });

  it("is refused outside the user's scope, like a unit that does not exist, and for a month without figures", async () => {
    expect(await buildRankingFile(official, "60", new URLSearchParams("month=2026-10"), "vi", MESSAGES.vi)).toEqual({
      kind: "notFound",
    });
    expect(await buildRankingFile(official, "VN", new URLSearchParams("month=2026-10"), "vi", MESSAGES.vi)).toEqual({
      kind: "notFound",
    });
    expect(await buildRankingFile(official, "99", new URLSearchParams("month=2026-10"), "vi", MESSAGES.vi)).toEqual({
      kind: "notFound",
    });
    expect(await buildRankingFile(communeStaff, "50", new URLSearchParams("month=2026-10"), "vi", MESSAGES.vi)).toEqual(
      { kind: "notFound" },
    );
    expect(await buildRankingFile(official, "50", new URLSearchParams("month=2031-01"), "vi", MESSAGES.vi)).toEqual({
      kind: "invalid",
      message: "Không tải được bảng xếp hạng: tháng “2031-01” không hợp lệ hoặc chưa có số liệu.",
    });
    const national = await ready(admin, "VN", "month=2026-10");
    expect(national.rows.map((row) => row[1])).toEqual(["50", "60", "10"]);
  });
});
