// Report import on the small two-structure tree (tests/fixtures/small-tree.ts): a file with errors
// of every kind (each listed with its row and column, nothing written), the scope checked row by
// row, a CSV in Vietnamese spreadsheet settings, the confirm step refusing a stale preview, approved
// reports left alone when the file does not change them, the months checked before any look-up (and
// the scope of all of them in one query), files laid out otherwise than the template, and formulas
// without a stored result.
import { Prisma } from "@prisma/client";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { runAuthedAction, type ActionUser } from "@/lib/actions/authed-action";
import { currentMonth } from "@/lib/clock";
import { checkCountedStore } from "@/lib/counted-store/check";
import { rebuildCountedStore, todaysStructureDay } from "@/lib/counted-store/rebuild";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import { addMonths, monthRange } from "@/lib/period";
import { describeImport } from "@/lib/reports/import/describe-import";
import { importReportsSpec } from "@/lib/reports/import/import-reports";
import { prepareImport } from "@/lib/reports/import/prepare-import";

import { createSmallTree } from "../fixtures/small-tree";
import { createTestUser } from "../fixtures/users";
import { actionEnvironment } from "../helpers/action-environment";
import { csvFile, csvText, vietnameseHeader, xlsxFile, type SheetCell } from "../helpers/report-files";

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
    ].map(([predecessorId, successorId]) => ({
      predecessorId: predecessorId!,
      successorId: successorId!,
      kind: "FULL" as const,
      shareBp: 10_000,
      effectiveOn,
    })),
  });
  users.admin = await createTestUser(db, { username: "admin.import", role: "ADMIN", scopeUnitId: tree.vn.id });
  // The new province's official: for months before July 2025 the scope follows its predecessors.
  users.official = await createTestUser(db, {
    username: "tinh.import",
    role: "PROVINCIAL_OFFICIAL",
    scopeUnitId: tree.newProvince.id,
  });
  users.commune = await createTestUser(db, {
    username: "xa.an.import",
    role: "COMMUNE_STAFF",
    scopeUnitId: tree.old["10001"]!,
  });
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
    // The migrations' rules open a month once it has ended: the current month is not open yet.
    const notOpen = currentMonth(new Date());
    const file = await xlsxFile("loi.xlsx", HEADER, [
      row("10001", "Xã An", "2025-05"), // 2: valid
      ["10002", "Xã Bình", "2025-05", "abc", null, null, -5, 500, 1, 1, 1_900, 2_000, 1, 1], // 3
      row("99999", "Không có", "2025-05"), // 4
      row("10001", "Xã An", "2025-08"), // 5: merged on 1 July 2025
      row("100", "Huyện Một", "2025-05"), // 6: a district
      row("10001", "Xã An", "2025-05"), // 7: same as row 2
      row("10001", "Xã An", "2025-06", 4_200), // 8: June is approved (population 4,100)
      row("20001", "Xã An Bình", notOpen), // 9
      row("10003", "Phường Cát", "13/2025"), // 10
      ["10003", "Phường Cát", "2025-04", 0, null, null, 90, 200, 10, 20, 700, 1_000, 10, 20], // 11: population 0, 790 insured
      ["10002", "Xã Bình", "2025-04", null, null, null, null, null, null, null, null, null, null, null], // 12: blank
      ["10003", "Phường Cát", "2025-03", 1_200, null, null, 90, 0, 10, 20, 700, 1_000, 10, 20], // 13: group 1: 0 eligible, 90 insured
      ["10002", "Xã Bình", "2025-03", 1_200, null, null, 90, 200, 60, 40, 700, 1_000, 10, 20], // 14: 60 + 40 > 90, a warning only
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
      [9, "month", "monthNotOpen"],
      [10, "month", "badMonth"],
      [11, "population", "populationZeroWithInsured"],
      [13, "g1.eligible", "eligibleZeroWithInsured"],
    ]);
    expect(prepared.token).toBeNull();
    expect(prepared.check.plans.find((plan) => plan.row === 14)?.warnings).toContainEqual({
      field: "g1.newlyEnrolled",
      code: "enrolledAboveInsured",
      params: { group: "1", enrolled: 100, insured: 90 },
    });

    const shown = describeImport(prepared, t, "vi");
    expect(shown.counts).toMatchObject({ errors: 11, blank: 1 });
    expect(shown.issues.find((issue) => issue.row === 11)?.message).toBe(
      "Dân số: dân số là 0 nhưng có 790 người có thẻ. Nhập dân số của xã.",
    );
    expect(describeImport(prepared, MESSAGES.en, "en").issues.find((issue) => issue.row === 13)?.message).toBe(
      "Group 1 – People eligible: group 1 has 90 people insured but 0 people eligible. Enter the people eligible.",
    );
    expect(shown.issues[0]).toEqual({
      row: 3,
      column: "D · Dân số",
      message: "Dân số: phải là số nguyên, không có phần thập phân hay chữ (ví dụ 16984 hoặc 16.984).",
    });
    expect(shown.issues.find((issue) => issue.row === 7)?.message).toBe(
      "Đơn vị 10001, tháng 5/2025 đã có ở dòng 2: mỗi đơn vị mỗi tháng chỉ một dòng.",
    );
    expect(shown.issues.find((issue) => issue.row === 8)?.message).toContain(
      "Báo cáo tháng 6/2025 của Xã An đã được duyệt",
    );
    expect(shown.issues.find((issue) => issue.row === 8)?.message).toContain("tệp ghi 4.200, hệ thống có 4.100");
    expect(describeImport(prepared, MESSAGES.en, "en").issues[0]!.message).toMatch(
      /^Population: must be a whole number/,
    );

    const result = await confirm(file, prepared.token, users.official);
    expect(result).toMatchObject({ ok: false, message: t.reports.import.hasErrors });
    expect(await snapshot()).toBe(before);
  });

  it("names a missing column of the file and reads no row", async () => {
    const prepared = await preview(
      await xlsxFile("thieu-cot.xlsx", HEADER.slice(0, 10), [row("10001", "Xã An", "2025-05").slice(0, 10)]),
      users.admin,
    );
    expect(prepared.check.problems.map((problem) => (problem.params as { column?: string }).column)).toEqual([
      "g2.insured",
      "g2.eligible",
      "g2.newlyEnrolled",
      "g2.renewed",
    ]);
    expect(describeImport(prepared, t, "vi").problems).toEqual([
      'Thiếu cột: "Nhóm 2 – Có thẻ", "Nhóm 2 – Thuộc diện", "Nhóm 2 – Tham gia mới", "Nhóm 2 – Tái tục".',
    ]);
  });
});

describe("scope and permission, row by row", () => {
  it("refuses a row for a commune outside a commune officer's scope, without naming it", async () => {
    const before = await snapshot();
    const file = await xlsxFile("hai-xa.xlsx", HEADER, [
      row("10001", "Xã An", "2025-05"),
      row("10002", "Xã Bình", "2025-05"),
    ]);
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
    const draft = await db.unitMonthReport.create({
      data: { unitId: tree.old["10003"]!, period: may, population: 1_200, status: "DRAFT" },
    });
    await db.enrollmentFigure.createMany({
      data: [
        {
          unitId: tree.old["10003"]!,
          period: may,
          groupId: tree.groups[0]!.id,
          insured: 90,
          eligible: 200,
          newlyEnrolled: 10,
          renewed: 20,
        },
        {
          unitId: tree.old["10003"]!,
          period: may,
          groupId: tree.groups[1]!.id,
          insured: 700,
          eligible: 1_000,
          newlyEnrolled: 10,
          renewed: 20,
        },
      ],
    });
    const header = [
      "Unit code",
      "Unit name",
      "Month",
      "Population",
      "Voluntary social insurance: participants",
      "Voluntary social insurance: assigned",
      ...[1, 2].flatMap((g) => [
        `Group ${g} - Insured`,
        `Group ${g} - Eligible`,
        `Group ${g} - New enrollments`,
        `Group ${g} - Renewals`,
      ]),
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

    // The store of counted figures is fresh before the import and still exact after it.
    await db.$transaction((tx) => rebuildCountedStore(tx, todaysStructureDay()));
    const result = await confirm(file, prepared.token, users.official);
    expect(result.ok).toBe(true);
    expect(await checkCountedStore(db)).toEqual([]);
    const an = await db.unitMonthReport.findUniqueOrThrow({
      where: { unitId_period: { unitId: tree.old["10001"]!, period: may } },
    });
    expect(an).toMatchObject({
      population: 16_984,
      voluntarySocialInsured: null,
      status: "SUBMITTED",
      version: 1,
      submittedById: users.official.id,
    });
    const binh = await db.unitMonthReport.findUniqueOrThrow({
      where: { unitId_period: { unitId: tree.old["10002"]!, period: may } },
    });
    expect(binh).toMatchObject({ voluntarySocialInsured: 114, voluntarySocialAssigned: 201 });
    expect(await db.unitMonthReport.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      status: "SUBMITTED",
      version: 2,
    });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "report.import", entityId: String(draft.id) },
    });
    expect(entry).toMatchObject({ unitId: tree.old["10003"], period: may, username: "tinh.import", ip: "192.0.2.10" });
    expect(entry.before).toMatchObject({ status: "DRAFT", version: 1, population: 1_200 });
    expect(entry.after).toMatchObject({ status: "SUBMITTED", version: 2, population: 1_200 });
  });
});

describe("the confirm step", () => {
  it("refuses when a report the file touches changed after the preview, and writes nothing", async () => {
    const march = new Date("2025-03-01T00:00:00Z");
    const existing = await db.unitMonthReport.create({
      data: { unitId: tree.old["10002"]!, period: march, population: 2_400, status: "RETURNED" },
    });
    const file = await xlsxFile("thang-3.xlsx", HEADER, [
      row("10001", "Xã An", "2025-03"),
      row("10002", "Xã Bình", "2025-03", 2_450),
    ]);
    const prepared = await preview(file, users.official);
    expect(prepared.token).not.toBeNull();

    // Someone corrects the returned report between the preview and the import.
    await db.unitMonthReport.update({
      where: { id: existing.id },
      data: { population: 2_420, version: { increment: 1 } },
    });
    const before = await snapshot();
    expect(await confirm(file, prepared.token, users.official)).toMatchObject({
      ok: false,
      message: t.reports.import.changedSincePreview,
    });
    expect(await snapshot()).toBe(before);

    // A fresh preview sees the new version and the import goes through.
    const again = await preview(file, users.official);
    expect((await confirm(file, again.token, users.official)).ok).toBe(true);
    expect(await db.unitMonthReport.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({
      population: 2_450,
      version: 3,
      status: "SUBMITTED",
    });
  });

  it("refuses a different file sent with another file's token", async () => {
    const first = await xlsxFile("a.xlsx", HEADER, [row("10001", "Xã An", "2025-02")]);
    const second = await xlsxFile("b.xlsx", HEADER, [row("10001", "Xã An", "2025-02", 5_000)]);
    const token = (await preview(first, users.official)).token;
    expect(await confirm(second, token, users.official)).toMatchObject({
      ok: false,
      message: t.reports.import.changedSincePreview,
    });
    expect(await db.unitMonthReport.count({ where: { period: new Date("2025-02-01T00:00:00Z") } })).toBe(0);
  });
});

describe("approved reports and spreadsheet quirks", () => {
  it("treats an approved report with the same values as unchanged: nothing to import", async () => {
    // Xã An's approved June 2025 report, as an export would write it.
    const file = await xlsxFile("thang-6.xlsx", HEADER, [
      ["10001", "Xã An", "2025-06", 4_100, null, null, 800, 1_000, 10, 20, 3_000, 3_100, 10, 20],
    ]);
    const prepared = await preview(file, users.official);
    expect(prepared.check.issues).toEqual([]);
    expect(prepared.check.plans.map((plan) => plan.kind)).toEqual(["unchanged"]);
    expect(await confirm(file, prepared.token, users.official)).toMatchObject({
      ok: false,
      message: t.reports.import.nothingToImport,
    });
  });

  it("accepts a title above the header, an Excel date for the month and a unit code typed as a number", async () => {
    const file = await xlsxFile(
      "ngay-thang.xlsx",
      HEADER,
      [[10001, "Xã An", new Date(Date.UTC(2025, 0, 1)), 4_000, 10, 20, 700, 1_000, 10, 20, 2_900, 3_100, 10, 20]],
      {
        titleRows: ["BÁO CÁO KẾT QUẢ THAM GIA BHYT"],
      },
    );
    const prepared = await preview(file, users.official);
    expect(prepared.check.issues).toEqual([]);
    expect(prepared.check.plans.map((plan) => [plan.row, plan.unit.code, plan.month, plan.kind])).toEqual([
      [3, "10001", "2025-01", "new"],
    ]);
  });

  it("records the file once in the audit log with its counts", async () => {
    const entries = await db.auditEntry.findMany({ where: { action: "report.import_file" }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => (entry.after as Prisma.JsonObject).fileName)).toEqual([
      "thang-5.csv",
      "thang-3.xlsx",
    ]);
    expect(entries[0]!.after).toMatchObject({
      rows: 3,
      created: 2,
      updated: 1,
      unchanged: 0,
      firstMonth: "2025-05",
      lastMonth: "2025-05",
    });
  });
});

/** The app's client, recording the SQL of every raw query it runs (the import's reads are all raw). */
function recordingClient(): { client: typeof db; queries: string[] } {
  const queries: string[] = [];
  const client = new Proxy(db, {
    get(target, property) {
      if (property === "$queryRaw") {
        return (query: Prisma.Sql) => {
          queries.push(query.sql);
          return target.$queryRaw(query);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { client, queries };
}

/** The query that resolves the importer's scope (lib/permissions/scope.ts) starts from the scope unit. */
const isScopeQuery = (sql: string) => sql.includes("scope_unit");

describe("the months of a file, checked before anything is looked up", () => {
  it("refuses a CSV of thousands of different months with one message, and runs no query", async () => {
    const months = Array.from({ length: 5_000 }, (_, index) => addMonths("2018-01", index));
    const text = csvText(
      HEADER,
      months.map((month) => row("10001", "Xã An", month)),
    );
    const file = csvFile("nhieu-thang.csv", text);
    const { client, queries } = recordingClient();
    const prepared = await prepareImport(
      client,
      users.official,
      { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      new Date(),
    );

    const valid = monthRange("2018-01", currentMonth(new Date())).length;
    expect(prepared.check.problems).toEqual([{ code: "tooManyMonths", params: { count: valid, max: 24 } }]);
    expect(prepared.token).toBeNull();
    expect(queries).toEqual([]);
    expect(describeImport(prepared, t, "vi").problems).toEqual([
      `Tệp có số liệu của ${valid} tháng khác nhau, nhiều hơn mức tối đa 24 tháng mỗi lần nhập: hãy chia thành nhiều tệp, mỗi tệp một số tháng.`,
    ]);
    expect(describeImport(prepared, MESSAGES.en, "en").problems[0]).toMatch(
      /^The file has figures for \d+ different months, more than the 24 months/,
    );
  });

  it("resolves the scope of every month of the file in one query", async () => {
    const months = ["2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11"];
    const file = await xlsxFile(
      "sau-thang.xlsx",
      HEADER,
      months.map((month) => row("10001", "Xã An", month)),
    );
    const { client, queries } = recordingClient();
    const prepared = await prepareImport(
      client,
      users.official,
      { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      new Date(),
    );
    expect(prepared.check.issues).toEqual([]);
    expect(prepared.check.plans.map((plan) => [plan.month, plan.kind])).toEqual(months.map((month) => [month, "new"]));
    expect(queries.filter(isScopeQuery)).toHaveLength(1);
  });

  it("keeps each month's scope apart in that one query", async () => {
    // The old commune's officer: Xã An in its own months, nothing once it has merged (July 2025).
    const file = await xlsxFile("hai-thang.xlsx", HEADER, [
      row("10001", "Xã An", "2024-12"),
      row("10002", "Xã Bình", "2024-12"),
      row("20001", "Xã An Bình", "2025-08"),
    ]);
    const prepared = await preview(file, users.commune);
    expect(prepared.check.issues.map(({ row, code }) => [row, code])).toEqual([
      [3, "outOfScope"],
      [4, "outOfScope"],
    ]);
  });

  it("refuses a month before January 2018 on its row, and takes the file's other rows", async () => {
    const file = await xlsxFile("cu.xlsx", HEADER, [
      row("10001", "Xã An", "2017-12"),
      row("10001", "Xã An", "2024-05"),
    ]);
    const prepared = await preview(file, users.official);
    expect(prepared.check.issues.map(({ row, column, code }) => [row, column, code])).toEqual([
      [2, "month", "monthTooEarly"],
    ]);
    expect(describeImport(prepared, t, "vi").issues[0]!.message).toBe(
      "tháng 12/2017 trước tháng 1/2018: hệ thống chỉ nhận số liệu từ tháng 1/2018.",
    );
    expect(prepared.check.plans.map((plan) => plan.month)).toEqual(["2024-05"]);
  });
});

describe("a file that is not laid out as the template", () => {
  it("with one row per group: says which column betrays it, what layout is expected, and points to the template", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Số liệu");
    sheet.addRow(["Mã đơn vị", "Tên đơn vị", "Tháng", "Nhóm", "Có thẻ", "Thuộc diện", "Tham gia mới", "Tái tục"]);
    sheet.addRow(["10001", "Xã An", "2024-04", "1", 700, 1_000, 10, 20]);
    sheet.addRow(["10001", "Xã An", "2024-04", "2", 2_900, 3_100, 10, 20]);
    const prepared = await prepareImport(
      db,
      users.official,
      { name: "nhom-theo-dong.xlsx", bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) },
      new Date(),
    );
    expect(prepared.check.problems.map((problem) => problem.code)).toEqual(["missingColumn", "groupsAsRows"]);

    const shown = describeImport(prepared, t, "vi");
    expect(shown.problems).toEqual([
      'Thiếu cột: "Dân số".',
      'Tệp có cột "Nhóm": có vẻ mỗi nhóm đối tượng nằm trên một dòng riêng. Trong tệp nhập, các nhóm là các cột trên cùng một dòng của xã, phường.',
    ]);
    expect(shown.layout).toContain("mỗi dòng là một xã, phường (đơn vị cơ sở) trong một tháng");
    expect(shown.layout).toContain("tải tệp mẫu");
    expect(describeImport(prepared, MESSAGES.en, "en").layout).toContain(
      "one row per commune or ward (base unit) and month",
    );
  });

  it("with the months as columns: says so", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Báo cáo");
    sheet.addRow(["Mã đơn vị", "Tên đơn vị", "T4/2024", "T5/2024"]);
    sheet.addRow(["10001", "Xã An", 4_000, 4_010]);
    const prepared = await prepareImport(
      db,
      users.official,
      { name: "thang-theo-cot.xlsx", bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) },
      new Date(),
    );
    const shown = describeImport(prepared, t, "vi");
    expect(shown.problems).toEqual([
      'Thiếu cột: "Tháng", "Dân số".',
      'Tệp có tháng làm tiêu đề cột ("T4/2024"): mỗi tháng phải là một dòng riêng, tháng ghi ở cột "Tháng".',
    ]);
    expect(shown.layout).not.toBeNull();
  });

  it("explains nothing about the layout of a file laid out as the template", async () => {
    const file = await xlsxFile("dung-mau.xlsx", HEADER, [row("10001", "Xã An", "2024-04")]);
    expect(describeImport(await preview(file, users.official), t, "vi").layout).toBeNull();
  });
});

describe("formulas", () => {
  it("reports a formula without a stored result as a formula to recalculate, not as a missing figure", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Số liệu");
    sheet.addRow(HEADER);
    sheet.addRow(row("10001", "Xã An", "2024-03"));
    // Written by a program that does not calculate: the formula, no result.
    sheet.getCell("D2").value = { formula: "SUM(G2,K2)" } as ExcelJS.CellFormulaValue;
    sheet.getCell("G2").value = { formula: "H2*0.7" } as ExcelJS.CellFormulaValue;
    // With a stored result, a formula counts as its result.
    sheet.getCell("K2").value = { formula: "L2-200", result: 2_900 } as ExcelJS.CellFormulaValue;
    const prepared = await prepareImport(
      db,
      users.official,
      { name: "cong-thuc.xlsx", bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) },
      new Date(),
    );

    expect(prepared.check.issues.map(({ row, column, code }) => [row, column, code])).toEqual([
      [2, "population", "uncalculatedFormula"],
      [2, "g1.insured", "uncalculatedFormula"],
    ]);
    const shown = describeImport(prepared, t, "vi");
    expect(shown.issues.map((issue) => [issue.column, issue.message])).toEqual([
      [
        "D · Dân số",
        "Ô này có công thức (=SUM(G2,K2)) nhưng tệp không lưu kết quả, nên chưa có giá trị để nhập. Mở tệp bằng Excel hoặc LibreOffice để công thức được tính lại rồi lưu, hoặc dán giá trị thay cho công thức.",
      ],
      ["G · Nhóm 1 – Có thẻ", expect.stringContaining("(=H2*0.7)")],
    ]);
    expect(shown.issues.some((issue) => issue.message.includes("chưa nhập"))).toBe(false);
    expect(describeImport(prepared, MESSAGES.en, "en").issues[0]!.message).toMatch(
      /^This cell holds a formula \(=SUM\(G2,K2\)\) but the file stores no result/,
    );
  });
});
