// The figures behind the dashboard's charts and the comparison view, downloaded as workbooks: read
// back with exceljs and compared, cell by cell, with what the chart's and the view's own queries
// give (the small tree, June and July 2025, against a plan's 90% target and a 95% target for group
// 1). Numbers are numbers (rates as fractions formatted as percentages), headers follow the
// reader's language, and a unit outside the user's scope is answered like one that does not exist.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { ActionUser } from "@/lib/actions/authed-action";
import { basisPointsToRate } from "@/lib/coverage/rates";
import { getGroupFigures, getTrendFigures } from "@/lib/dashboard/chart-figures";
import { buildChartFile } from "@/lib/dashboard/chart-file";
import { buildCompareFile } from "@/lib/dashboard/compare-file";
import { currentStructureMonth } from "@/lib/dashboard/structure-view";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import { buildPlanFile } from "@/lib/plans/plan-file";
import { getPlanTrendPoints } from "@/lib/plans/plan-trend-points";
import { getMonthComparison } from "@/lib/queries/get-month-comparison";
import { getChildStandings, getGroupStandings, getOverallStanding } from "@/lib/queries/get-plan-progress";

import { createSmallTree } from "../fixtures/small-tree";
import { createTestUser } from "../fixtures/users";

const ORIGINAL_TODAY = process.env.APP_TODAY;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let tree: Awaited<ReturnType<typeof createSmallTree>>;
let official: ActionUser;
let planId: number;
let communeStaff: ActionUser;

beforeAll(async () => {
  process.env.APP_TODAY = "2025-08-20";
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
  ({ id: planId } = await db.plan.create({
    data: {
      number: "1/KH-TAI",
      title: "Test",
      issuer: "UBND",
      issuedOn: day("2025-01-01"),
      scopeUnitId: tree.vn.id,
      periodStart: day("2025-01-01"),
      periodEnd: day("2025-12-31"),
      targets: {
        create: [
          { unitId: tree.vn.id, rateBp: 9_000, dueOn: day("2025-12-31") },
          { unitId: tree.vn.id, groupId: tree.groups[0]!.id, rateBp: 9_500, dueOn: day("2025-12-31") },
        ],
      },
    },
  }));
  official = await createTestUser(db, {
    username: "tinh.taive",
    role: "PROVINCIAL_OFFICIAL",
    scopeUnitId: tree.newProvince.id,
  });
  communeStaff = await createTestUser(db, {
    username: "xa.taive",
    role: "COMMUNE_STAFF",
    scopeUnitId: tree.fresh["20002"]!,
  });
});

afterAll(() => {
  if (ORIGINAL_TODAY === undefined) delete process.env.APP_TODAY;
  else process.env.APP_TODAY = ORIGINAL_TODAY;
});

async function readBack(bytes: Uint8Array, index = 0) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[index]!;
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => rows.push(row));
  const values = rows.map((row) => (row.values as unknown[]).slice(1));
  // The header is the first row after the blank line under the notes.
  const headerIndex = values.findIndex((row, i) => i > 0 && row.length > 3);
  return {
    name: sheet.name,
    title: values[0]![0],
    notes: values.slice(1, headerIndex).map((row) => row[0]),
    header: values[headerIndex]!,
    rows: values.slice(headerIndex + 1).map((row) => [...row, ...Array(values[headerIndex]!.length - row.length)]),
    formats: values[headerIndex]!.map((_, i) => sheet.getColumn(i + 1).numFmt),
    sheets: workbook.worksheets.map((each) => each.name),
  };
}

type File =
  { kind: "notFound" } | { kind: "invalid"; message: string } | { kind: "ready"; fileName: string; bytes: Uint8Array };

async function ready(file: Promise<File>, sheet = 0) {
  const result = await file;
  if (result.kind !== "ready") throw new Error(`not ready: ${JSON.stringify(result)}`);
  return { fileName: result.fileName, ...(await readBack(result.bytes, sheet)) };
}

const chart = (user: ActionUser, code: string, query: string, locale: "vi" | "en" = "vi") =>
  buildChartFile(user, code, new URLSearchParams(query), locale, MESSAGES[locale]);
const compare = (user: ActionUser, code: string, query: string, locale: "vi" | "en" = "vi") =>
  buildCompareFile(user, code, new URLSearchParams(query), locale, MESSAGES[locale]);
const blankToNull = (value: unknown) => (value === undefined ? null : value);

describe("a chart's figures as a workbook", () => {
  it("holds the trend chart's months, counts, rates and targets, as numbers", async () => {
    const file = await ready(chart(official, "10", "chart=trend&month=2025-07"));
    expect(file.fileName).toBe("dien-bien-bao-phu-10-2025-07.xlsx");
    expect(file.name).toBe("Diễn biến");
    expect(file.title).toBe("Diễn biến tỷ lệ bao phủ theo tháng");
    expect(file.notes[0]).toBe("Tỉnh Mới (mã 10) · tháng 7/2025");
    expect(file.header).toEqual([
      "Tháng",
      "Số người tham gia BHYT",
      "Dân số",
      "Đơn vị cơ sở có báo cáo",
      "Tỷ lệ bao phủ",
      "Chỉ tiêu",
    ]);
    expect(file.formats.slice(4)).toEqual(["0.00%", "0.00%"]);

    const figures = await getTrendFigures(tree.newProvince.id, "2025-06", "2025-07", null, "submitted");
    expect(figures.length).toBeGreaterThan(0);
    const july = figures.find(({ point }) => point.month === "2025-07")!;
    expect(july.point.insured).toBeGreaterThan(0);
    expect(file.rows.map((row) => row.map(blankToNull))).toEqual(
      figures.map(({ point, rate, targetBp }) => [
        point.month === "2025-07" ? "tháng 7/2025" : "tháng 6/2025",
        point.reportingUnits ? point.insured : null,
        point.reportingUnits ? point.population : null,
        point.reportingUnits,
        rate,
        targetBp === null ? null : basisPointsToRate(targetBp),
      ]),
    );
    expect(file.rows.at(-1)![5]).toBe(0.9);
  });

  it("holds the group chart's bars: counts, rate, target, points and gap per group, in English for an English reader", async () => {
    const file = await ready(chart(official, "10", "chart=groups&month=2025-07", "en"));
    expect(file.fileName).toBe("bao-phu-theo-nhom-10-2025-07.xlsx");
    expect(file.name).toBe("Participant groups");
    expect(file.notes[0]).toBe("Tỉnh Mới (code 10) · Jul 2025");
    expect(file.header[0]).toBe("Group");
    expect(file.header[4]).toBe(MESSAGES.en.groups.actual);
    const figures = await getGroupFigures(tree.newProvince.id, "2025-07", null, "submitted", "en");
    expect(file.rows.map((row) => row.slice(0, 8).map(blankToNull))).toEqual(
      figures.map(({ group, progress }) => [
        group.code,
        group.name,
        group.insured,
        group.eligible,
        progress.rate,
        progress.targetBp === null ? null : basisPointsToRate(progress.targetBp),
        progress.points,
        progress.gap,
      ]),
    );
    expect(file.rows[0]![5]).toBe(0.95);
    expect(typeof file.rows[0]![6]).toBe("number");
  });

  it("reads today's structure and the approved basis as the dashboard does, and says so", async () => {
    const file = await ready(chart(official, "10", "chart=trend&month=2025-07&view=current&data=approved"));
    expect(file.fileName).toBe("dien-bien-bao-phu-10-2025-07-hien-nay-da-duyet.xlsx");
    expect(file.notes).toContain(MESSAGES.vi.ranking.file.structure.current);
    expect(file.notes).toContain(MESSAGES.vi.ranking.file.basis.approved);
    const figures = await getTrendFigures(
      tree.newProvince.id,
      "2025-06",
      "2025-07",
      currentStructureMonth(),
      "approved",
    );
    expect(file.rows.map((row) => blankToNull(row[1]))).toEqual(
      figures.map(({ point }) => (point.reportingUnits ? point.insured : null)),
    );
  });

  it("is refused outside the user's scope like a unit that does not exist, and for an unknown chart or month", async () => {
    expect(await chart(communeStaff, "10", "chart=trend&month=2025-07")).toEqual({ kind: "notFound" });
    expect(await chart(official, "VN", "chart=trend&month=2025-07")).toEqual({ kind: "notFound" });
    expect(await chart(official, "99", "chart=trend&month=2025-07")).toEqual({ kind: "notFound" });
    expect(await chart(official, "10", "chart=map&month=2025-07")).toEqual({
      kind: "invalid",
      message: "Không có biểu đồ “map”.",
    });
    expect(await chart(official, "10", "chart=trend&month=2031-01", "en")).toEqual({
      kind: "invalid",
      message: "The month “2031-01” is invalid or has no figures yet.",
    });
  });
});

describe("the comparison view as a workbook", () => {
  it("holds the unit and its children in both months with the changes, as the view's query gives them", async () => {
    const file = await ready(compare(official, "10", "from=2025-06&to=2025-07&view=current"));
    expect(file.fileName).toBe("so-sanh-10-2025-06-2025-07-hien-nay.xlsx");
    expect(file.header.slice(0, 5)).toEqual([
      "Mã",
      "Đơn vị",
      "Tỷ lệ bao phủ tháng 6/2025",
      "Tỷ lệ bao phủ tháng 7/2025",
      "Thay đổi tỷ lệ (điểm %)",
    ]);
    const comparison = await getMonthComparison(
      tree.newProvince,
      "2025-06",
      "2025-07",
      currentStructureMonth(),
      "submitted",
    );
    const expected = [comparison.unit, ...comparison.children].map((each) => [
      each.code,
      each.name,
      each.from?.rate ?? null,
      each.to?.rate ?? null,
      each.change.kind === "change" ? each.change.points : null,
      each.from?.insured ?? null,
      each.to?.insured ?? null,
      each.change.kind === "change" ? each.change.people : null,
      each.from?.population ?? null,
      each.to?.population ?? null,
    ]);
    expect(expected[0]![7]).not.toBeNull();
    expect(file.rows.map((row) => row.slice(0, 10).map(blankToNull))).toEqual(expected);
  });

  it("gives the reason instead of a change where the unit did not exist in the earlier month", async () => {
    const file = await ready(compare(official, "10", "from=2025-06&to=2025-07"));
    expect(file.rows[0]!.slice(0, 3).map(blankToNull)).toEqual(["10", "Tỉnh Mới", null]);
    expect(file.rows[0]![10]).toBe(MESSAGES.vi.comparison.shortReason.notExisting);
  });

  it("is refused outside the user's scope", async () => {
    expect(await compare(communeStaff, "10", "from=2025-06&to=2025-07")).toEqual({ kind: "notFound" });
  });
});

describe("the plan view as a workbook", () => {
  const plan = (user: ActionUser, query: string, locale: "vi" | "en" = "vi", id = String(planId)) =>
    buildPlanFile(user, id, new URLSearchParams(query), locale, MESSAGES[locale]);
  const rate = (bp: number | null | undefined) => (bp == null ? null : basisPointsToRate(bp));

  it("holds the trend, the unit and its groups against their targets, and the ranked children, as the page reads them", async () => {
    const query = "unit=10&month=2025-07";
    const trend = await ready(plan(official, query));
    expect(trend.fileName).toBe(`ke-hoach-${planId}-10-2025-07.xlsx`);
    expect(trend.sheets).toEqual(["Diễn biến", "Nhóm đối tượng", "Xếp hạng"]);
    expect(trend.title).toBe("1/KH-TAI · Test: Diễn biến");
    expect(trend.notes[0]).toBe("Tỉnh Mới (mã 10) · tháng 7/2025");
    const points = await getPlanTrendPoints(
      { id: planId, periodEnd: day("2025-12-31") },
      tree.newProvince.id,
      "2025-07",
      "2025-07",
    );
    expect(trend.rows.map((row) => row.slice(1, 4).map(blankToNull))).toEqual(
      points.points.map((point) => [point.rate, rate(point.targetBp), point.projection]),
    );
    expect(trend.rows[0]![1]).toBeGreaterThan(0);

    const groups = await ready(plan(official, query), 1);
    const overall = await getOverallStanding(planId, tree.newProvince.id, "2025-07", "2025-07");
    const standings = await getGroupStandings(planId, tree.newProvince.id, "2025-07", "2025-07");
    expect(groups.rows.map((row) => row.slice(2, 8).map(blankToNull))).toEqual(
      [
        { insured: overall.summary.insured, denominator: overall.summary.population, standing: overall.standing },
        ...standings.map(({ group, standing }) => ({ insured: group.insured, denominator: group.eligible, standing })),
      ].map(({ insured, denominator, standing }) => [
        insured,
        denominator,
        standing.progress.rate,
        rate(standing.progress.targetBp),
        standing.progress.points,
        standing.progress.gap,
      ]),
    );
    expect(groups.rows[1]![5]).toBe(0.95);

    const ranking = await ready(plan(official, query), 2);
    const children = await getChildStandings(planId, tree.newProvince.id, "2025-07");
    expect(ranking.rows.map((row) => [row[1], blankToNull(row[5]), blankToNull(row[8])]).sort()).toEqual(
      children.map(({ child, standing }) => [child.code, standing.progress.rate, standing.progress.gap]).sort(),
    );
    expect(ranking.rows.map((row) => row[0])).toEqual(children.map((_, i) => i + 1));
  });

  it("holds one chart's figures alone with `part`, in English for an English reader", async () => {
    const file = await ready(plan(official, "unit=10&month=2025-07&part=groups", "en"));
    expect(file.fileName).toBe(`ke-hoach-${planId}-nhom-doi-tuong-10-2025-07.xlsx`);
    expect(file.sheets).toEqual(["Participant groups"]);
    expect(file.rows[0]![1]).toBe("Whole unit");
    expect(await plan(official, "unit=10&month=2025-07&part=map")).toEqual({
      kind: "invalid",
      message: "Không có biểu đồ “map”.",
    });
  });

  it("shows a user their own unit, as the page does, and answers an unknown plan like one out of reach", async () => {
    const own = await ready(plan(communeStaff, "unit=10&month=2025-07"));
    expect(own.fileName).toBe(`ke-hoach-${planId}-20002-2025-07.xlsx`);
    expect(await plan(official, "unit=10&month=2025-07", "vi", "99999")).toEqual({ kind: "notFound" });
  });
});
