// Export and import template on the small two-structure tree: a unit's territory month by month
// across the July 2025 reorganisation, the summary computed from sums, the user's scope, and the
// round trip (an export or a template imported as it is changes nothing).
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import type { ActionUser } from "@/lib/actions/authed-action";
import { currentMonth } from "@/lib/clock";
import { db } from "@/lib/db";
import { addMonths } from "@/lib/period";
import { buildReportExport } from "@/lib/reports/export/build-export";
import { prepareExport } from "@/lib/reports/export/prepare-export";
import { buildImportTemplate } from "@/lib/reports/import/build-template";
import { prepareImport } from "@/lib/reports/import/prepare-import";

import { createSmallTree } from "../fixtures/small-tree";
import { createTestUser } from "../fixtures/users";
import { vietnameseHeader } from "../helpers/report-files";

let tree: Awaited<ReturnType<typeof createSmallTree>>;
let official: ActionUser;
let communeStaff: ActionUser;
const now = new Date();

beforeAll(async () => {
  tree = await createSmallTree(db);
  const effectiveOn = new Date("2025-07-01T00:00:00Z");
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
      effectiveOn,
    })),
  });
  official = await createTestUser(db, {
    username: "tinh.export",
    role: "PROVINCIAL_OFFICIAL",
    scopeUnitId: tree.newProvince.id,
  });
  communeStaff = await createTestUser(db, {
    username: "xa.export",
    role: "COMMUNE_STAFF",
    scopeUnitId: tree.old["10001"]!,
  });
  // Group names in both languages, as the 2014 set has them (group 2 of a set entered without English).
  const groups = await db.participantGroup.findMany({ where: { code: { in: ["1", "2"] } }, orderBy: { code: "asc" } });
  await db.participantGroup.update({
    where: { id: groups[0]!.id },
    data: { name: "Người lao động", nameEn: "Employees" },
  });
  await db.participantGroup.update({ where: { id: groups[1]!.id }, data: { name: "Học sinh", nameEn: null } });
});

async function sheets(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const values = (name: string) =>
    workbook
      .getWorksheet(name)!
      .getSheetValues()
      .filter((row) => row !== undefined)
      .map((row) => (row as unknown[]).slice(1));
  return { names: workbook.worksheets.map((sheet) => sheet.name), values };
}

async function ready(user: ActionUser, unitId: number, from: string, to: string) {
  const plan = await prepareExport(user, { unit: { id: unitId }, from, to }, now);
  if (plan.kind !== "ready") throw new Error(`export not ready: ${JSON.stringify(plan)}`);
  return plan;
}

describe("export of a unit across the reorganisation", () => {
  it("lists the old communes for June and the new ones for July, in the import layout, with totals from sums", async () => {
    const plan = await ready(official, tree.newProvince.id, "2025-06", "2025-07");
    expect(plan).toMatchObject({ rows: 5, baseUnits: 5 });
    const { fileName, bytes } = await buildReportExport(official, plan, "vi");
    expect(fileName).toBe("so-lieu-bhyt-10-2025-06-2025-07.xlsx");

    const { names, values } = await sheets(bytes);
    expect(names).toEqual(["Số liệu", "Tổng hợp", "Hướng dẫn"]);
    const [header, ...rows] = values("Số liệu");
    expect(header).toEqual([...vietnameseHeader(2), "Trạng thái"]);
    expect(rows.map((row) => [row[0], row[2], row[3], row[6], row[7], row[14]])).toEqual([
      ["10001", "2025-06", 4_100, 800, 1_000, "Đã duyệt"],
      ["10002", "2025-06", 2_500, 450, 500, "Đã duyệt"],
      ["10003", "2025-06", 1_200, 90, 200, "Đã duyệt"],
      ["20001", "2025-07", 6_600, 1_260, 1_500, "Đã duyệt"],
      ["20002", "2025-07", 1_200, 95, 200, "Đã duyệt"],
    ]);

    const summary = values("Tổng hợp");
    const summaryHeader = summary[2]!;
    const june = summary[3]!;
    const july = summary[4]!;
    const column = (name: string) => summaryHeader.indexOf(name);
    expect(june[column("Tháng")]).toBe("tháng 6/2025");
    expect(june[column("Dân số")]).toBe(7_800);
    expect(june[column("Có thẻ BHYT")]).toBe(800 + 3_000 + 450 + 1_900 + 90 + 700);
    expect(june[column("Tỷ lệ bao phủ")]).toBeCloseTo(6_940 / 7_800, 12);
    // Group 1 rate from summed numerators and denominators, not the average of 80%, 90% and 45%.
    expect(june[column("Nhóm 1 – Tỷ lệ bao phủ")]).toBeCloseTo(1_340 / 1_700, 12);
    // People not yet insured: population − insured, and eligible − insured per group, on the sums.
    expect(june[column("Chưa có thẻ BHYT")]).toBe(7_800 - 6_940);
    expect(june[column("Nhóm 1 – Chưa có thẻ")]).toBe(1_700 - 1_340);
    expect(july[column("Có thẻ BHYT")]).toBe(1_260 + 4_950 + 95 + 710);
    expect(july[column("Đã báo cáo")]).toBe(2);
  });

  it("can be imported again as it is, changing nothing", async () => {
    const { bytes } = await buildReportExport(
      official,
      await ready(official, tree.newProvince.id, "2025-06", "2025-07"),
      "vi",
    );
    const prepared = await prepareImport(db, official, { name: "export.xlsx", bytes }, now);
    expect(prepared.check.problems).toEqual([]);
    expect(prepared.check.issues).toEqual([]);
    expect(prepared.check.plans.map((plan) => plan.kind)).toEqual([
      "unchanged",
      "unchanged",
      "unchanged",
      "unchanged",
      "unchanged",
    ]);
  });

  it("keeps to the user's scope: a commune officer exports the own commune and its successor, not the province", async () => {
    expect(
      (await prepareExport(communeStaff, { unit: { id: tree.oldProvince.id }, from: "2025-06", to: "2025-06" }, now))
        .kind,
    ).toBe("notFound");
    expect(
      (await prepareExport(communeStaff, { unit: { id: tree.old["10002"]! }, from: "2025-06", to: "2025-06" }, now))
        .kind,
    ).toBe("notFound");
    const plan = await ready(communeStaff, tree.old["10001"]!, "2025-06", "2025-07");
    const { values } = await sheets((await buildReportExport(communeStaff, plan, "vi")).bytes);
    expect(
      values("Số liệu")
        .slice(1)
        .map((row) => [row[0], row[2]]),
    ).toEqual([
      ["10001", "2025-06"],
      ["20001", "2025-07"],
    ]);
  });

  it("refuses a reversed range, a month after the current one and too many months", async () => {
    const plan = (from: string, to: string) =>
      prepareExport(official, { unit: { id: tree.newProvince.id }, from, to }, now);
    expect(await plan("2025-07", "2025-06")).toMatchObject({ kind: "invalid", problem: { code: "badRange" } });
    const next = addMonths(currentMonth(now), 1);
    expect(await plan("2025-07", next)).toMatchObject({ kind: "invalid", problem: { code: "futureMonth" } });
    expect(await plan("2020-01", "2025-07")).toMatchObject({
      kind: "invalid",
      problem: { code: "tooManyMonths", max: 60 },
    });
    expect(await plan("2025-7", "2025-07")).toEqual({ kind: "notFound" });
  });
});

describe("import template", () => {
  it("lists the month's base units in scope with their figures, last month's on a second sheet, and imports as unchanged", async () => {
    const { fileName, bytes } = await buildImportTemplate(official, { ...tree.newProvince }, "2025-07", "vi");
    expect(fileName).toBe("mau-nhap-bhyt-10-2025-07.xlsx");
    const { names, values } = await sheets(bytes);
    expect(names).toEqual(["Số liệu", "Tháng trước", "Hướng dẫn"]);
    expect(
      values("Số liệu")
        .slice(1)
        .map((row) => [row[0], row[1], row[2], row[3]]),
    ).toEqual([
      ["20001", "Xã An Bình", "2025-07", 6_600],
      ["20002", "Phường Cát Mới", "2025-07", 1_200],
    ]);
    expect(
      values("Tháng trước")
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(["10001", "10002", "10003"]);
    expect(values("Hướng dẫn")[0]).toEqual(["Hướng dẫn nhập số liệu BHYT từ tệp"]);
    expect(values("Hướng dẫn").slice(-2)).toEqual([["Nhóm 1: Người lao động"], ["Nhóm 2: Học sinh"]]);

    const prepared = await prepareImport(db, official, { name: fileName, bytes }, now);
    expect(prepared.check.issues).toEqual([]);
    expect(prepared.check.plans.map((plan) => plan.kind)).toEqual(["unchanged", "unchanged"]);
  });

  it("leaves the figures blank for units that have not reported, and such rows are skipped", async () => {
    const { bytes } = await buildImportTemplate(official, { ...tree.newProvince }, "2025-08", "vi");
    const { values } = await sheets(bytes);
    expect(
      values("Số liệu")
        .slice(1)
        .map((row) => [row[0], row[3] ?? null, row[14]]),
    ).toEqual([
      ["20001", null, "Chưa báo cáo"],
      ["20002", null, "Chưa báo cáo"],
    ]);
    const prepared = await prepareImport(db, official, { name: "mau.xlsx", bytes }, now);
    expect(prepared.check).toMatchObject({ problems: [], issues: [], plans: [], blankRows: 2 });
  });
});

describe("files in English", () => {
  it("writes the template's sheets, headers, statuses, instructions and group names in English, and imports it as unchanged", async () => {
    const { fileName, bytes } = await buildImportTemplate(official, { ...tree.newProvince }, "2025-07", "en");
    expect(fileName).toBe("bhyt-import-template-10-2025-07.xlsx");
    const { names, values } = await sheets(bytes);
    expect(names).toEqual(["Data", "Last month", "Instructions"]);
    const [header, ...rows] = values("Data");
    expect(header).toEqual([
      "Unit code",
      "Unit name",
      "Month",
      "Population",
      "Voluntary social insurance: participants",
      "Voluntary social insurance: assigned",
      "Group 1 – Insured",
      "Group 1 – Eligible",
      "Group 1 – New enrollments",
      "Group 1 – Renewals",
      "Group 2 – Insured",
      "Group 2 – Eligible",
      "Group 2 – New enrollments",
      "Group 2 – Renewals",
      "Status",
    ]);
    // Unit names are data: as entered.
    expect(rows.map((row) => [row[0], row[1], row[2], row[3], row[14]])).toEqual([
      ["20001", "Xã An Bình", "2025-07", 6_600, "Approved"],
      ["20002", "Phường Cát Mới", "2025-07", 1_200, "Approved"],
    ]);
    const instructions = values("Instructions").map((row) => String(row[0] ?? ""));
    expect(instructions[0]).toBe("Entering health-insurance (BHYT) figures from a file");
    expect(instructions).toContain(
      "12. The file may be saved as CSV (UTF-8) with the same columns. Headers in Vietnamese or English are both read. At most 20,000 rows and 8 MB per file.",
    );
    expect(instructions).toContain(
      '13. The "Last month" sheet holds last month\'s figures for reference; the system does not read it.',
    );
    // Group 2 has no English name: its Vietnamese one stands.
    expect(instructions.slice(-3)).toEqual(["Participant groups:", "Group 1: Employees", "Group 2: Học sinh"]);

    const prepared = await prepareImport(db, official, { name: fileName, bytes }, now);
    expect(prepared.check.problems).toEqual([]);
    expect(prepared.check.plans.map((plan) => plan.kind)).toEqual(["unchanged", "unchanged"]);
  });

  it("reads an English template that was filled in, even with its sheets reordered", async () => {
    const { bytes } = await buildImportTemplate(official, { ...tree.newProvince }, "2025-08", "en");
    const { values } = await sheets(bytes);
    const [header, first, second] = values("Data");
    // 20001 in August: population and both groups' figures.
    const figures = [6_700, null, null, 1_270, 1_500, 10, 1_200, 4_960, 5_100, 20, 4_800];
    // The rows copied into a workbook whose first sheet is a person's own notes.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notes").addRow(["Unit code", "to check"]);
    const data = workbook.addWorksheet("Data");
    data.addRow(header!);
    data.addRow([...first!.slice(0, 3), ...figures]);
    data.addRow(second!.slice(0, 3));
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());

    const prepared = await prepareImport(db, official, { name: "filled.xlsx", bytes: edited }, now);
    expect(prepared.check.problems).toEqual([]);
    expect(prepared.check.issues).toEqual([]);
    expect(prepared.check.plans.map((plan) => [plan.kind, plan.unit.code, plan.month])).toEqual([
      ["new", "20001", "2025-08"],
    ]);
    expect(prepared.check.blankRows).toBe(1);
  });

  it("writes the export's summary in English, with months in words and rates from sums", async () => {
    const plan = await ready(official, tree.newProvince.id, "2025-06", "2025-07");
    const { fileName, bytes } = await buildReportExport(official, plan, "en");
    expect(fileName).toBe("bhyt-figures-10-2025-06-2025-07.xlsx");
    const { names, values } = await sheets(bytes);
    expect(names).toEqual(["Data", "Summary", "Instructions"]);
    const summary = values("Summary");
    expect(summary[0]![0]).toMatch(/, Jun 2025 – Jul 2025$/);
    expect(String(summary[1]![0])).toMatch(/^Coverage = total people insured ÷ total population/);
    const header = summary[2]!;
    expect(header).toEqual([
      "Month",
      "Base units",
      "Reported",
      "Population",
      "Insured",
      "Coverage",
      "Not yet insured",
      "New enrollments",
      "Renewals",
      "Group 1 – Insured",
      "Group 1 – Eligible",
      "Group 1 – Coverage",
      "Group 1 – Not yet insured",
      "Group 2 – Insured",
      "Group 2 – Eligible",
      "Group 2 – Coverage",
      "Group 2 – Not yet insured",
      "Voluntary social insurance: participants",
      "Voluntary social insurance: assigned",
      "Voluntary social insurance: % of assigned",
    ]);
    const june = summary[3]!;
    expect(june[0]).toBe("Jun 2025");
    expect(june[header.indexOf("Group 1 – Coverage")]).toBeCloseTo(1_340 / 1_700, 12);

    const prepared = await prepareImport(db, official, { name: fileName, bytes }, now);
    expect(prepared.check.problems).toEqual([]);
    expect(prepared.check.plans.every((row) => row.kind === "unchanged")).toBe(true);
  });
});
