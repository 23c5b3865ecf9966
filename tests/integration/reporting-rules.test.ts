// Administrators edit the reporting rules (who approves, by when reports are due) through the
// real actions: audited, refused to anyone else, checked (no districts after July 2025, deadline
// 1–28, one rule per month, the first rule kept), and refused when the rule changed meanwhile.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { runAuthedAction, type ActionSpec, type ActionUser } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import { monthToDate } from "@/lib/period";
import {
  createReportingRuleSpec,
  deleteReportingRuleSpec,
  updateReportingRuleSpec,
} from "@/lib/reports/manage-reporting-rules";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser } from "../fixtures/users";
import { actionEnvironment } from "../helpers/action-environment";

const t = MESSAGES.vi;
let tree: ScopeTree;
let admin: ActionUser;
let official: ActionUser;

const quiet = vi.spyOn(console, "warn").mockImplementation(() => {});
afterAll(() => quiet.mockRestore());

beforeAll(async () => {
  tree = await createScopeTree(db);
  admin = await createTestUser(db, { username: "rules.admin", role: "ADMIN", scopeUnitId: tree.vn });
  official = await createTestUser(db, {
    username: "rules.official",
    role: "PROVINCIAL_OFFICIAL",
    scopeUnitId: tree.n10,
  });
});

async function snapshot() {
  const [rules, audit] = await Promise.all([
    db.reportingRule.findMany({ orderBy: { id: "asc" } }),
    db.auditEntry.count(),
  ]);
  return JSON.stringify({ rules, audit });
}

function run<Input>(spec: ActionSpec<Input>, input: Record<string, unknown>, user: ActionUser = admin) {
  return runAuthedAction(spec, input, actionEnvironment(user));
}

async function refused<Input>(spec: ActionSpec<Input>, input: Record<string, unknown>, user: ActionUser = admin) {
  const before = await snapshot();
  const result = await run(spec, input, user);
  expect(result.ok).toBe(false);
  expect(await snapshot()).toBe(before);
  return result;
}

const ruleFrom = (month: string) =>
  db.reportingRule.findUniqueOrThrow({ where: { effectiveFrom: monthToDate(month as `${number}-${string}`) } });

describe("reporting rules", () => {
  it("starts with the migration's rules: districts until June 2025, provinces after, due by the 5th", async () => {
    const rules = await db.reportingRule.findMany({ orderBy: { effectiveFrom: "asc" } });
    expect(rules.map((r) => [r.effectiveFrom.toISOString().slice(0, 10), r.approverLevel, r.deadlineDay])).toEqual([
      ["2000-01-01", 2, 5],
      ["2025-07-01", 1, 5],
    ]);
  });

  it("lets an administrator add a rule from a month, audited", async () => {
    const result = await run(createReportingRuleSpec, {
      effectiveFrom: "2027-01",
      approverLevel: "1",
      deadlineDay: "10",
      opensDaysBeforeEnd: "3",
      remindDaysBeforeDeadline: "2",
    });
    expect(result).toEqual({ ok: true, fieldErrors: {}, message: "Đã thêm quy định áp dụng từ 1/2027." });
    const rule = await ruleFrom("2027-01");
    expect(rule).toMatchObject({
      approverLevel: 1,
      deadlineDay: 10,
      opensDaysBeforeEnd: 3,
      remindDaysBeforeDeadline: 2,
    });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "reporting_rule.create", entityId: String(rule.id) },
    });
    expect(entry).toMatchObject({
      userId: admin.id,
      unitId: null,
      after: {
        effectiveFrom: "2027-01",
        approverLevel: 1,
        deadlineDay: 10,
        opensDaysBeforeEnd: 3,
        remindDaysBeforeDeadline: 2,
      },
    });
  });

  it("refuses a provincial official", async () => {
    const result = await refused(
      createReportingRuleSpec,
      { effectiveFrom: "2027-06", approverLevel: "1", deadlineDay: "5" },
      official,
    );
    expect(result.message).toBe(t.actions.refused);
  });

  it("names the field of a bad value", async () => {
    const result = await refused(createReportingRuleSpec, {
      effectiveFrom: "2027-13",
      approverLevel: "3",
      deadlineDay: "31",
      opensDaysBeforeEnd: "15",
      remindDaysBeforeDeadline: "11",
    });
    expect(result.fieldErrors.effectiveFrom).toEqual(["Tháng phải có dạng YYYY-MM, ví dụ 2025-06"]);
    expect(result.fieldErrors.approverLevel).toEqual(["Vui lòng chọn cấp duyệt"]);
    expect(result.fieldErrors.deadlineDay).toEqual(["Hạn nộp phải là một số từ 1 đến 28 (mọi tháng đều có ngày đó)"]);
    expect(result.fieldErrors.opensDaysBeforeEnd).toEqual([
      "Số ngày mở nhập trước cuối tháng phải là một số từ 0 đến 10 (chỉ những ngày cuối tháng)",
    ]);
    expect(result.fieldErrors.remindDaysBeforeDeadline).toEqual([
      "Số ngày nhắc trước hạn nộp phải là một số từ 0 đến 10",
    ]);
  });

  it("names the field of a bad value in English for an English reader", async () => {
    const input = {
      effectiveFrom: "2027-13",
      approverLevel: "3",
      deadlineDay: "4,5",
      opensDaysBeforeEnd: "15",
      remindDaysBeforeDeadline: "-1",
    };
    const before = await snapshot();
    const result = await runAuthedAction(createReportingRuleSpec, input, {
      ...actionEnvironment(admin),
      messages: async () => MESSAGES.en,
    });
    expect(result).toMatchObject({ ok: false, message: MESSAGES.en.actions.invalidInput });
    expect(result.fieldErrors).toEqual({
      effectiveFrom: ["A month is written YYYY-MM, e.g. 2025-06"],
      approverLevel: ["Choose the approving level"],
      deadlineDay: ["The deadline must be a number from 1 to 28"],
      opensDaysBeforeEnd: [
        "The days open for entry before the month's end must be a number from 0 to 10 (only the month's last days)",
      ],
      remindDaysBeforeDeadline: ["The days of reminder before the deadline must be a number from 0 to 10"],
    });
    expect(await snapshot()).toBe(before);
  });

  it("refuses districts as approvers after July 2025, and a second rule for the same month", async () => {
    const district = await refused(createReportingRuleSpec, {
      effectiveFrom: "2027-03",
      approverLevel: "2",
      deadlineDay: "5",
    });
    expect(district.fieldErrors.approverLevel).toEqual([t.reports.rules.noDistrictsAfter]);
    const duplicate = await refused(createReportingRuleSpec, {
      effectiveFrom: "2025-07",
      approverLevel: "1",
      deadlineDay: "8",
    });
    expect(duplicate.fieldErrors.effectiveFrom).toEqual([t.reports.rules.duplicate]);
  });

  it("changes a rule as the administrator saw it, and refuses a change based on an outdated view", async () => {
    const rule = await ruleFrom("2025-07");
    const change = {
      ruleId: String(rule.id),
      approverLevel: "1",
      deadlineDay: "7",
      remindDaysBeforeDeadline: "3",
      seenApproverLevel: "1",
      seenDeadlineDay: "5",
      seenOpensDaysBeforeEnd: "0",
      seenRemindDaysBeforeDeadline: "3",
    };
    expect((await run(updateReportingRuleSpec, change)).message).toBe("Đã lưu quy định áp dụng từ 7/2025.");
    expect(await ruleFrom("2025-07")).toMatchObject({ deadlineDay: 7 });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "reporting_rule.update", entityId: String(rule.id) },
    });
    expect(entry.before).toEqual({
      effectiveFrom: "2025-07",
      approverLevel: 1,
      deadlineDay: 5,
      opensDaysBeforeEnd: 0,
      remindDaysBeforeDeadline: 3,
    });
    expect(entry.after).toEqual({
      effectiveFrom: "2025-07",
      approverLevel: 1,
      deadlineDay: 7,
      opensDaysBeforeEnd: 0,
      remindDaysBeforeDeadline: 3,
    });

    // A second administrator still looking at deadline day 5.
    const stale = await refused(updateReportingRuleSpec, { ...change, deadlineDay: "9" });
    expect(stale.message).toBe(t.reports.rules.stale);
  });

  it("keeps the first rule and deletes a later one", async () => {
    const first = await ruleFrom("2000-01");
    const keep = await refused(deleteReportingRuleSpec, {
      ruleId: String(first.id),
      seenApproverLevel: "2",
      seenDeadlineDay: "5",
      seenOpensDaysBeforeEnd: "0",
      seenRemindDaysBeforeDeadline: "3",
    });
    expect(keep.message).toBe(t.reports.rules.firstRule);

    const later = await ruleFrom("2027-01");
    expect(
      (
        await run(deleteReportingRuleSpec, {
          ruleId: String(later.id),
          seenApproverLevel: "1",
          seenDeadlineDay: "10",
          seenOpensDaysBeforeEnd: "3",
          seenRemindDaysBeforeDeadline: "2",
        })
      ).ok,
    ).toBe(true);
    expect(await db.reportingRule.count({ where: { id: later.id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "reporting_rule.delete", entityId: String(later.id) } })).toBe(
      1,
    );
  });
});
