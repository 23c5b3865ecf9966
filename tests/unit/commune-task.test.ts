// A commune's task on its home page: which month, its deadline and days left or overdue (counted in
// Vietnam's calendar days), what opens next, the other months sent back, and the last ended month
// whose figures count.
import type { ReportStatus } from "@prisma/client";
import { describe, expect, it } from "vitest";

import type { Month } from "@/lib/period";
import { communeTask, type TaskReport } from "@/lib/reports/commune-task";
import type { ReportingRule } from "@/lib/reports/review-rules";

const rule = (effectiveFrom: Month, opensDaysBeforeEnd: number, deadlineDay = 5): ReportingRule => ({
  effectiveFrom,
  approverLevel: 1,
  deadlineDay,
  opensDaysBeforeEnd,
  remindDaysBeforeDeadline: 3,
});
const report = (month: Month, status: ReportStatus, extra: Partial<TaskReport> = {}): TaskReport => ({
  month,
  status,
  submittedAt: status === "DRAFT" ? null : new Date("2026-11-03T02:00:00Z"),
  reviewedAt: null,
  reviewedBy: null,
  reviewComment: null,
  ...extra,
});
const day = (text: string) => new Date(`${text}T00:00:00Z`);
const OLD = new Date("2025-07-01T00:00:00Z");

describe("a commune's task", () => {
  it("is the month that ended while its report is missing, with the days past its deadline", () => {
    const task = communeTask(
      OLD,
      [report("2026-09", "APPROVED")],
      [rule("2025-07", 0)],
      new Date("2026-11-10T03:00:00Z"),
    );
    expect(task).toMatchObject({
      month: "2026-10",
      open: true,
      report: null,
      deadline: day("2026-11-05"),
      due: { kind: "overdue", days: 5 },
      opens: null,
    });
    expect(task.figuresMonth).toBe("2026-09");
  });

  it("counts the days left in Vietnam's calendar, 0 on the deadline's own day", () => {
    const rules = [rule("2025-07", 0)];
    expect(communeTask(OLD, [], rules, new Date("2026-11-01T00:00:00Z")).due).toEqual({ kind: "left", days: 4 });
    // 16:59 UTC on the 5th is 23:59 in Hà Nội: still the deadline's day; a minute later, overdue.
    expect(communeTask(OLD, [], rules, new Date("2026-11-05T16:59:00Z")).due).toEqual({ kind: "left", days: 0 });
    expect(communeTask(OLD, [], rules, new Date("2026-11-05T17:00:00Z")).due).toEqual({ kind: "overdue", days: 1 });
  });

  it("moves on to the current month in its last days when the rule opens it, once the month before is submitted", () => {
    const task = communeTask(
      OLD,
      [report("2026-10", "SUBMITTED")],
      [rule("2025-07", 3)],
      new Date("2026-11-29T03:00:00Z"),
    );
    expect(task).toMatchObject({
      month: "2026-11",
      open: true,
      report: null,
      deadline: day("2026-12-05"),
      due: { kind: "left", days: 6 },
      opens: null,
    });
    expect(task.figuresMonth).toBe("2026-10");
  });

  it("stays on the month just submitted, with no deadline count, and says when the next one opens", () => {
    const task = communeTask(
      OLD,
      [report("2026-10", "SUBMITTED")],
      [rule("2025-07", 3)],
      new Date("2026-11-10T03:00:00Z"),
    );
    expect(task).toMatchObject({
      month: "2026-10",
      open: true,
      due: null,
      opens: { month: "2026-11", on: day("2026-11-28") },
    });
    expect(task.report?.status).toBe("SUBMITTED");
  });

  it("keeps a returned month as the task, overdue once its deadline has passed", () => {
    const task = communeTask(
      OLD,
      [report("2026-10", "RETURNED", { reviewComment: "Kiểm tra nhóm 5" })],
      [rule("2025-07", 0)],
      new Date("2026-11-20T03:00:00Z"),
    );
    expect(task).toMatchObject({ month: "2026-10", due: { kind: "overdue", days: 15 }, returned: [] });
    expect(task.report?.reviewComment).toBe("Kiểm tra nhóm 5");
  });

  it("lists the other months sent back, newest first", () => {
    const reports = [
      report("2026-07", "RETURNED"),
      report("2026-09", "RETURNED"),
      report("2026-08", "APPROVED"),
      report("2026-10", "SUBMITTED"),
    ];
    const task = communeTask(OLD, reports, [rule("2025-07", 0)], new Date("2026-11-10T03:00:00Z"));
    expect(task.returned.map((other) => other.month)).toEqual(["2026-09", "2026-07"]);
    expect(task.month).toBe("2026-10");
  });

  it("shows the figures of the last ended month that counts: not drafts, returned reports, nor the month not yet ended", () => {
    const reports = [
      report("2026-08", "LOCKED"),
      report("2026-09", "RETURNED"),
      report("2026-10", "DRAFT"),
      report("2026-11", "SUBMITTED"),
    ];
    expect(communeTask(OLD, reports, [rule("2025-07", 3)], new Date("2026-11-29T03:00:00Z")).figuresMonth).toBe(
      "2026-08",
    );
    expect(
      communeTask(OLD, [report("2026-10", "DRAFT")], [rule("2025-07", 0)], new Date("2026-11-10T03:00:00Z"))
        .figuresMonth,
    ).toBeNull();
  });

  it("has nothing open for a commune created this month, and says when its first month opens", () => {
    const task = communeTask(
      new Date("2026-11-01T00:00:00Z"),
      [],
      [rule("2025-07", 0)],
      new Date("2026-11-10T03:00:00Z"),
    );
    expect(task).toMatchObject({
      month: "2026-11",
      open: false,
      due: null,
      opens: { month: "2026-11", on: day("2026-12-01") },
    });
  });

  it("has no deadline when no reporting rule covers the month", () => {
    const task = communeTask(OLD, [], [rule("2027-01", 0)], new Date("2026-11-10T03:00:00Z"));
    expect(task).toMatchObject({ month: "2026-10", deadline: null, due: null });
  });
});
