// Report import on the small two-structure tree (tests/fixtures/small-tree.ts): a file with errors
// of every kind (each listed with its row and column, nothing written), the scope checked row by
// row, a CSV in Vietnamese spreadsheet settings, the confirm step refusing a stale preview, and
// approved reports left alone when the file does not change them.
import { Prisma } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type ActionUser, runAuthedAction } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import { addMonths } from "@/lib/period";
import { describeImport } from "@/lib/reports/import/describe-import";
import { importReportsSpec } from "@/lib/reports/import/import-reports";
import { currentMonth } from "@/lib/reports/report-month";
import { prepareImport } from "@/lib/reports/import/prepare-import";
import { actionEnvironment } from "../helpers/action-environment";
import { type SheetCell, csvFile, csvText, vietnameseHeader, xlsxFile } from "../helpers/report-files";
import { createSmallTree } from "../fixtures/small-tree";
import { createTestUser } from "../fixtures/users";

const t = MESSAGES.vi;
const HEADER = vietnameseHeader(2);
let tree: Awaited<ReturnType<typeof createSmallTree>>;
const users = {} as Record<"admin" | "official" | "commune" | "leader", ActionUser>;

// Refusals are logged on the server (console.warn); keep the test output readable.
const quiet = vi.spyOn(console, "warn").mockImplementation(() => {});
afterAll(() => quiet.mockRestore());

beforeAll(async () => {
  tree = await createSmallTree(db);
  // The reorganisation of 1 July 2025: the old province and its communes went into the new ones.
  const effectiveOn = new Date("2025-07-01T00:00:00Z");
  await db.unitSuccession.createMany({
    data: [
      [tree.oldProvince.id, tree.newProvince.id],
      [tree.old["10001"]!, tree.fresh["20001"]!],
      [tree.old["10002"]!, tree.fresh["20001"]!],
      [tree.old["10003"]!, tree.fresh["20002"]!],
    ].map(([predecessorId, successorId]) => ({ predecessorId: predecessorId!, successorId: successorId!, kind: "FULL" as const, shareBp: 10_000, effectiveOn })),
  });
  users.admin = await createTestUser(db, { username: "admin.import", role: "ADMIN", scopeUnitId: tree.vn.id });
  // The new province's official: for months before July 2025 the scope follows its predecessors.
  users.official = await createTestUser(db, { username: "tinh.import", role: "PROVINCIAL_OFFICIAL", scopeUnitId: tree.newProvince.id });
  users.commune = await createTestUser(db, { username: "xa.an.import", role: "COMMUNE_STAFF", scopeUnitId: tree.old["10001"]! });
  users.leader = await createTestUser(db, { username: "lanhdao.import", role: "LEADER", scopeUnitId: tree.vn.id });
});

/** A valid row: population, voluntary social insurance, then insured/eligible/new/renewed for groups 1 and 2. */
function row(code: string, name: string, month: SheetCell, population: SheetCell = 4_000): SheetCell[] {
  return [code, name, month, population, 10, 20, 700, 1_000, 10, 20, 2_900, 3_100, 10, 20];
}

async function preview(file: File, user: ActionUser) {
  return prepareImport(db, user, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, new Date());
}

function confirm(file: File, token: string | null, user: ActionUser) {
  return runAuthedAction(importReportsSpec, { file, token: token ?? "0".repeat(64) }, actionEnvironment(user));
}

async function snapshot(): Promise<string> {
  const [reports, figures, audit] = await Promise.all([
    db.unitMonthReport.findMany({ orderBy: { id: "asc" } }),
    db.enrollmentFigure.findMany({ orderBy: [{ unitId: "asc" }, { period: "asc" }, { groupId: "asc" }] }),
    db.auditEntry.count(),
  ]);
  return JSON.stringify({ reports, figures, audit });
}

describe("a file with errors", () => {
  it("lists every error with its row and column, and writes nothing", async () => {
    const future = addMonths(currentMonth(new Date()), 1);
    const file = await xlsxFile("loi.xlsx", HEADER, [
      row("10001", "Xã An", "2025-05"), // 2: valid
      ["10002", "Xã Bình", "2025-05", "abc", null, null, -5, 500, 1, 1, 1_900, 2_000, 1, 1], // 3
      row("99999", "Không có", "2025-05"), // 4
      row("10001", "Xã An", "2025-08"), // 5: merged on 1 July 2025
      row("100", "Huyện Một", "2025-05"), // 6: a district
      row("10001", "Xã An", "2025-05"), // 7: same as row 2
      row("10001", "Xã An", "2025-06", 4_200), // 8: June is approved (population 4,100)
      row("20001", "Xã An Bình", future), // 9
      row("10003", "Phường Cát", "13/2025"), // 10
      ["10003", "Phường Cát", "2025-04", 1_200, null, null, 90, 200, 60, 40, 700, 1_000, 10, 20], // 11: 60 + 40 > 90
      ["10002", "Xã Bình", "2025-04", null, null, null, null, null, null, null, null, null, null, null], // 12: blank
    ]);
    const before = await snapshot();
    const prepared = await preview(file, users.official);

    expect(prepared.check.problems).toEqual([]);
    expect(prepared.check.blankRows).toBe(1);
    expect(prepared.check.issues.map(({ row, column, code }) => [row, column, code])).toEqual([
      [3, "population", "notWholeNumber"],
      [3, "g1.insured", "negative"],
      [4, "unitCode", "unknownUnit"],
      [5, "unitCode", "unitNotInMonth"],
      [6, "unitCode", "notBaseUnit"],
      [7, "unitCode", "duplicateRow"],
      [8, "population", "reportLocked"],
      [9, "month", "futureMonth"],
      [10, "month", "badMonth"],
      [11, "g1.newlyEnrolled", "enrolledAboveInsured"],
    ]);
    expect(prepared.token).toBeNull();

    const shown = describeImport(prepared, t, "vi");
    expect(shown.counts).toMatchObject({ errors: 10, blank: 1 });
    expect(shown.issues[0]).toEqual({
      row: 3,
      column: "D · Dân số",
      message: "Dân số: phải là số nguyên, không có phần thập phân hay chữ (ví dụ 16984 hoặc 16.984).",
    });
    expect(shown.issues.find((issue) => issue.row === 7)?.message).toBe(
      "Đơn vị 10001, tháng 5/2025 đã có ở dòng 2: mỗi đơn vị mỗi tháng chỉ một dòng.",
    );
    expect(shown.issues.find((issue) => issue.row === 8)?.message).toContain("Báo cáo tháng 6/2025 của Xã An đã được duyệt");
    expect(shown.issues.find((issue) => issue.row === 8)?.message).toContain("tệp ghi 4.200, hệ thống có 4.100");
    expect(describeImport(prepared, MESSAGES.en, "en").issues[0]!.message).toMatch(/^Population: must be a whole number/);

    const result = await confirm(file, prepared.token, users.official);
    expect(result).toMatchObject({ ok: false, message: t.reports.import.hasErrors });
    expect(await snapshot()).toBe(before);
  });

  it("names a missing column of the file and reads no row", async () => {
    const prepared = await preview(await xlsxFile("thieu-cot.xlsx", HEADER.slice(0, 10), [row("10001", "Xã An", "2025-05").slice(0, 10)]), users.admin);
    expect(prepared.check.problems.map((problem) => (problem.params as { column?: string }).column)).toEqual(["g2.insured", "g2.eligible", "g2.newlyEnrolled", "g2.renewed"]);
    expect(describeImport(prepared, t, "vi").problems).toEqual([
      'Thiếu cột: "Nhóm 2 – Có thẻ", "Nhóm 2 – Thuộc diện", "Nhóm 2 – Tham gia mới", "Nhóm 2 – Tái tục".',
    ]);
  });
});

describe("scope and permission, row by row", () => {
  it("refuses a row for a commune outside a commune officer's scope, without naming it", async () => {
    const before = await snapshot();
    const file = await xlsxFile("hai-xa.xlsx", HEADER, [row("10001", "Xã An", "2025-05"), row("10002", "Xã Bình", "2025-05")]);
    const prepared = await preview(file, users.commune);
    expect(prepared.check.issues.map(({ row, code }) => [row, code])).toEqual([[3, "outOfScope"]]);
    expect(describeImport(prepared, t, "vi").issues[0]!.message).toBe(
      "Đơn vị mã 10002 không thuộc phạm vi phụ trách của bạn trong tháng 5/2025.",
    );
    expect((await confirm(file, prepared.token, users.commune)).ok).toBe(false);
    expect(await snapshot()).toBe(before);
  });

  it("refuses a leader, who may not import", async () => {
    const file = await xlsxFile("lanh-dao.xlsx", HEADER, [row("10001", "Xã An", "2025-05")]);
    const token = (await preview(file, users.admin)).token;
    const result = await confirm(file, token, users.leader);
    expect(result).toMatchObject({ ok: false, message: t.actions.refused });
    expect(await db.unitMonthReport.count({ where: { period: new Date("2025-05-01T00:00:00Z") } })).toBe(0);
  });
});

describe("a CSV file from a spreadsheet in Vietnamese settings", () => {
  it("reads semicolons, a byte-order mark, English headers, 16.984-style numbers and 5/2025 months, and submits a draft", async () => {
    // A draft for Phường Cát in May 2025 with the same values as the file: the import submits it.
    const may = new Date("2025-05-01T00:00:00Z");
    const draft = await db.unitMonthReport.create({ data: { unitId: tree.old["10003"]!, period: may, population: 1_200, status: "DRAFT" } });
    await db.enrollmentFigure.createMany({
      data: [
        { unitId: tree.old["10003"]!, period: may, groupId: tree.groups[0]!.id, insured: 90, eligible: 200, newlyEnrolled: 10, renewed: 20 },
        { unitId: tree.old["10003"]!, period: may, groupId: tree.groups[1]!.id, insured: 700, eligible: 1_000, newlyEnrolled: 10, renewed: 20 },
      ],
    });
    const header = [
      "Unit code",
      "Unit name",
      "Month",
      "Population",
      "Voluntary social insurance: participants",
      "Voluntary social insurance: assigned",
      ...[1, 2].flatMap((g) => [`Group ${g} - Insured`, `Group ${g} - Eligible`, `Group ${g} - New enrollments`, `Group ${g} - Renewals`]),
    ];
    const text = csvText(
      header,
      [
        ["10001", "Xã An", "5/2025", "16.984", "", "", "1.200", "1.500", "10", "20", "3.000", "3.100", "10", "20"],
        ["10002", "Xã Bình", "5/2025", "2.500", "114", "201", "450", "500", "10", "20", "1.900", "2.000", "10", "20"],
        ["10003", "Phường Cát", "5/2025", "1.200", "", "", "90", "200", "10", "20", "700", "1.000", "10", "20"],
      ],
      ";",
    );
    const file = csvFile("thang-5.csv", text, { bom: true });
    const prepared = await preview(file, users.official);
    expect(prepared.check.issues).toEqual([]);
    expect(prepared.check.plans.map((plan) => [plan.unit.code, plan.kind])).toEqual([
      ["10001", "new"],
      ["10002", "new"],
      ["10003", "changed"],
    ]);
    expect(prepared.check.plans[2]!.changes).toEqual([{ field: "status", before: "DRAFT", after: "SUBMITTED" }]);

    const result = await confirm(file, prepared.token, users.official);
    expect(result.ok).toBe(true);
    const an = await db.unitMonthReport.findUniqueOrThrow({ where: { unitId_period: { unitId: tree.old["10001"]!, period: may } } });
    expect(an).toMatchObject({ population: 16_984, voluntarySocialInsured: null, status: "SUBMITTED", version: 1, submittedById: users.official.id });
    const binh = await db.unitMonthReport.findUniqueOrThrow({ where: { unitId_period: { unitId: tree.old["10002"]!, period: may } } });
    expect(binh).toMatchObject({ voluntarySocialInsured: 114, voluntarySocialAssigned: 201 });
    expect(await db.unitMonthReport.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "SUBMITTED", version: 2 });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "report.import", entityId: String(draft.id) } });
    expect(entry).toMatchObject({ unitId: tree.old["10003"], period: may, username: "tinh.import", ip: "192.0.2.10" });
    expect(entry.before).toMatchObject({ status: "DRAFT", version: 1, population: 1_200 });
    expect(entry.after).toMatchObject({ status: "SUBMITTED", version: 2, population: 1_200 });
  });
});

describe("the confirm step", () => {
  it("refuses when a report the file touches changed after the preview, and writes nothing", async () => {
    const march = new Date("2025-03-01T00:00:00Z");
    const existing = await db.unitMonthReport.create({ data: { unitId: tree.old["10002"]!, period: march, population: 2_400, status: "RETURNED" } });
    const file = await xlsxFile("thang-3.xlsx", HEADER, [row("10001", "Xã An", "2025-03"), row("10002", "Xã Bình", "2025-03", 2_450)]);
    const prepared = await preview(file, users.official);
    expect(prepared.token).not.toBeNull();

    // Someone corrects the returned report between the preview and the import.
    await db.unitMonthReport.update({ where: { id: existing.id }, data: { population: 2_420, version: { increment: 1 } } });
    const before = await snapshot();
    expect(await confirm(file, prepared.token, users.official)).toMatchObject({ ok: false, message: t.reports.import.changedSincePreview });
    expect(await snapshot()).toBe(before);

    // A fresh preview sees the new version and the import goes through.
    const again = await preview(file, users.official);
    expect((await confirm(file, again.token, users.official)).ok).toBe(true);
    expect(await db.unitMonthReport.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ population: 2_450, version: 3, status: "SUBMITTED" });
  });

  it("refuses a different file sent with another file's token", async () => {
    const first = await xlsxFile("a.xlsx", HEADER, [row("10001", "Xã An", "2025-02")]);
    const second = await xlsxFile("b.xlsx", HEADER, [row("10001", "Xã An", "2025-02", 5_000)]);
    const token = (await preview(first, users.official)).token;
    expect(await confirm(second, token, users.official)).toMatchObject({ ok: false, message: t.reports.import.changedSincePreview });
    expect(await db.unitMonthReport.count({ where: { period: new Date("2025-02-01T00:00:00Z") } })).toBe(0);
  });
});

describe("approved reports and spreadsheet quirks", () => {
  it("treats an approved report with the same values as unchanged: nothing to import", async () => {
    // Xã An's approved June 2025 report, as an export would write it.
    const file = await xlsxFile("thang-6.xlsx", HEADER, [["10001", "Xã An", "2025-06", 4_100, null, null, 800, 1_000, 10, 20, 3_000, 3_100, 10, 20]]);
    const prepared = await preview(file, users.official);
    expect(prepared.check.issues).toEqual([]);
    expect(prepared.check.plans.map((plan) => plan.kind)).toEqual(["unchanged"]);
    expect(await confirm(file, prepared.token, users.official)).toMatchObject({ ok: false, message: t.reports.import.nothingToImport });
  });

  it("accepts a title above the header, an Excel date for the month and a unit code typed as a number", async () => {
    const file = await xlsxFile("ngay-thang.xlsx", HEADER, [[10001, "Xã An", new Date(Date.UTC(2025, 0, 1)), 4_000, 10, 20, 700, 1_000, 10, 20, 2_900, 3_100, 10, 20]], {
      titleRows: ["BÁO CÁO KẾT QUẢ THAM GIA BHYT"],
    });
    const prepared = await preview(file, users.official);
    expect(prepared.check.issues).toEqual([]);
    expect(prepared.check.plans.map((plan) => [plan.row, plan.unit.code, plan.month, plan.kind])).toEqual([[3, "10001", "2025-01", "new"]]);
  });

  it("records the file once in the audit log with its counts", async () => {
    const entries = await db.auditEntry.findMany({ where: { action: "report.import_file" }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => (entry.after as Prisma.JsonObject).fileName)).toEqual(["thang-5.csv", "thang-3.xlsx"]);
    expect(entries[0]!.after).toMatchObject({ rows: 3, created: 2, updated: 1, unchanged: 0, firstMonth: "2025-05", lastMonth: "2025-05" });
  });
});
