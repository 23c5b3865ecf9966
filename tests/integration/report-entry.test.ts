// Entering a commune's monthly report: saving a draft and submitting, each one transaction with one
// audit entry holding the values before and after; optimistic concurrency (two saves from the same
// version: exactly one succeeds, the other is refused with what changed, and nothing is lost);
// errors and unconfirmed warnings refuse the save and write nothing; who may save and submit.
import type { Role } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { runAuthedAction, type ActionSpec, type ActionUser } from "@/lib/actions/authed-action";
import { currentMonth } from "@/lib/clock";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import { addMonths, monthToDate, type Month } from "@/lib/period";
import { canAccessUnit, canChangeUnitData } from "@/lib/permissions/scope";
import { getReportAuditEntries } from "@/lib/queries/get-report-audit";
import { fieldHistory } from "@/lib/reports/figure-history";
import { saveReportSpec, submitReportSpec } from "@/lib/reports/save-report";
import type { ReportFormInput } from "@/lib/validation/report-form";

import { createReportHistory, reportForm, STEADY } from "../fixtures/report-entry";
import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser } from "../fixtures/users";
import { actionEnvironment } from "../helpers/action-environment";

const t = MESSAGES.vi;
let tree: ScopeTree;
let staff: ActionUser;
let colleague: ActionUser;
let serial = 0;

const quiet = vi.spyOn(console, "warn").mockImplementation(() => {});
afterAll(() => quiet.mockRestore());

beforeAll(async () => {
  tree = await createScopeTree(db);
  await createReportHistory(db, tree.c10001);
  staff = await createTestUser(db, { username: "entry.staff", role: "COMMUNE_STAFF", scopeUnitId: tree.c10001 });
  colleague = await createTestUser(db, {
    username: "entry.colleague",
    role: "COMMUNE_STAFF",
    scopeUnitId: tree.c10001,
  });
});

/** The month right after the fixture's history (the warnings test uses it). */
const MONTH_AFTER_HISTORY: Month = "2023-01";

/** A month from February 2023 not used by another test (each test gets its own commune-month). */
function freshMonth(): Month {
  return addMonths("2023-02", serial++);
}

const run = (spec: ActionSpec<ReportFormInput>, input: Record<string, unknown>, user: ActionUser = staff) =>
  runAuthedAction(spec, input, actionEnvironment(user));

async function stored(unitId: number, month: Month) {
  const period = monthToDate(month);
  const [report, figures, audit] = await Promise.all([
    db.unitMonthReport.findUnique({ where: { unitId_period: { unitId, period } } }),
    db.enrollmentFigure.findMany({ where: { unitId, period }, include: { group: true }, orderBy: { groupId: "asc" } }),
    db.auditEntry.findMany({ where: { unitId, period }, orderBy: { id: "asc" } }),
  ]);
  return {
    report,
    figures: figures.map((f) => ({
      group: f.group.code,
      insured: f.insured,
      eligible: f.eligible,
      newlyEnrolled: f.newlyEnrolled,
      renewed: f.renewed,
    })),
    audit,
  };
}

describe("saving and submitting", () => {
  it("creates a draft at version 1 with its figures and one audit entry", async () => {
    const month = freshMonth();
    const result = await run(
      saveReportSpec,
      reportForm("10001", month, 0, { population: "8.010", "g1.insured": 1_510 }),
    );
    expect(result).toMatchObject({
      ok: true,
      version: 1,
      message: `Đã lưu bản nháp báo cáo tháng ${Number(month.slice(5))}/${month.slice(0, 4)}. Bản nháp chưa được gửi: cán bộ duyệt chưa thấy báo cáo.`,
    });

    const { report, figures, audit } = await stored(tree.c10001, month);
    expect(report).toMatchObject({
      population: 8_010,
      voluntarySocialInsured: 120,
      status: "DRAFT",
      version: 1,
      submittedAt: null,
    });
    expect(figures).toEqual([
      { group: "1", insured: 1_510, eligible: 1_600, newlyEnrolled: 20, renewed: 90 },
      { group: "2", insured: 5_900, eligible: 6_100, newlyEnrolled: 40, renewed: 400 },
    ]);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "report.save",
      entityType: "unit_month_report",
      entityId: String(report!.id),
      userId: staff.id,
      before: null,
    });
    expect(audit[0]!.after).toEqual({
      version: 1,
      status: "DRAFT",
      population: 8_010,
      voluntarySocialInsured: 120,
      voluntarySocialAssigned: 200,
      groups: {
        "1": { insured: 1_510, eligible: 1_600, newlyEnrolled: 20, renewed: 90 },
        "2": { insured: 5_900, eligible: 6_100, newlyEnrolled: 40, renewed: 400 },
      },
      confirmedWarnings: [],
    });
  });

  it("submits (values, status, who and when in one audit entry); saving it as a draft withdraws it from review, and says so", async () => {
    const month = freshMonth();
    expect((await run(saveReportSpec, reportForm("10001", month, 0))).ok).toBe(true);
    const submitted = await run(
      submitReportSpec,
      reportForm("10001", month, 1, { "g2.insured": 5_920, "g2.newlyEnrolled": 60 }),
    );
    expect(submitted).toMatchObject({
      ok: true,
      version: 2,
      message: `Đã gửi báo cáo tháng ${Number(month.slice(5))}/${month.slice(0, 4)} để duyệt.`,
    });

    const afterSubmit = await stored(tree.c10001, month);
    expect(afterSubmit.report).toMatchObject({ status: "SUBMITTED", version: 2, submittedById: staff.id });
    expect(afterSubmit.report!.submittedAt).toBeInstanceOf(Date);
    expect(afterSubmit.figures[1]).toMatchObject({ insured: 5_920, newlyEnrolled: 60 });
    const audit = afterSubmit.audit;
    expect(audit.map((entry) => entry.action)).toEqual(["report.save", "report.submit"]);
    expect(audit[1]!.before).toMatchObject({ version: 1, status: "DRAFT", groups: { "2": { insured: 5_900 } } });
    expect(audit[1]!.after).toMatchObject({ version: 2, status: "SUBMITTED", groups: { "2": { insured: 5_920 } } });

    const withdrawn = await run(
      saveReportSpec,
      reportForm("10001", month, 2, { "g2.insured": 5_930, "g2.newlyEnrolled": 70 }),
    );
    expect(withdrawn).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^Đã rút báo cáo tháng \d+\/\d{4} về bản nháp\. Báo cáo không còn chờ duyệt/),
    });
    const afterEdit = await stored(tree.c10001, month);
    expect(afterEdit.report).toMatchObject({ status: "DRAFT", version: 3 });
    expect(afterEdit.audit).toHaveLength(3);
  });

  it("submits a corrected report again in place of the one waiting for approval, and says so (in English too)", async () => {
    const month = freshMonth();
    expect((await run(submitReportSpec, reportForm("10001", month, 0))).ok).toBe(true);
    const english = { ...actionEnvironment(staff), messages: async () => MESSAGES.en };
    const again = await runAuthedAction(
      submitReportSpec,
      reportForm("10001", month, 1, { "g2.insured": 5_910, "g2.newlyEnrolled": 50 }),
      english,
    );
    expect(again).toMatchObject({
      ok: true,
      version: 2,
      message: expect.stringMatching(/^Report for \w+ \d{4} submitted for approval in place of the earlier one\./),
    });
    const { report, audit } = await stored(tree.c10001, month);
    expect(report).toMatchObject({ status: "SUBMITTED", version: 2 });
    expect(audit.map((entry) => entry.action)).toEqual(["report.submit", "report.submit"]);
  });

  it("keeps a returned report returned when a draft is saved, until it is submitted again", async () => {
    const month = freshMonth();
    await run(submitReportSpec, reportForm("10001", month, 0));
    await db.unitMonthReport.update({
      where: { unitId_period: { unitId: tree.c10001, period: monthToDate(month) } },
      data: { status: "RETURNED", version: { increment: 1 }, reviewComment: "Kiểm tra lại nhóm 2" },
    });
    const saved = await run(saveReportSpec, reportForm("10001", month, 2));
    expect(saved).toMatchObject({
      ok: true,
      message: expect.stringContaining("Báo cáo vẫn ở trạng thái bị trả lại, chưa gửi lại cho cán bộ duyệt"),
    });
    expect((await stored(tree.c10001, month)).report).toMatchObject({ status: "RETURNED", version: 3 });
    expect((await run(submitReportSpec, reportForm("10001", month, 3))).ok).toBe(true);
    expect((await stored(tree.c10001, month)).report).toMatchObject({ status: "SUBMITTED", version: 4 });
  });

  it.each(["APPROVED", "LOCKED"] as const)("refuses to change an %s report and writes nothing", async (status) => {
    const month = freshMonth();
    await run(submitReportSpec, reportForm("10001", month, 0));
    await db.unitMonthReport.update({
      where: { unitId_period: { unitId: tree.c10001, period: monthToDate(month) } },
      data: { status },
    });
    const before = await stored(tree.c10001, month);
    for (const spec of [saveReportSpec, submitReportSpec]) {
      const result = await run(spec, reportForm("10001", month, 1, { population: 9_000 }));
      expect(result.ok).toBe(false);
      expect(result.message).toBe(
        `Báo cáo tháng ${Number(month.slice(5))}/${month.slice(0, 4)} đang ở trạng thái “${t.reports.statuses[status]}”, không sửa được nữa.`,
      );
      expect(result.conflict).toMatchObject({ status, version: 1 });
    }
    expect(await stored(tree.c10001, month)).toEqual(before);
  });
});

describe("optimistic concurrency", () => {
  it("of two concurrent first saves of a commune-month, exactly one succeeds; the other gets a conflict and nothing of it is written", async () => {
    const month = freshMonth();
    const mine = reportForm("10001", month, 0, { voluntarySocialInsured: 130 });
    const theirs = reportForm("10001", month, 0, { voluntarySocialInsured: 140 });
    const results = await Promise.all([run(saveReportSpec, mine, staff), run(saveReportSpec, theirs, colleague)]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const winner = results[0]!.ok ? 0 : 1;
    const loser = results[1 - winner]!;
    const winnerValue = winner === 0 ? 130 : 140;
    expect(loser.message).toBe(t.reports.entry.conflict);
    expect(loser.conflict).toMatchObject({
      version: 1,
      status: "DRAFT",
    });
    // The report did not exist when the loser's form was loaded: every figure is new to them.
    const changes = Object.fromEntries(loser.conflict!.changes.map((change) => [change.field, change]));
    expect(changes.voluntarySocialInsured).toEqual({
      field: "voluntarySocialInsured",
      from: null,
      to: winnerValue,
      by: `Người dùng ${winner === 0 ? "entry.staff" : "entry.colleague"}`,
      at: expect.any(String),
    });
    expect(Object.keys(changes)).toHaveLength(11);
    const { report, audit } = await stored(tree.c10001, month);
    expect(report).toMatchObject({ voluntarySocialInsured: winnerValue, version: 1 });
    expect(audit).toHaveLength(1);
  });

  it("of two concurrent saves from the same version, exactly one succeeds; the loser sees what changed, keeps what they typed and can save it after seeing it", async () => {
    const month = freshMonth();
    await run(saveReportSpec, reportForm("10001", month, 0));
    const mine = reportForm("10001", month, 1, { "g1.renewed": 95, "g1.newlyEnrolled": 30 });
    const theirs = reportForm("10001", month, 1, {
      "g1.renewed": 99,
      "g1.newlyEnrolled": 35,
      voluntarySocialAssigned: 210,
    });
    const results = await Promise.all([run(saveReportSpec, mine, staff), run(saveReportSpec, theirs, colleague)]);

    expect(results.map((result) => result.ok).sort()).toEqual([false, true]);
    const winner = results[0]!.ok ? mine : theirs;
    const loserInput = results[0]!.ok ? theirs : mine;
    const refused = results.find((result) => !result.ok)!;
    expect(refused.conflict!.version).toBe(2);
    const changed = Object.fromEntries(
      refused.conflict!.changes.map((change) => [change.field, [change.from, change.to]]),
    );
    expect(changed["g1.renewed"]).toEqual([90, winner["g1.renewed"]]);
    expect(changed["g1.newlyEnrolled"]).toEqual([20, winner["g1.newlyEnrolled"]]);
    expect(Object.keys(changed)).toHaveLength(winner === theirs ? 3 : 2);
    let { report, figures, audit } = await stored(tree.c10001, month);
    expect(report!.version).toBe(2);
    expect(figures[0]!.renewed).toBe(winner["g1.renewed"]);
    expect(audit).toHaveLength(2);

    // Having seen the change, the loser saves again from the version now stored: accepted.
    const retried = await run(
      saveReportSpec,
      { ...loserInput, version: refused.conflict!.version },
      results[0]!.ok ? colleague : staff,
    );
    expect(retried).toMatchObject({ ok: true, version: 3 });
    ({ report, figures, audit } = await stored(tree.c10001, month));
    expect(figures[0]!.renewed).toBe(loserInput["g1.renewed"]);
    expect(audit).toHaveLength(3);
  });

  it("refuses a save from a version that is no longer the stored one, and one that claims a report exists when it does not", async () => {
    const month = freshMonth();
    await run(saveReportSpec, reportForm("10001", month, 0));
    await run(saveReportSpec, reportForm("10001", month, 1, { voluntarySocialInsured: 125 }), colleague);
    const stale = await run(saveReportSpec, reportForm("10001", month, 1, { voluntarySocialInsured: 128 }));
    expect(stale.ok).toBe(false);
    expect(stale.conflict!.changes).toEqual([
      { field: "voluntarySocialInsured", from: 120, to: 125, by: "Người dùng entry.colleague", at: expect.any(String) },
    ]);
    const fromNothing = await run(saveReportSpec, reportForm("10001", freshMonth(), 4));
    expect(fromNothing).toMatchObject({ ok: false, conflict: { version: 0, status: "NONE", changes: [] } });
    expect((await stored(tree.c10001, month)).report!.voluntarySocialInsured).toBe(125);
  });
});

describe("validation and warnings", () => {
  it("refuses impossible values with a Vietnamese message naming each field, and writes nothing", async () => {
    const month = freshMonth();
    const before = await db.auditEntry.count();
    const result = await run(
      saveReportSpec,
      reportForm("10001", month, 0, {
        population: "-5",
        "g1.eligible": "12,5",
        "g2.insured": "",
        "g1.newlyEnrolled": 2_000,
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.message).toBe(t.actions.invalidInput);
    expect(result.fieldErrors).toEqual({
      population: ["Dân số: không được là số âm."],
      "g1.eligible": [
        "Nhóm 1 – Số người thuộc diện: phải là số nguyên, không có phần thập phân hay chữ (ví dụ 16984 hoặc 16.984).",
      ],
      "g2.insured": ["Nhóm 2 – Số người có thẻ: chưa nhập. Nhập một số nguyên không âm (0 nếu không có)."],
    });
    // Impossible denominators: people insured where nobody lives, or in a group with nobody eligible.
    const impossible = await run(saveReportSpec, reportForm("10001", month, 0, { population: 0, "g2.eligible": 0 }));
    expect(impossible.ok).toBe(false);
    expect(impossible.fieldErrors.population).toEqual([
      "Dân số: dân số là 0 nhưng có 7.400 người có thẻ. Nhập dân số của xã.",
    ]);
    expect(impossible.fieldErrors["g2.eligible"]).toEqual([
      "Nhóm 2 – Số người thuộc diện: nhóm 2 có 5.900 người có thẻ nhưng 0 người thuộc diện. Nhập số người thuộc diện.",
    ]);
    expect((await stored(tree.c10001, month)).report).toBeNull();
    expect(await db.auditEntry.count()).toBe(before);
  });

  it("refuses a warning without a reason, and stores the reason once given", async () => {
    const month = MONTH_AFTER_HISTORY;
    const unusual = { "g1.insured": 1_700, "g1.newlyEnrolled": 150, "g1.renewed": 100 }; // above the 1,600 eligible
    const refused = await run(saveReportSpec, reportForm("10001", month, 0, unusual));
    expect(refused.ok).toBe(false);
    expect(Object.keys(refused.fieldErrors).sort()).toEqual([
      "reason:g1.insured:jump",
      "reason:g1.insured:rateAbove100",
      "reason:g1.newlyEnrolled:jump",
    ]);
    expect(refused.fieldErrors["reason:g1.insured:rateAbove100"]?.[0]).toMatch(
      /^Nhóm 1 – Số người có thẻ: số có thẻ \(1\.700\) nhiều hơn số người thuộc diện tham gia \(1\.600\), tỷ lệ trên 100%\. Kiểm tra lại số người thuộc diện tham gia, hoặc/,
    );
    const tooShort = await run(
      saveReportSpec,
      reportForm("10001", month, 0, {
        ...unusual,
        "reason:g1.insured:jump": " a ",
        "reason:g1.insured:rateAbove100": "x".repeat(501),
        "reason:g1.newlyEnrolled:jump": "Đợt vận động",
      }),
    );
    expect(Object.keys(tooShort.fieldErrors).sort()).toEqual([
      "reason:g1.insured:jump",
      "reason:g1.insured:rateAbove100",
    ]);
    expect((await stored(tree.c10001, month)).report).toBeNull();

    const confirmed = await run(
      saveReportSpec,
      reportForm("10001", month, 0, {
        ...unusual,
        "reason:g1.insured:jump": "Đợt cấp thẻ cho công nhân khu công nghiệp mới",
        "reason:g1.insured:rateAbove100": "Số thuộc diện chưa cập nhật công nhân mới",
        "reason:g1.newlyEnrolled:jump": "Đợt vận động tháng cao điểm",
        "reason:population:jump": "not a warning of this report: ignored",
      }),
    );
    expect(confirmed.ok).toBe(true);
    const { report, audit } = await stored(tree.c10001, month);
    const reasons = [
      { field: "g1.insured", code: "jump", reason: "Đợt cấp thẻ cho công nhân khu công nghiệp mới" },
      { field: "g1.newlyEnrolled", code: "jump", reason: "Đợt vận động tháng cao điểm" },
      { field: "g1.insured", code: "rateAbove100", reason: "Số thuộc diện chưa cập nhật công nhân mới" },
    ];
    expect(report!.confirmedWarnings).toEqual(reasons);
    expect(audit[0]!.after).toMatchObject({ confirmedWarnings: reasons });
  });

  it("asks for a reason, and then saves, when new enrollments and renewals exceed the people insured (an error before)", async () => {
    // A month with no history before it (so no jump), far enough from the other tests' months.
    const month: Month = "2021-01";
    // Renewals in group 1 of people who then moved to group 2 in the same month.
    const moved = { "g1.insured": 1_400, "g1.renewed": 1_390, "g2.insured": 6_000 };
    const asked = await run(saveReportSpec, reportForm("10001", month, 0, moved));
    expect(asked.ok).toBe(false);
    expect(Object.keys(asked.fieldErrors)).toEqual(["reason:g1.newlyEnrolled:enrolledAboveInsured"]);
    expect(asked.fieldErrors["reason:g1.newlyEnrolled:enrolledAboveInsured"]).toEqual([
      "Nhóm 1 – Tham gia mới: tham gia mới và tái tục nhóm 1 (1.410) nhiều hơn số người có thẻ cuối tháng (1.400). Xác nhận kèm lý do nếu đúng (ví dụ thẻ hộ gia đình có hiệu lực sau 30 ngày, chuyển nhóm, tử vong hoặc chuyển đi).",
    ]);
    const reasons = Object.fromEntries(
      Object.keys(asked.fieldErrors).map((key) => [key, "Tái tục nhóm 1 rồi chuyển sang nhóm 2 trong tháng"]),
    );
    const saved = await run(saveReportSpec, reportForm("10001", month, 0, { ...moved, ...reasons }));
    expect(saved.ok).toBe(true);
    const { report } = await stored(tree.c10001, month);
    expect(report!.confirmedWarnings).toContainEqual({
      field: "g1.newlyEnrolled",
      code: "enrolledAboveInsured",
      reason: "Tái tục nhóm 1 rồi chuyển sang nhóm 2 trong tháng",
    });
  });

  it("opens a month in its last days only where the reporting rule in force for it allows it", async () => {
    // A rule from March 2031 opens a month 3 days before its end: March 2031 on the 29th, Hà Nội time.
    const rule = await db.reportingRule.create({
      data: { effectiveFrom: monthToDate("2031-03"), approverLevel: 1, deadlineDay: 5, opensDaysBeforeEnd: 3 },
    });
    const pinned = process.env.APP_TODAY;
    try {
      process.env.APP_TODAY = "2031-03-28T23:59:00+07:00";
      const early = await run(saveReportSpec, reportForm("20001", "2031-03", 0), await admin());
      expect(early).toMatchObject({ ok: false, message: "Chưa mở nhập báo cáo tháng 3/2031: mở từ ngày 29/03/2031." });
      process.env.APP_TODAY = "2031-03-29T00:01:00+07:00";
      const opened = await run(saveReportSpec, reportForm("20001", "2031-03", 0), await admin());
      expect(opened, opened.message ?? "").toMatchObject({ ok: true, version: 1 });
      // April is under the same rule: not open on 29 March.
      const next = await run(saveReportSpec, reportForm("20001", "2031-04", 0), await admin());
      expect(next).toMatchObject({ ok: false, message: "Chưa mở nhập báo cáo tháng 4/2031: mở từ ngày 28/04/2031." });
    } finally {
      if (pinned === undefined) delete process.env.APP_TODAY;
      else process.env.APP_TODAY = pinned;
      await db.reportingRule.delete({ where: { id: rule.id } });
    }
  });

  it("refuses a month not open for entry yet and a unit that is not a base unit of the month", async () => {
    // The migrations' rules open a month once it has ended: the current month is not open yet.
    for (const month of [currentMonth(), addMonths(currentMonth(), 1)]) {
      const refused = await run(saveReportSpec, reportForm("20001", month, 0), await admin());
      const [year, next] = addMonths(month, 1).split("-");
      expect(refused).toMatchObject({
        ok: false,
        message: `Chưa mở nhập báo cáo tháng ${Number(month.slice(5))}/${month.slice(0, 4)}: mở từ ngày 01/${next}/${year}.`,
      });
    }
    const months = [currentMonth(), addMonths(currentMonth(), 1)].map(monthToDate);
    expect(await db.unitMonthReport.count({ where: { unit: { code: "20001" }, period: { in: months } } })).toBe(0);
    const district = await run(saveReportSpec, reportForm("100", "2025-03", 0), await admin());
    expect(district).toMatchObject({ ok: false, message: t.actions.refused });
    const oldCommuneAfterReorganisation = await run(saveReportSpec, reportForm("10001", "2025-08", 0), await admin());
    expect(oldCommuneAfterReorganisation).toMatchObject({ ok: false, message: t.actions.refused });
  });
});

let adminUser: ActionUser | undefined;
async function admin() {
  adminUser ??= await createTestUser(db, { username: "entry.admin", role: "ADMIN", scopeUnitId: tree.vn });
  return adminUser;
}

describe("who may save and submit", () => {
  // Written out by hand from the issue: commune staff of the commune and administrators may save
  // and submit; officials review, leaders read; nobody acts outside their scope.
  const cases: { role: Role; scope: keyof ScopeTree; allowed: boolean }[] = [
    { role: "COMMUNE_STAFF", scope: "c10001", allowed: true },
    { role: "COMMUNE_STAFF", scope: "c10002", allowed: false },
    { role: "COMMUNE_STAFF", scope: "c12001", allowed: false },
    { role: "ADMIN", scope: "vn", allowed: true },
    { role: "PROVINCIAL_OFFICIAL", scope: "p10", allowed: false },
    { role: "DISTRICT_OFFICER", scope: "d100", allowed: false },
    { role: "LEADER", scope: "p10", allowed: false },
  ];
  for (const { role, scope, allowed } of cases) {
    it(`${role} of ${scope} ${allowed ? "may" : "may not"} save and submit commune 10001's report`, async () => {
      const user = await createTestUser(db, {
        username: `entry.${role.toLowerCase()}.${scope}`,
        role,
        scopeUnitId: tree[scope],
      });
      const month = freshMonth();
      const saved = await run(saveReportSpec, reportForm("10001", month, 0), user);
      const submitted = await run(submitReportSpec, reportForm("10001", month, saved.ok ? 1 : 0), user);
      expect([saved.ok, submitted.ok]).toEqual([allowed, allowed]);
      const { report, audit } = await stored(tree.c10001, month);
      if (allowed) {
        expect(report).toMatchObject({ status: "SUBMITTED", version: 2, submittedById: user.id });
        expect(audit.map((entry) => entry.userId)).toEqual([user.id, user.id]);
      } else {
        expect(saved.message).toBe(t.actions.refused);
        expect(submitted.message).toBe(t.actions.refused);
        expect(report).toBeNull();
        expect(audit).toHaveLength(0);
      }
    });
  }
});

describe("across the July 2025 reorganisation", () => {
  it("staff of an old commune read their successor commune's months but cannot enter them; the successor's staff can, and may correct their predecessors' months", async () => {
    const oldStaff = await createTestUser(db, {
      username: "entry.old.staff",
      role: "COMMUNE_STAFF",
      scopeUnitId: tree.c10001,
    });
    const newStaff = await createTestUser(db, {
      username: "entry.new.staff",
      role: "COMMUNE_STAFF",
      scopeUnitId: tree.c20001,
    });
    const month: Month = "2025-08";
    expect(await canAccessUnit(oldStaff, tree.c20001, month, db)).toBe(true);
    expect(await canChangeUnitData(oldStaff, tree.c20001, month, db)).toBe(false);

    const refused = await run(saveReportSpec, reportForm("20001", month, 0), oldStaff);
    expect(refused).toMatchObject({ ok: false, message: t.actions.refused });
    expect((await stored(tree.c20001, month)).report).toBeNull();

    const saved = await run(saveReportSpec, reportForm("20001", month, 0), newStaff);
    expect(saved.ok).toBe(true);
    // The new commune's staff may correct the history of the communes theirs succeeded.
    expect(await canChangeUnitData(newStaff, tree.c10001, "2025-06", db)).toBe(true);
    expect(await canChangeUnitData(newStaff, tree.c12001, "2025-06", db)).toBe(false);
  });
});

describe("figure history", () => {
  it("tells for every figure who changed it, when, from what to what, newest first", async () => {
    const month = freshMonth();
    await run(saveReportSpec, reportForm("10001", month, 0));
    await run(saveReportSpec, reportForm("10001", month, 1, { population: 8_040 }), colleague);
    await run(submitReportSpec, reportForm("10001", month, 2, { population: 8_045, "g2.eligible": 6_150 }));
    const history = fieldHistory(await getReportAuditEntries(tree.c10001, month));
    expect(history.population?.map(({ by, action, from, to }) => ({ by, action, from, to }))).toEqual([
      { by: "Người dùng entry.staff", action: "report.submit", from: 8_040, to: 8_045 },
      { by: "Người dùng entry.colleague", action: "report.save", from: 8_000, to: 8_040 },
      { by: "Người dùng entry.staff", action: "report.save", from: null, to: 8_000 },
    ]);
    expect(history["g2.eligible"]?.map(({ from, to }) => [from, to])).toEqual([
      [6_100, 6_150],
      [null, 6_100],
    ]);
    expect(history["g1.insured"]).toHaveLength(1);
    expect(STEADY.groups["1"][0]).toBe(1_500);
  });
});
