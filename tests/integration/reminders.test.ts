// Reminders and notifications on a real database, through the real server actions: the outbox a
// reminder writes (one in-app message per active account of the commune, audited), once a day per
// commune and month; the scope of manual reminders (refused outside the official's scope, nothing
// written); the automatic reminders' command, idempotent; the commune told of a return or an
// approval in the review action's own transaction; reading one's messages; the phone on accounts.
// The clock is pinned to 20 November 2025 (vi.stubEnv), so October 2025 is open and past its
// deadline whatever the real date.
import type { ReportStatus } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { runAuthedAction, type ActionSpec, type ActionUser } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { fill } from "@/lib/i18n/fill";
import { MESSAGES } from "@/lib/i18n/messages";
import { markNotificationsReadSpec } from "@/lib/notifications/mark-read";
import { remindAllSpec, remindCommuneSpec } from "@/lib/notifications/remind-communes";
import { sendDueReminders } from "@/lib/notifications/send-due-reminders";
import { monthToDate, type Month } from "@/lib/period";
import { approveMonthSpec } from "@/lib/reports/review-month";
import { approveReportSpec, returnReportSpec, unlockReportSpec } from "@/lib/reports/review-report";
import { setUserPhoneSpec } from "@/lib/users/set-user-phone";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser } from "../fixtures/users";
import { actionEnvironment } from "../helpers/action-environment";

const t = MESSAGES.vi;
const OCTOBER: Month = "2025-10";
let tree: ScopeTree;
const users = {} as Record<
  "province" | "otherProvince" | "admin" | "leader" | "staffA" | "staffA2" | "staffB" | "staffOther" | "inactive",
  ActionUser
>;

const quiet = vi.spyOn(console, "warn").mockImplementation(() => {});
afterAll(() => {
  quiet.mockRestore();
  vi.unstubAllEnvs();
});

beforeAll(async () => {
  vi.stubEnv("APP_TODAY", "2025-11-20");
  tree = await createScopeTree(db);
  const user = (username: string, role: ActionUser["role"], scopeUnitId: number, active = true) =>
    createTestUser(db, { username, role, scopeUnitId, active });
  users.province = await user("remind.n10", "PROVINCIAL_OFFICIAL", tree.n10);
  users.otherProvince = await user("remind.n12", "PROVINCIAL_OFFICIAL", tree.n12);
  users.admin = await user("remind.admin", "ADMIN", tree.vn);
  users.leader = await user("remind.leader", "LEADER", tree.n10);
  users.staffA = await user("remind.c20001.a", "COMMUNE_STAFF", tree.c20001);
  users.staffA2 = await user("remind.c20001.b", "COMMUNE_STAFF", tree.c20001);
  users.staffB = await user("remind.c20002", "COMMUNE_STAFF", tree.c20002);
  users.staffOther = await user("remind.c22001", "COMMUNE_STAFF", tree.c22001);
  users.inactive = await user("remind.c20001.old", "COMMUNE_STAFF", tree.c20001, false);
});

beforeEach(async () => {
  await db.outboxMessage.deleteMany({});
  await db.unitMonthReport.deleteMany({});
});

function run<Input>(spec: ActionSpec<Input>, input: Record<string, unknown>, user: ActionUser) {
  return runAuthedAction(spec, input, actionEnvironment(user));
}

/** Everything a refused call must leave as it was: the outbox, the reports, the users and the audit log. */
async function snapshot() {
  const [outbox, reports, accounts, audit] = await Promise.all([
    db.outboxMessage.findMany({ orderBy: { id: "asc" } }),
    db.unitMonthReport.findMany({ orderBy: { id: "asc" } }),
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.auditEntry.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ outbox, reports, accounts, audit });
}

async function refused<Input>(spec: ActionSpec<Input>, input: Record<string, unknown>, user: ActionUser) {
  const before = await snapshot();
  const result = await run(spec, input, user);
  expect(result.ok).toBe(false);
  expect(await snapshot()).toBe(before);
  return result;
}

async function report(unitId: number, status: ReportStatus, version = 2) {
  return db.unitMonthReport.create({
    data: {
      unitId,
      period: monthToDate(OCTOBER),
      population: 5_000,
      status,
      version,
      submittedAt: new Date("2025-11-03T02:00:00Z"),
    },
  });
}

const messagesOf = (unitId: number) =>
  db.outboxMessage.findMany({ where: { unitId }, orderBy: [{ recipientId: "asc" }, { id: "asc" }] });

describe("an official's reminder", () => {
  it("writes one in-app message per active account of the commune, delivered, in Vietnamese, with one audit entry", async () => {
    const result = await run(remindCommuneSpec, { unitId: String(tree.c20001), month: OCTOBER }, users.province);
    expect(result).toMatchObject({
      ok: true,
      message: fill(t.notifications.review.reminded, { unit: "Xã An Bình", month: "tháng 10/2025", count: 2 }),
    });

    const messages = await messagesOf(tree.c20001);
    expect(messages.map((message) => message.recipientId).sort()).toEqual([users.staffA.id, users.staffA2.id].sort());
    for (const message of messages) {
      expect(message).toMatchObject({
        kind: "REMINDER",
        channel: "IN_APP",
        state: "SENT",
        attempts: 1,
        period: monthToDate(OCTOBER),
        senderId: users.province.id,
        locale: "vi",
        readAt: null,
        dedupeKey: `REMINDER:${tree.c20001}:2025-10:2025-11-20`,
        body: "Người dùng remind.n10 nhắc: báo cáo tháng 10/2025 của Xã An Bình chưa được gửi. Hạn nộp: hết ngày 05/11/2025.",
        data: { deadline: "2025-11-05", sender: "Người dùng remind.n10" },
      });
      expect(message.sentAt).toEqual(message.createdAt);
    }
    const audit = await db.auditEntry.findMany({ where: { action: "report.remind" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      userId: users.province.id,
      entityType: "unit",
      entityId: String(tree.c20001),
      unitId: tree.c20001,
      period: monthToDate(OCTOBER),
      after: { kind: "REMINDER", recipients: 2 },
    });
  });

  it("is not sent twice on the same day for the same commune and month", async () => {
    expect((await run(remindCommuneSpec, { unitId: tree.c20001, month: OCTOBER }, users.province)).ok).toBe(true);
    const before = await snapshot();
    const again = await run(remindCommuneSpec, { unitId: tree.c20001, month: OCTOBER }, users.admin);
    expect(again).toMatchObject({
      ok: true,
      message: fill(t.notifications.review.alreadyRemindedToday, { unit: "Xã An Bình", month: "tháng 10/2025" }),
    });
    expect(await snapshot()).toBe(before);

    // The next day it may be sent again.
    vi.stubEnv("APP_TODAY", "2025-11-21");
    try {
      expect((await run(remindCommuneSpec, { unitId: tree.c20001, month: OCTOBER }, users.province)).ok).toBe(true);
    } finally {
      vi.stubEnv("APP_TODAY", "2025-11-20");
    }
    expect(await db.outboxMessage.count({ where: { unitId: tree.c20001 } })).toBe(4);
  });

  it("is refused outside the official's scope, and to roles that do not remind, writing nothing", async () => {
    const outside = await refused(remindCommuneSpec, { unitId: tree.c20001, month: OCTOBER }, users.otherProvince);
    expect(outside.message).toBe(t.actions.refused);
    for (const user of [users.leader, users.staffA]) {
      expect((await refused(remindCommuneSpec, { unitId: tree.c20001, month: OCTOBER }, user)).message).toBe(
        t.actions.refused,
      );
    }
    // "Remind all" of a province outside the scope.
    expect((await refused(remindAllSpec, { unitId: tree.n10, month: OCTOBER }, users.otherProvince)).message).toBe(
      t.actions.refused,
    );
    // A province is not a commune: it is reminded through its communes.
    expect((await refused(remindCommuneSpec, { unitId: tree.n10, month: OCTOBER }, users.province)).message).toBe(
      t.actions.refused,
    );
    // The refusals are in the security log.
    expect(
      await db.securityEvent.count({
        where: {
          userId: users.otherProvince.id,
          action: { in: ["report.remind", "report.remind_all"] },
          reason: "out_of_scope",
        },
      }),
    ).toBe(2);
  });

  it("is refused for a commune that has submitted, for a month not open yet, and for a commune without an account", async () => {
    await report(tree.c20001, "SUBMITTED");
    const submitted = await refused(remindCommuneSpec, { unitId: tree.c20001, month: OCTOBER }, users.province);
    expect(submitted.message).toBe(
      fill(t.notifications.review.alreadySubmitted, { unit: "Xã An Bình", month: "tháng 10/2025" }),
    );

    const notOpen = await refused(remindCommuneSpec, { unitId: tree.c20001, month: "2025-11" }, users.province);
    expect(notOpen.message).toBe(fill(t.notifications.review.notOpen, { month: "tháng 11/2025" }));

    await db.user.update({ where: { id: users.staffB.id }, data: { active: false } });
    try {
      const nobody = await refused(remindCommuneSpec, { unitId: tree.c20002, month: OCTOBER }, users.province);
      expect(nobody.message).toBe(
        fill(t.notifications.review.noAccount, { unit: "Phường Cát Đông", month: "tháng 10/2025" }),
      );
    } finally {
      await db.user.update({ where: { id: users.staffB.id }, data: { active: true } });
    }
  });

  it("reminds every commune of the province that has not submitted, except those reminded today, with an audit entry each", async () => {
    await run(remindCommuneSpec, { unitId: tree.c20001, month: OCTOBER }, users.province);
    const result = await run(remindAllSpec, { unitId: tree.n10, month: OCTOBER }, users.province);
    expect(result).toMatchObject({
      ok: true,
      message: `${fill(t.notifications.review.remindedMany, { count: 1, month: "tháng 10/2025" })} ${fill(t.notifications.review.skippedToday, { count: 1 })}`,
    });
    expect((await messagesOf(tree.c20002)).map((message) => [message.recipientId, message.kind])).toEqual([
      [users.staffB.id, "REMINDER"],
    ]);
    expect(await db.outboxMessage.count({ where: { unitId: tree.c22001 } })).toBe(0);
    const again = await run(remindAllSpec, { unitId: tree.n10, month: OCTOBER }, users.province);
    expect(again.message).toBe(
      `${t.notifications.review.nobodyToRemind} ${fill(t.notifications.review.skippedToday, { count: 2 })}`,
    );
  });

  it("leaves out a commune whose report is returned only once it is sent again", async () => {
    await report(tree.c20001, "RETURNED", 3);
    await report(tree.c20002, "SUBMITTED");
    const result = await run(remindAllSpec, { unitId: tree.n10, month: OCTOBER }, users.province);
    expect(result.message).toBe(fill(t.notifications.review.remindedMany, { count: 1, month: "tháng 10/2025" }));
    expect(new Set((await db.outboxMessage.findMany()).map((message) => message.unitId))).toEqual(
      new Set([tree.c20001]),
    );
  });
});

describe("the automatic reminders' command", () => {
  const run = (instant: string) => sendDueReminders(db, new Date(instant));

  it("writes OVERDUE on the day after the deadline to communes not submitted, and nothing more when run again", async () => {
    await report(tree.c20002, "SUBMITTED");
    await report(tree.c22001, "DRAFT", 1);
    const first = await run("2025-11-06T07:15:00+07:00");
    expect(first).toEqual([{ kind: "OVERDUE", month: OCTOBER, communes: 2, messages: 3 }]);
    const messages = await db.outboxMessage.findMany({ orderBy: { id: "asc" } });
    expect(new Set(messages.map((message) => message.recipientId))).toEqual(
      new Set([users.staffA.id, users.staffA2.id, users.staffOther.id]),
    );
    expect(
      messages.every(
        (message) =>
          message.kind === "OVERDUE" &&
          message.senderId === null &&
          message.dedupeKey === `OVERDUE:${message.unitId}:2025-10`,
      ),
    ).toBe(true);
    expect(messages[0]!.body).toBe(
      "Báo cáo tháng 10/2025 của Xã An Bình đã quá hạn nộp (hết ngày 05/11/2025). Vui lòng gửi báo cáo ngay.",
    );

    expect(await run("2025-11-06T18:00:00+07:00")).toEqual([
      { kind: "OVERDUE", month: OCTOBER, communes: 2, messages: 0 },
    ]);
    // A missed day is caught up, still without sending twice.
    expect(await run("2025-11-08T07:15:00+07:00")).toEqual([
      { kind: "OVERDUE", month: OCTOBER, communes: 2, messages: 0 },
    ]);
    expect(await db.outboxMessage.count()).toBe(3);
  });

  it("writes DEADLINE_SOON three days before the deadline (the migrations' rule), and nothing on other days", async () => {
    expect(await run("2025-11-01T09:00:00+07:00")).toEqual([]);
    const soon = await run("2025-11-02T07:15:00+07:00");
    expect(soon).toEqual([{ kind: "DEADLINE_SOON", month: OCTOBER, communes: 3, messages: 4 }]);
    expect((await db.outboxMessage.findFirstOrThrow({ where: { unitId: tree.c20002 } })).body).toBe(
      "Báo cáo tháng 10/2025 của Phường Cát Đông phải nộp trước hết ngày 05/11/2025. Vui lòng nhập và gửi báo cáo.",
    );
  });
});

describe("the commune is told of review decisions, in the decision's transaction", () => {
  it("tells every account of the commune when its report is returned, with the comment, and when it is approved", async () => {
    const submitted = await report(tree.c20002, "SUBMITTED");
    const comment = "Dân số chưa khớp với số liệu công an xã.";
    expect((await run(returnReportSpec, { reportId: submitted.id, version: 2, comment }, users.province)).ok).toBe(
      true,
    );
    const [returned] = await messagesOf(tree.c20002);
    expect(returned).toMatchObject({
      recipientId: users.staffB.id,
      kind: "REPORT_RETURNED",
      senderId: users.province.id,
      dedupeKey: `REPORT_RETURNED:${tree.c20002}:2025-10:v3`,
      data: { sender: "Người dùng remind.n10", comment },
      body: `Báo cáo tháng 10/2025 của Phường Cát Đông bị trả lại để sửa. Ý kiến: ${comment}`,
    });

    await db.unitMonthReport.update({ where: { id: submitted.id }, data: { status: "SUBMITTED", version: 4 } });
    expect((await run(approveReportSpec, { reportId: submitted.id, version: 4 }, users.province)).ok).toBe(true);
    expect((await messagesOf(tree.c20002)).map((message) => message.kind)).toEqual([
      "REPORT_RETURNED",
      "REPORT_APPROVED",
    ]);
  });

  it("tells the communes a month-wide approval approved, and the commune whose report an administrator unlocked", async () => {
    const a = await report(tree.c20001, "SUBMITTED");
    const b = await report(tree.c20002, "SUBMITTED");
    const result = await run(
      approveMonthSpec,
      { unitId: tree.n10, month: OCTOBER, reports: [`${a.id}:2`, `${b.id}:2`] },
      users.province,
    );
    expect(result.ok).toBe(true);
    expect((await db.outboxMessage.findMany({ where: { kind: "REPORT_APPROVED" } })).length).toBe(3);

    const reason = "Mở lại để xã bổ sung số liệu nhóm 4.";
    expect((await run(unlockReportSpec, { reportId: b.id, version: 3, reason }, users.admin)).ok).toBe(true);
    expect(await db.outboxMessage.findFirstOrThrow({ where: { kind: "REPORT_UNLOCKED" } })).toMatchObject({
      unitId: tree.c20002,
      data: { comment: reason },
    });
  });

  it("writes nothing when the decision is refused, or when its transaction is rolled back after the message", async () => {
    const submitted = await report(tree.c20002, "SUBMITTED");
    // Someone resubmitted meanwhile: the version the reviewer saw is stale.
    await refused(returnReportSpec, { reportId: submitted.id, version: 1, comment: "Sai số dân" }, users.province);

    // The message is written by the action's own transaction: rolled back with it.
    const context = { user: users.province, t };
    await expect(
      db.$transaction(async (tx) => {
        await approveReportSpec.run({ reportId: submitted.id, version: 2 }, { ...context, tx });
        expect(await tx.outboxMessage.count({ where: { kind: "REPORT_APPROVED" } })).toBe(1);
        throw new Error("the audit entry could not be written");
      }),
    ).rejects.toThrow("the audit entry could not be written");
    expect(await db.outboxMessage.count()).toBe(0);
    expect(await db.unitMonthReport.findUniqueOrThrow({ where: { id: submitted.id } })).toMatchObject({
      status: "SUBMITTED",
      version: 2,
    });
  });
});

describe("reading one's notifications", () => {
  it("marks one's own messages read, audited, and refuses someone else's, writing nothing", async () => {
    await run(remindCommuneSpec, { unitId: tree.c20001, month: OCTOBER }, users.province);
    const [own, others] = await Promise.all([
      db.outboxMessage.findFirstOrThrow({ where: { recipientId: users.staffA.id } }),
      db.outboxMessage.findFirstOrThrow({ where: { recipientId: users.staffA2.id } }),
    ]);
    const refusal = await refused(
      markNotificationsReadSpec,
      { ids: [String(own.id), String(others.id)] },
      users.staffA,
    );
    expect(refusal.message).toBe(t.actions.refused);

    const result = await run(markNotificationsReadSpec, { ids: String(own.id) }, users.staffA);
    expect(result).toMatchObject({ ok: true, message: fill(t.notifications.markedRead, { count: 1 }) });
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: own.id } })).readAt).toBeInstanceOf(Date);
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: others.id } })).readAt).toBeNull();
    expect(
      await db.auditEntry.findFirstOrThrow({ where: { action: "notification.read", userId: users.staffA.id } }),
    ).toMatchObject({ entityId: String(own.id), after: { read: [own.id] } });
    expect((await run(markNotificationsReadSpec, { ids: String(own.id) }, users.staffA)).message).toBe(
      t.notifications.alreadyRead,
    );
  });
});

describe("the phone of an account", () => {
  it("is set by the official who manages the account, normalised, audited, and shown in the user's language when invalid", async () => {
    const result = await run(setUserPhoneSpec, { userId: users.staffA.id, phone: "+84 912.345.678" }, users.province);
    expect(result).toMatchObject({ ok: true, message: fill(t.users.phoneSaved, { username: "remind.c20001.a" }) });
    expect((await db.user.findUniqueOrThrow({ where: { id: users.staffA.id } })).phone).toBe("0912345678");
    expect(
      await db.auditEntry.findFirstOrThrow({ where: { action: "user.set_phone", entityId: users.staffA.id } }),
    ).toMatchObject({
      userId: users.province.id,
      unitId: tree.c20001,
      before: { phone: null },
      after: { phone: "0912345678" },
    });

    const invalid = await refused(setUserPhoneSpec, { userId: users.staffA.id, phone: "091234" }, users.province);
    expect(invalid.fieldErrors).toEqual({ phone: [t.users.phoneInvalid] });
    const english = await runAuthedAction(
      setUserPhoneSpec,
      { userId: users.staffA.id, phone: "091234" },
      { ...actionEnvironment(users.province), messages: async () => MESSAGES.en },
    );
    expect(english.fieldErrors).toEqual({ phone: [MESSAGES.en.users.phoneInvalid] });

    expect(
      (await refused(setUserPhoneSpec, { userId: users.staffA.id, phone: "0987654321" }, users.otherProvince)).message,
    ).toBe(t.actions.refused);
    expect((await run(setUserPhoneSpec, { userId: users.staffA.id, phone: "" }, users.province)).message).toBe(
      fill(t.users.phoneRemoved, { username: "remind.c20001.a" }),
    );
  });
});
