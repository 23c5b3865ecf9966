// When the automatic reminders are due (lib/reports/reminder-schedule.ts), on pinned moments in
// Vietnam's calendar: N days before the deadline (never before the month opens for entry), the day
// after it, a missed day caught up, and only communes that have not submitted.
import type { ReportStatus } from "@prisma/client";
import { describe, expect, it } from "vitest";

import type { Month } from "@/lib/period";
import { dueReminders, needsReminder, reminderWindows } from "@/lib/reports/reminder-schedule";
import type { ReportingRule } from "@/lib/reports/review-rules";

// As the migrations and the demo have them: districts approve until June 2025, provinces from
// July 2025, due by the 5th; from July 2025 a month opens 3 days before its end; reminders 3 days
// before the deadline.
const RULES: ReportingRule[] = [
  { effectiveFrom: "2000-01", approverLevel: 2, deadlineDay: 5, opensDaysBeforeEnd: 0, remindDaysBeforeDeadline: 3 },
  { effectiveFrom: "2025-07", approverLevel: 1, deadlineDay: 5, opensDaysBeforeEnd: 3, remindDaysBeforeDeadline: 3 },
];

/** The reminders due at an instant given in Vietnam's time, as "KIND month". */
const dueAt = (instant: string, rules: ReportingRule[] = RULES) =>
  dueReminders(rules, new Date(instant)).map((w) => `${w.kind} ${w.month}`);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("reminders N days before the deadline", () => {
  it("reminds about November 2026 from 2 December, three days before its deadline of 5 December", () => {
    expect(dueAt("2026-12-01T16:00:00+07:00")).toEqual([]);
    expect(dueAt("2026-12-02T07:15:00+07:00")).toEqual(["DEADLINE_SOON 2026-11"]);
    expect(dueAt("2026-12-05T23:00:00+07:00")).toEqual(["DEADLINE_SOON 2026-11"]);
  });

  it("follows the rule's number of days, and sends none before the deadline when it is 0", () => {
    const five = RULES.map((rule) => ({ ...rule, remindDaysBeforeDeadline: 5 }));
    expect(dueAt("2026-11-30T09:00:00+07:00", five)).toEqual(["DEADLINE_SOON 2026-11"]);
    const none = RULES.map((rule) => ({ ...rule, remindDaysBeforeDeadline: 0 }));
    expect(reminderWindows("2026-11", none).map((window) => window.kind)).toEqual(["OVERDUE"]);
    expect(dueAt("2026-12-03T09:00:00+07:00", none)).toEqual([]);
  });

  it("never reminds before the month opens for entry", () => {
    // Due by the 2nd, 10 days' notice, months open once they have ended: not before 1 December.
    const early: ReportingRule[] = [
      {
        effectiveFrom: "2000-01",
        approverLevel: 1,
        deadlineDay: 2,
        opensDaysBeforeEnd: 0,
        remindDaysBeforeDeadline: 10,
      },
    ];
    const [soon] = reminderWindows("2026-11", early);
    expect(soon).toMatchObject({ kind: "DEADLINE_SOON", from: day("2026-12-01"), until: day("2026-12-02") });
    expect(dueAt("2026-11-25T09:00:00+07:00", early)).toEqual([]);
    expect(dueAt("2026-12-01T09:00:00+07:00", early)).toEqual(["DEADLINE_SOON 2026-11"]);
  });
});

describe("reminders on the day after the deadline", () => {
  it("reminds about October 2026 from 6 November, and catches up missed days for a week", () => {
    expect(dueAt("2026-11-05T23:59:00+07:00")).toEqual(["DEADLINE_SOON 2026-10"]);
    expect(dueAt("2026-11-06T00:01:00+07:00")).toEqual(["OVERDUE 2026-10"]);
    expect(dueAt("2026-11-12T18:00:00+07:00")).toEqual(["OVERDUE 2026-10"]);
    expect(dueAt("2026-11-13T08:00:00+07:00")).toEqual([]);
  });

  it("knows the deadline of December in January of the next year", () => {
    expect(dueAt("2027-01-02T08:00:00+07:00")).toEqual(["DEADLINE_SOON 2026-12"]);
    expect(dueAt("2027-01-06T08:00:00+07:00")).toEqual(["OVERDUE 2026-12"]);
  });

  it("uses the rule in force for the month: June 2025 under the districts' rule", () => {
    const [soon, overdue] = reminderWindows("2025-06" as Month, RULES);
    expect(soon).toMatchObject({ from: day("2025-07-02"), deadline: day("2025-07-05") });
    expect(overdue).toMatchObject({ from: day("2025-07-06"), until: day("2025-07-12") });
  });
});

describe("Vietnam's calendar, whatever UTC says", () => {
  it("is already 2 December in Hà Nội at 17:30 UTC on 1 December", () => {
    expect(dueAt("2026-12-01T16:59:00Z")).toEqual([]);
    expect(dueAt("2026-12-01T17:30:00Z")).toEqual(["DEADLINE_SOON 2026-11"]);
  });

  it("is already the day after the deadline at 17:00 UTC on the deadline", () => {
    expect(dueAt("2026-12-05T16:59:00Z")).toEqual(["DEADLINE_SOON 2026-11"]);
    expect(dueAt("2026-12-05T17:00:00Z")).toEqual(["OVERDUE 2026-11"]);
  });
});

describe("who is reminded", () => {
  it("reminds a commune with no report, a draft or a returned report, never one submitted, approved or locked", () => {
    const reminded: (ReportStatus | null)[] = [null, "DRAFT", "RETURNED"];
    const notReminded: ReportStatus[] = ["SUBMITTED", "APPROVED", "LOCKED"];
    expect(reminded.every(needsReminder)).toBe(true);
    expect(notReminded.some(needsReminder)).toBe(false);
  });
});
