// Reviewing monthly reports through the real server actions on a real database: the workflow
// states and who may move them (district before July 2025, province after), returning with a
// comment, optimistic concurrency, locking a month, and unlocking by a higher level with a reason.
// Every refusal leaves reports and the audit log exactly as they were.
import type { ReportStatus } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { runAuthedAction, type ActionSpec, type ActionUser } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { fill } from "@/lib/i18n/fill";
import { MESSAGES } from "@/lib/i18n/messages";
import { monthToDate, type Month } from "@/lib/period";
import { approveMonthSpec, lockMonthSpec } from "@/lib/reports/review-month";
import { approveReportSpec, returnReportSpec, unlockReportSpec } from "@/lib/reports/review-report";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser } from "../fixtures/users";
import { actionEnvironment } from "../helpers/action-environment";

const t = MESSAGES.vi;
const JUNE: Month = "2025-06";
const OCTOBER: Month = "2025-10";
let tree: ScopeTree;
const users = {} as Record<
  "districtOne" | "districtTwo" | "oldProvince" | "newProvince" | "otherProvince" | "admin" | "leader" | "commune",
  ActionUser
>;

const quiet = vi.spyOn(console, "warn").mockImplementation(() => {});
afterAll(() => quiet.mockRestore());

beforeAll(async () => {
  tree = await createScopeTree(db);
  const user = (username: string, role: ActionUser["role"], scopeUnitId: number) =>
    createTestUser(db, { username, role, scopeUnitId });
  users.districtOne = await user("review.d100", "DISTRICT_OFFICER", tree.d100);
  users.districtTwo = await user("review.d101", "DISTRICT_OFFICER", tree.d101);
  users.oldProvince = await user("review.p10", "PROVINCIAL_OFFICIAL", tree.p10);
  users.newProvince = await user("review.n10", "PROVINCIAL_OFFICIAL", tree.n10);
  users.otherProvince = await user("review.n12", "PROVINCIAL_OFFICIAL", tree.n12);
  users.admin = await user("review.admin", "ADMIN", tree.vn);
  users.leader = await user("review.leader", "LEADER", tree.vn);
  users.commune = await user("review.c10001", "COMMUNE_STAFF", tree.c10001);
});

/** A fresh report row for a commune and month in the given state (earlier rows of the same pair removed). */
async function report(unitId: number, month: Month, status: ReportStatus) {
  const period = monthToDate(month);
  await db.unitMonthReport.deleteMany({ where: { unitId, period } });
  return db.unitMonthReport.create({
    data: { unitId, period, population: 5_000, status, version: 3, submittedAt: new Date("2025-07-03T02:00:00Z") },
  });
}

async function snapshot() {
  const [reports, audit] = await Promise.all([
    db.unitMonthReport.findMany({ orderBy: { id: "asc" } }),
    db.auditEntry.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ reports, audit });
}

function run<Input>(spec: ActionSpec<Input>, input: Record<string, unknown>, user: ActionUser) {
  return runAuthedAction(spec, input, actionEnvironment(user));
}

/** Runs an action that must be refused, and checks that nothing at all was written. */
async function refused<Input>(spec: ActionSpec<Input>, input: Record<string, unknown>, user: ActionUser) {
  const before = await snapshot();
  const result = await run(spec, input, user);
  expect(result.ok).toBe(false);
  expect(await snapshot()).toBe(before);
  return result;
}

const seen = (r: { id: number; version: number }) => ({ reportId: String(r.id), version: String(r.version) });

beforeEach(async () => {
  await db.unitMonthReport.deleteMany({});
});

describe("before July 2025 the district approves", () => {
  it("approves a submitted report: new status, version, reviewer, one audit entry with before and after", async () => {
    const submitted = await report(tree.c10001, JUNE, "SUBMITTED");
    const result = await run(approveReportSpec, seen(submitted), users.districtOne);
    expect(result).toEqual({ ok: true, fieldErrors: {}, message: "Đã duyệt báo cáo của Xã An." });
    const after = await db.unitMonthReport.findUniqueOrThrow({ where: { id: submitted.id } });
    expect(after).toMatchObject({
      status: "APPROVED",
      version: 4,
      reviewedById: users.districtOne.id,
      reviewComment: null,
      population: 5_000,
    });
    expect(after.reviewedAt).toBeInstanceOf(Date);
    const entries = await db.auditEntry.findMany({
      where: { action: "report.approve", entityId: String(submitted.id) },
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      userId: users.districtOne.id,
      entityType: "unit_month_report",
      unitId: tree.c10001,
      period: monthToDate(JUNE),
      before: { status: "SUBMITTED", version: 3, reviewComment: null },
      after: { status: "APPROVED", version: 4, reviewComment: null },
    });
  });

  it("refuses a district officer the communes of another district", async () => {
    const submitted = await report(tree.c10003, JUNE, "SUBMITTED");
    const result = await refused(approveReportSpec, seen(submitted), users.districtOne);
    expect(result.message).toBe(t.actions.refused);
  });

  it("lets the province above the district approve too", async () => {
    const submitted = await report(tree.c10003, JUNE, "SUBMITTED");
    expect((await run(approveReportSpec, seen(submitted), users.oldProvince)).ok).toBe(true);
  });

  it("refuses leaders and commune staff, who may not review", async () => {
    const submitted = await report(tree.c10001, JUNE, "SUBMITTED");
    for (const user of [users.leader, users.commune]) {
      expect((await refused(approveReportSpec, seen(submitted), user)).message).toBe(t.actions.refused);
    }
  });

  it("returns a report only with a comment, which the commune will see", async () => {
    const submitted = await report(tree.c10002, JUNE, "SUBMITTED");
    const missing = await refused(returnReportSpec, { ...seen(submitted), comment: "   " }, users.districtOne);
    expect(missing.fieldErrors.comment).toEqual(["Vui lòng nhập ý kiến gửi xã: xã cần biết phải sửa số liệu nào"]);
    const english = await runAuthedAction(
      returnReportSpec,
      { reportId: "x", version: String(submitted.version), comment: "a".repeat(2001) },
      { ...actionEnvironment(users.districtOne), messages: async () => MESSAGES.en },
    );
    expect(english.fieldErrors).toEqual({
      reportId: ["Invalid report"],
      comment: ["The text may not be longer than 2,000 characters"],
    });

    const comment = "Nhóm 4: số học sinh có thẻ giảm 300 so với tháng trước, kiểm tra lại.";
    const result = await run(returnReportSpec, { ...seen(submitted), comment }, users.districtOne);
    expect(result.message).toBe("Đã trả lại báo cáo của Xã Bình cho xã sửa.");
    expect(await db.unitMonthReport.findUniqueOrThrow({ where: { id: submitted.id } })).toMatchObject({
      status: "RETURNED",
      reviewComment: comment,
      version: 4,
    });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "report.return", entityId: String(submitted.id) },
    });
    expect(entry.after).toEqual({ status: "RETURNED", version: 4, reviewComment: comment });
  });

  it("refuses a reviewer acting on a report that changed since they looked, saying so", async () => {
    const submitted = await report(tree.c10001, JUNE, "SUBMITTED");
    // The commune resubmitted in the meantime (version 3 → 4).
    await db.unitMonthReport.update({ where: { id: submitted.id }, data: { version: 4 } });
    const result = await refused(approveReportSpec, seen(submitted), users.districtOne);
    expect(result.message).toBe(fill(t.reports.review.stale, { unit: "Xã An", status: "Đã gửi, chờ duyệt" }));
  });

  it("refuses a second reviewer deciding a report someone else has just decided", async () => {
    const submitted = await report(tree.c10001, JUNE, "SUBMITTED");
    expect((await run(approveReportSpec, seen(submitted), users.districtOne)).ok).toBe(true);
    const result = await refused(returnReportSpec, { ...seen(submitted), comment: "Sai số dân" }, users.oldProvince);
    expect(result.message).toBe(fill(t.reports.review.stale, { unit: "Xã An", status: "Đã duyệt" }));
  });

  it("does not approve or return a report that is not awaiting review", async () => {
    for (const status of ["DRAFT", "RETURNED", "APPROVED", "LOCKED"] as const) {
      const other = await report(tree.c10001, JUNE, status);
      const result = await refused(approveReportSpec, seen(other), users.districtOne);
      expect(result.message).toBe(
        fill(t.reports.review.wrongStatus, { unit: "Xã An", status: t.reports.statuses[status] }),
      );
      await refused(returnReportSpec, { ...seen(other), comment: "x" }, users.districtOne);
    }
  });
});

describe("locking a month", () => {
  it("locks the approved reports the reviewer saw, one audit entry each, in one transaction", async () => {
    const a = await report(tree.c10001, JUNE, "APPROVED");
    const b = await report(tree.c10002, JUNE, "APPROVED");
    const result = await run(
      lockMonthSpec,
      { unitId: String(tree.d100), month: JUNE, reports: [`${a.id}:${a.version}`, `${b.id}:${b.version}`] },
      users.districtOne,
    );
    expect(result).toEqual({ ok: true, fieldErrors: {}, message: "Đã khoá 2 báo cáo tháng 6/2025." });
    expect((await db.unitMonthReport.findMany({ where: { id: { in: [a.id, b.id] } } })).map((r) => r.status)).toEqual([
      "LOCKED",
      "LOCKED",
    ]);
    const entries = await db.auditEntry.findMany({ where: { action: "report.lock" }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => entry.entityId)).toEqual([String(a.id), String(b.id)]);
  });

  it("locks nothing when one of the reports changed, and names its commune", async () => {
    const a = await report(tree.c10001, JUNE, "APPROVED");
    const b = await report(tree.c10002, JUNE, "APPROVED");
    await db.unitMonthReport.update({ where: { id: b.id }, data: { status: "RETURNED", version: 4 } });
    const result = await refused(
      lockMonthSpec,
      { unitId: String(tree.d100), month: JUNE, reports: [`${a.id}:3`, `${b.id}:3`] },
      users.districtOne,
    );
    expect(result.message).toBe(fill(t.reports.review.staleMany, { units: "Xã Bình" }));
  });

  it("asks for a reason to lock a month while communes are not approved, and keeps it in the audit", async () => {
    // Xã An approved, Xã Bình only submitted: the lock leaves Xã Bình open.
    const a = await report(tree.c10001, JUNE, "APPROVED");
    const b = await report(tree.c10002, JUNE, "SUBMITTED");
    const lock = { unitId: String(tree.d100), month: JUNE, reports: `${a.id}:${a.version}` };
    for (const lockReason of [undefined, "", "   "]) {
      const result = await refused(lockMonthSpec, { ...lock, lockReason }, users.districtOne);
      expect(result.fieldErrors.lockReason).toEqual([
        "Còn 1 xã chưa được duyệt: hãy ghi lý do khoá tháng khi chưa đủ báo cáo.",
      ]);
    }
    const english = await runAuthedAction(lockMonthSpec, lock, {
      ...actionEnvironment(users.districtOne),
      messages: async () => MESSAGES.en,
    });
    expect(english.fieldErrors.lockReason).toEqual([
      "Communes not approved yet: 1. Give the reason for locking an incomplete month.",
    ]);
    // A reason over the limit is named with the limit, in the reader's language (never Zod's English).
    const tooLong = { ...lock, lockReason: "x".repeat(1001) };
    expect((await refused(lockMonthSpec, tooLong, users.districtOne)).fieldErrors.lockReason).toEqual([
      "Lý do khoá không được dài quá 1.000 ký tự",
    ]);
    const englishTooLong = await runAuthedAction(lockMonthSpec, tooLong, {
      ...actionEnvironment(users.districtOne),
      messages: async () => MESSAGES.en,
    });
    expect(englishTooLong.fieldErrors.lockReason).toEqual([
      "The reason for locking may not be longer than 1,000 characters",
    ]);

    const lockReason = "Đã quá hạn 10 ngày, Xã Bình được nhắc ba lần; cần chốt số liệu cho UBND huyện.";
    const result = await run(lockMonthSpec, { ...lock, lockReason }, users.districtOne);
    expect(result).toMatchObject({ ok: true, message: "Đã khoá 1 báo cáo tháng 6/2025." });
    expect(await db.unitMonthReport.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ status: "SUBMITTED" });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "report.lock", entityId: String(a.id) },
      orderBy: { id: "desc" },
    });
    expect(entry.after).toEqual({
      status: "LOCKED",
      version: a.version + 1,
      reviewComment: null,
      notApproved: 1,
      lockReason,
    });
  });

  it("refuses a report outside the unit or of another month", async () => {
    const outside = await report(tree.c10003, JUNE, "APPROVED");
    await refused(
      lockMonthSpec,
      { unitId: String(tree.d100), month: JUNE, reports: `${outside.id}:3` },
      users.districtOne,
    );
    const otherMonth = await report(tree.c10001, "2025-05", "APPROVED");
    await refused(
      lockMonthSpec,
      { unitId: String(tree.d100), month: JUNE, reports: `${otherMonth.id}:3` },
      users.districtOne,
    );
  });

  it("approves every report awaiting review in one go", async () => {
    const a = await report(tree.c10001, JUNE, "SUBMITTED");
    const b = await report(tree.c10003, JUNE, "SUBMITTED");
    const result = await run(
      approveMonthSpec,
      { unitId: String(tree.p10), month: JUNE, reports: [`${a.id}:3`, `${b.id}:3`] },
      users.oldProvince,
    );
    expect(result.message).toBe("Đã duyệt 2 báo cáo.");
    expect(
      await db.auditEntry.count({
        where: { action: "report.approve", entityId: { in: [String(a.id), String(b.id)] } },
      }),
    ).toBe(2);
  });

  it("refuses a district officer the month of the whole province", async () => {
    const a = await report(tree.c10001, JUNE, "APPROVED");
    await refused(lockMonthSpec, { unitId: String(tree.p10), month: JUNE, reports: `${a.id}:3` }, users.districtOne);
  });
});

describe("unlocking", () => {
  it("is refused to the district that approved: only a higher level may unlock", async () => {
    const locked = await report(tree.c10001, JUNE, "LOCKED");
    expect(
      (await refused(unlockReportSpec, { ...seen(locked), reason: "Sửa số dân" }, users.districtOne)).message,
    ).toBe(t.actions.refused);
  });

  it("lets the province unlock with a reason: the report goes back to the commune with the reason as comment", async () => {
    const locked = await report(tree.c10001, JUNE, "LOCKED");
    const missing = await refused(unlockReportSpec, { ...seen(locked), reason: "" }, users.oldProvince);
    expect(missing.fieldErrors.reason).toEqual(["Vui lòng nhập lý do mở khoá"]);

    const reason = "Công an xã cập nhật lại dân số sau rà soát cư trú.";
    const result = await run(unlockReportSpec, { ...seen(locked), reason }, users.oldProvince);
    expect(result.message).toBe("Đã mở khoá báo cáo của Xã An và trả lại cho xã.");
    expect(await db.unitMonthReport.findUniqueOrThrow({ where: { id: locked.id } })).toMatchObject({
      status: "RETURNED",
      reviewComment: reason,
      version: 4,
    });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "report.unlock", entityId: String(locked.id) },
    });
    expect(entry.before).toEqual({ status: "LOCKED", version: 3, reviewComment: null });
    expect(entry.after).toEqual({ status: "RETURNED", version: 4, reviewComment: reason });
  });

  it("lets the new province correct its predecessors' months: it may unlock them", async () => {
    const approved = await report(tree.c10003, JUNE, "APPROVED");
    expect((await run(unlockReportSpec, { ...seen(approved), reason: "Sai nhóm 2" }, users.newProvince)).ok).toBe(true);
  });

  it("does not unlock a report awaiting review", async () => {
    const submitted = await report(tree.c10001, JUNE, "SUBMITTED");
    await refused(unlockReportSpec, { ...seen(submitted), reason: "x" }, users.oldProvince);
  });
});

describe("from July 2025 the province approves", () => {
  it("lets the province approve and lock its communes, and refuses another province", async () => {
    const submitted = await report(tree.c20001, OCTOBER, "SUBMITTED");
    await refused(approveReportSpec, seen(submitted), users.otherProvince);
    expect((await run(approveReportSpec, seen(submitted), users.newProvince)).ok).toBe(true);
    // Phường Cát Đông has not reported: the lock needs a reason.
    const lock = { unitId: String(tree.n10), month: OCTOBER, reports: `${submitted.id}:4` };
    await refused(lockMonthSpec, lock, users.newProvince);
    const result = await run(
      lockMonthSpec,
      { ...lock, lockReason: "Phường Cát Đông sáp nhập lại, không báo cáo tháng này." },
      users.newProvince,
    );
    expect(result.ok).toBe(true);
  });

  it("no longer lets an old district officer approve, the district having ended", async () => {
    const submitted = await report(tree.c20001, OCTOBER, "SUBMITTED");
    await refused(approveReportSpec, seen(submitted), users.districtOne);
  });

  it("lets only an administrator unlock, the province being the approving level", async () => {
    const locked = await report(tree.c20002, OCTOBER, "LOCKED");
    await refused(unlockReportSpec, { ...seen(locked), reason: "Sửa số liệu" }, users.newProvince);
    expect((await run(unlockReportSpec, { ...seen(locked), reason: "Sửa số liệu" }, users.admin)).ok).toBe(true);
  });

  it("reads the rule from the database: one naming districts after July 2025 falls back to the province", async () => {
    const rule = await db.reportingRule.findUniqueOrThrow({ where: { effectiveFrom: monthToDate("2025-07") } });
    await db.reportingRule.update({ where: { id: rule.id }, data: { approverLevel: 2 } });
    try {
      // There are no districts after July 2025: the commune's parent, the province, approves. Still
      // not strictly above the approving level, so the province official may not unlock.
      const locked = await report(tree.c20002, OCTOBER, "LOCKED");
      await refused(unlockReportSpec, { ...seen(locked), reason: "x" }, users.newProvince);
    } finally {
      await db.reportingRule.update({ where: { id: rule.id }, data: { approverLevel: 1 } });
    }
  });
});
