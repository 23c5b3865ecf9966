// Sets of participant groups by law period (lib/reports/manage-group-sets.ts), through the real
// actions on the scope tree (tests/fixtures/scope-tree.ts) and the seed's 2014 set: an administrator
// adds a set from a month (audited; the 2014 set ends the day before, in the same transaction);
// a start in a month that already has reports in the 2014 groups is refused, naming them; a
// commune's report after the start is made of the new groups, the month before still of 2014's;
// and the comparison with the month before follows the administrator's mapping, not the codes
// (the new set reuses the codes "1"–"3" for other groups on purpose).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { runAuthedAction, type ActionUser } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";
import { getMonthGroupFigures } from "@/lib/queries/get-month-group-figures";
import { getParticipantGroups } from "@/lib/queries/get-participant-groups";
import { getUnitReports } from "@/lib/queries/get-unit-reports";
import { createGroupSetSpec } from "@/lib/reports/manage-group-sets";
import { saveReportSpec } from "@/lib/reports/save-report";
import { insertGroupSet, type GroupIds } from "@/prisma/seed/groups";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser } from "../fixtures/users";
import { actionEnvironment } from "../helpers/action-environment";

const MAY: Month = "2026-05";
const JUNE: Month = "2026-06";
const JULY: Month = "2026-07";

let tree: ScopeTree;
let old: GroupIds;
let admin: ActionUser;
let official: ActionUser;
let staff: ActionUser;

const quiet = vi.spyOn(console, "warn").mockImplementation(() => {});
afterAll(() => quiet.mockRestore());

/** [insured, eligible] per 2014 group "1" … "5" in May and June (steady). */
const OLD_FIGURES: Record<string, [number, number]> = {
  "1": [1_200, 1_300],
  "2": [300, 300],
  "3": [2_500, 2_500],
  "4": [1_800, 2_000],
  "5": [3_000, 3_600],
};

/** A report form of commune 20001 with [insured, eligible] per group code; new and renewed small. */
function form(month: Month, groups: Record<string, [number, number]>) {
  const values: Record<string, string | number> = {
    unitCode: "20001",
    month,
    version: 0,
    population: 9_800,
    voluntarySocialInsured: 100,
    voluntarySocialAssigned: 200,
  };
  for (const [code, [insured, eligible]] of Object.entries(groups)) {
    Object.assign(values, {
      [`g${code}.insured`]: insured,
      [`g${code}.eligible`]: eligible,
      [`g${code}.newlyEnrolled`]: 10,
      [`g${code}.renewed`]: 50,
    });
  }
  return values;
}

/** The new set's form: three groups reusing the codes "1"–"3" for other groups than 2014's. */
function newSetForm(validFrom: Month, overrides: Record<string, unknown> = {}) {
  return {
    validFrom,
    code: "LBHYT-2024",
    name: "Nhóm đối tượng theo Luật BHYT sửa đổi 2024",
    legalBasis: "Luật số 51/2024/QH15",
    "g0.code": "1",
    "g0.ordinal": "1",
    "g0.name": "Nhóm được ngân sách hỗ trợ hoặc tự đóng",
    "g0.shortName": "Hỗ trợ, tự đóng",
    "g0.nameEn": "Supported or self-paying",
    "g0.shortNameEn": "Supported, self-paying",
    "g0.continues": [String(old[3]), String(old[4])],
    "g1.code": "2",
    "g1.ordinal": "2",
    "g1.name": "Nhóm do người lao động, BHXH hoặc ngân sách đóng",
    "g1.shortName": "Được đóng",
    "g1.continues": [String(old[0]), String(old[1]), String(old[2])],
    "g2.code": "3",
    "g2.ordinal": "3",
    "g2.name": "Nhóm mới của luật sửa đổi",
    "g2.shortName": "Nhóm mới",
    ...overrides,
  };
}

async function snapshot() {
  const [sets, groups, links, audit] = await Promise.all([
    db.groupSet.findMany({ orderBy: { id: "asc" } }),
    db.participantGroup.count(),
    db.groupSuccession.count(),
    db.auditEntry.count(),
  ]);
  return JSON.stringify({ sets, groups, links, audit });
}

const create = (input: Record<string, unknown>, user: ActionUser = admin) =>
  runAuthedAction(createGroupSetSpec, input, actionEnvironment(user));

async function refused(input: Record<string, unknown>, user: ActionUser = admin) {
  const before = await snapshot();
  const result = await create(input, user);
  expect(result.ok).toBe(false);
  expect(await snapshot()).toBe(before);
  return result;
}

beforeAll(async () => {
  tree = await createScopeTree(db);
  old = await db.$transaction((tx) => insertGroupSet(tx));
  admin = await createTestUser(db, { username: "sets.admin", role: "ADMIN", scopeUnitId: tree.vn });
  official = await createTestUser(db, {
    username: "sets.official",
    role: "PROVINCIAL_OFFICIAL",
    scopeUnitId: tree.n10,
  });
  staff = await createTestUser(db, { username: "sets.staff", role: "COMMUNE_STAFF", scopeUnitId: tree.c20001 });
  for (const month of [MAY, JUNE]) {
    const saved = await runAuthedAction(saveReportSpec, form(month, OLD_FIGURES), actionEnvironment(staff));
    expect(saved.ok).toBe(true);
  }
});

describe("adding a set of participant groups", () => {
  it("is refused to anyone but an administrator", async () => {
    expect(await refused(newSetForm(JULY), official)).toMatchObject({ ok: false });
  });

  it("names the row and the field of a bad group, in the user's language", async () => {
    const result = await refused(newSetForm(JULY, { "g1.name": " ", "g2.code": "1" }));
    expect(result.fieldErrors).toEqual({
      "g1.name": ["Dòng 2: vui lòng nhập tên nhóm"],
      "g2.code": ["Dòng 3: mã nhóm trùng với một dòng khác"],
    });
  });

  it("refuses a start before or at the latest set's, and one that would take reports out of the 2014 set", async () => {
    expect((await refused(newSetForm("2015-01"))).fieldErrors).toEqual({
      validFrom: ["Danh mục mới phải áp dụng sau tháng bắt đầu của danh mục gần nhất (tháng 1/2015)."],
    });
    expect((await refused(newSetForm(JUNE))).fieldErrors).toEqual({
      validFrom: [
        "Đã có 1 báo cáo theo danh mục LBHYT-2014 từ tháng 6/2026 trở đi. Hãy chọn tháng sau tháng cuối có báo cáo (tháng 6/2026), hoặc nhập lại các báo cáo đó sau khi thêm danh mục.",
      ],
    });
  });

  it("refuses a group said to continue a group outside the previous set", async () => {
    const result = await refused(newSetForm(JULY, { "g2.continues": "999999" }));
    expect(result.fieldErrors).toEqual({ "g2.continues": ["Dòng 3: nhóm kế tiếp không thuộc danh mục trước."] });
  });

  it("adds the set from July, ends the 2014 set on 30 June in the same write, and audits it", async () => {
    const result = await create(newSetForm(JULY));
    expect(result).toEqual({
      ok: true,
      fieldErrors: {},
      message: "Đã thêm danh mục LBHYT-2024 áp dụng từ tháng 7/2026.",
    });
    const sets = await db.groupSet.findMany({ orderBy: { validFrom: "asc" } });
    expect(sets.map((set) => [set.code, set.validFrom.toISOString(), set.validTo?.toISOString() ?? null])).toEqual([
      ["LBHYT-2014", "2015-01-01T00:00:00.000Z", "2026-06-30T00:00:00.000Z"],
      ["LBHYT-2024", "2026-07-01T00:00:00.000Z", null],
    ]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "group_set.create" } });
    expect(audit).toMatchObject({ entityType: "group_set", entityId: String(sets[1]!.id), userId: admin.id });
    expect(audit.before).toEqual({ previousSet: "LBHYT-2014", previousValidTo: null });
    expect(audit.after).toMatchObject({ validFrom: JULY, code: "LBHYT-2024", previousValidTo: "2026-06-30" });
  });

  it("makes June's report of the 2014 groups and July's of the new ones", async () => {
    const june = await getParticipantGroups(JUNE);
    expect(june.map((group) => [group.code, group.shortName])).toEqual([
      ["1", "Người lao động"],
      ["2", "Do BHXH đóng"],
      ["3", "Do NSNN đóng"],
      ["4", "NSNN hỗ trợ"],
      ["5", "Hộ gia đình"],
    ]);
    const july = await getParticipantGroups(JULY);
    expect(july.map((group) => [group.code, group.shortName, group.shortNameEn])).toEqual([
      ["1", "Hỗ trợ, tự đóng", "Supported, self-paying"],
      ["2", "Được đóng", null],
      ["3", "Nhóm mới", null],
    ]);
    expect(july.map((group) => group.predecessorIds)).toEqual([[old[3], old[4]], [old[0], old[1], old[2]], []]);
  });

  it("saves July in the new groups, and compares it with June through the mapping", async () => {
    // July: the 2014 groups 4 + 5 (4,800 of 5,600) now form group 1; 1 + 2 + 3 (4,000 of 4,100) group 2.
    const saved = await runAuthedAction(
      saveReportSpec,
      form(JULY, { "1": [4_850, 5_600], "2": [4_010, 4_100], "3": [70, 100] }),
      actionEnvironment(staff),
    );
    expect(saved.fieldErrors).toEqual({});
    expect(saved).toMatchObject({ ok: true });
    const stored = await db.enrollmentFigure.findMany({
      where: { unitId: tree.c20001, period: monthToDate(JULY) },
      include: { group: { include: { groupSet: true } } },
      orderBy: { group: { ordinal: "asc" } },
    });
    expect(stored.map((f) => [f.group.groupSet.code, f.group.code, f.insured])).toEqual([
      ["LBHYT-2024", "1", 4_850],
      ["LBHYT-2024", "2", 4_010],
      ["LBHYT-2024", "3", 70],
    ]);

    // The review list's comparison: by the mapping, not by the code ("1" in June is another group).
    const figures = (await getMonthGroupFigures(admin, tree.n10, JULY)).get(tree.c20001)!;
    expect(figures.map((group) => [group.code, group.insured, group.previous])).toEqual([
      ["1", 4_850, { insured: 4_800, eligible: 5_600 }],
      ["2", 4_010, { insured: 4_000, eligible: 4_100 }],
      ["3", 70, null],
    ]);

    // The history the July report is checked against: June in July's groups.
    const july = await getParticipantGroups(JULY);
    const [june] = await getUnitReports(tree.c20001, JUNE, JUNE, db, july);
    expect(june!.values.groups).toEqual({
      "1": { insured: 4_800, eligible: 5_600, newlyEnrolled: 20, renewed: 100 },
      "2": { insured: 4_000, eligible: 4_100, newlyEnrolled: 30, renewed: 150 },
    });
  });

  it("refuses a July form in the 2014 groups: group 3 is required and the old groups 4 and 5 are not read", async () => {
    const result = await runAuthedAction(
      saveReportSpec,
      { ...form("2026-08", OLD_FIGURES), "g3.insured": "" },
      actionEnvironment(staff),
    );
    expect(result.ok).toBe(false);
    expect(Object.keys(result.fieldErrors)).toContain("g3.insured");
    expect(await db.enrollmentFigure.count({ where: { period: monthToDate("2026-08") } })).toBe(0);
  });
});
