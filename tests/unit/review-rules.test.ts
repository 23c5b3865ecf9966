// The review rules: which rule is in force, deadlines in Vietnam time, where a commune's report
// stands against the deadline, which unit approves, and who may approve, return, lock and unlock.
import { describe, expect, it } from "vitest";

import { lastCompleteMonth } from "@/lib/clock";
import {
  approverDepth,
  countSubmissions,
  daysAfter,
  mayReview,
  mayUnlock,
  reportDeadline,
  reviewActionsFor,
  ruleForMonth,
  submissionOf,
  transitionAllowed,
  type ReportingRule,
} from "@/lib/reports/review-rules";

// The rules the migration seeds: districts approve until June 2025, provinces from July 2025.
const RULES: ReportingRule[] = [
  { effectiveFrom: "2025-07", approverLevel: 1, deadlineDay: 5, opensDaysBeforeEnd: 0, remindDaysBeforeDeadline: 3 },
  { effectiveFrom: "2000-01", approverLevel: 2, deadlineDay: 5, opensDaysBeforeEnd: 0, remindDaysBeforeDeadline: 3 },
];

describe("the rule in force", () => {
  it("is the latest rule starting on or before the month, whatever the order given", () => {
    expect(ruleForMonth(RULES, "2025-06")?.approverLevel).toBe(2);
    expect(ruleForMonth(RULES, "2025-07")?.approverLevel).toBe(1);
    expect(ruleForMonth(RULES, "2026-10")?.approverLevel).toBe(1);
  });

  it("is missing before the first rule", () => {
    expect(ruleForMonth(RULES, "1999-12")).toBeNull();
  });
});

describe("the deadline", () => {
  it("ends with the deadline day of the next month in Vietnam (UTC+7)", () => {
    // October 2026 is due by the end of 5 November 2026 in Hà Nội = 5 November 17:00 UTC.
    expect(reportDeadline("2026-10", 5).toISOString()).toBe("2026-11-05T17:00:00.000Z");
    // December's reports are due in January of the next year.
    expect(reportDeadline("2025-12", 10).toISOString()).toBe("2026-01-10T17:00:00.000Z");
  });

  it("makes 23:59 on the 5th in Hà Nội on time and 00:00 on the 6th late", () => {
    const deadline = reportDeadline("2026-10", 5);
    const at = (iso: string) => ({ status: "SUBMITTED" as const, submittedAt: new Date(iso) });
    const now = new Date("2026-11-20T00:00:00Z");
    expect(submissionOf(at("2026-11-05T23:59:00+07:00"), deadline, now)).toBe("onTime");
    expect(submissionOf(at("2026-11-06T00:00:00+07:00"), deadline, now)).toBe("late");
  });

  it("counts whole days late, any part of a day as one", () => {
    const deadline = reportDeadline("2026-10", 5);
    expect(daysAfter(deadline, new Date("2026-11-06T00:30:00+07:00"))).toBe(1);
    expect(daysAfter(deadline, new Date("2026-11-08T12:00:00+07:00"))).toBe(3);
    expect(daysAfter(deadline, new Date("2026-11-01T00:00:00Z"))).toBe(0);
  });

  it("takes the month that has ended in Vietnam as the month being collected", () => {
    expect(lastCompleteMonth(new Date("2026-11-23T10:00:00Z"))).toBe("2026-10");
    // 1 December 2026 at 02:00 in Hà Nội is still 30 November in UTC.
    expect(lastCompleteMonth(new Date("2026-11-30T19:00:00Z"))).toBe("2026-11");
  });
});

describe("where a report stands", () => {
  const deadline = reportDeadline("2026-10", 5);
  const before = new Date("2026-11-03T00:00:00Z");
  const after = new Date("2026-11-20T00:00:00Z");
  const onTime = new Date("2026-11-02T03:00:00Z");

  it("judges submitted, approved and locked reports by their last submission", () => {
    for (const status of ["SUBMITTED", "APPROVED", "LOCKED"] as const) {
      expect(submissionOf({ status, submittedAt: onTime }, deadline, after)).toBe("onTime");
      expect(submissionOf({ status, submittedAt: null }, deadline, after)).toBe("undated");
    }
  });

  it("shows a returned report as returned, whenever it was submitted", () => {
    expect(submissionOf({ status: "RETURNED", submittedAt: onTime }, deadline, after)).toBe("returned");
  });

  it("treats no report and a draft alike: overdue after the deadline, not due before it", () => {
    expect(submissionOf(null, deadline, after)).toBe("overdue");
    expect(submissionOf({ status: "DRAFT", submittedAt: null }, deadline, after)).toBe("overdue");
    expect(submissionOf(null, deadline, before)).toBe("notDue");
  });

  it("counts communes per state, with approved and locked reports", () => {
    const counts = countSubmissions([
      { submission: "onTime", status: "APPROVED" },
      { submission: "onTime", status: "SUBMITTED" },
      { submission: "late", status: "LOCKED" },
      { submission: "overdue", status: null },
      { submission: "returned", status: "RETURNED" },
    ]);
    expect(counts).toEqual({
      onTime: 2,
      late: 1,
      undated: 0,
      returned: 1,
      overdue: 1,
      notDue: 0,
      total: 5,
      approved: 1,
      locked: 1,
    });
  });
});

describe("the approving unit", () => {
  it("is the district (depth 2) for a commune at depth 3 before July 2025", () => {
    expect(approverDepth(RULES[1]!, 3)).toBe(2);
  });

  it("is the province for a commune at depth 2 from July 2025", () => {
    expect(approverDepth(RULES[0]!, 2)).toBe(1);
  });

  it("falls back to the parent when the rule names a level the tree no longer has", () => {
    expect(
      approverDepth(
        {
          effectiveFrom: "2025-07",
          approverLevel: 2,
          deadlineDay: 5,
          opensDaysBeforeEnd: 0,
          remindDaysBeforeDeadline: 3,
        },
        2,
      ),
    ).toBe(1);
  });
});

describe("transitions", () => {
  it("lets a submitted report be approved or returned, an approved one locked, and both reopened only by unlocking", () => {
    expect(transitionAllowed("approve", "SUBMITTED")).toBe(true);
    expect(transitionAllowed("return", "SUBMITTED")).toBe(true);
    expect(transitionAllowed("lock", "APPROVED")).toBe(true);
    expect(transitionAllowed("unlock", "APPROVED")).toBe(true);
    expect(transitionAllowed("unlock", "LOCKED")).toBe(true);
    for (const status of ["DRAFT", "RETURNED", "APPROVED", "LOCKED"] as const) {
      expect(transitionAllowed("approve", status)).toBe(false);
      expect(transitionAllowed("return", status)).toBe(false);
    }
    expect(transitionAllowed("lock", "SUBMITTED")).toBe(false);
    expect(transitionAllowed("unlock", "SUBMITTED")).toBe(false);
    expect(transitionAllowed("unlock", "RETURNED")).toBe(false);
  });
});

describe("who may review and unlock", () => {
  const district = { role: "DISTRICT_OFFICER" as const, scopeLevel: 2 };
  const province = { role: "PROVINCIAL_OFFICIAL" as const, scopeLevel: 1 };
  const admin = { role: "ADMIN" as const, scopeLevel: 0 };
  const inScope = (approverLevel: number) => ({ approverLevel, approverInScope: true });

  it("lets the approving district and the province above it approve before July 2025, but only the province unlock", () => {
    expect(mayReview(district, inScope(2))).toBe(true);
    expect(mayReview(province, inScope(2))).toBe(true);
    expect(mayUnlock(district, inScope(2))).toBe(false);
    expect(mayUnlock(province, inScope(2))).toBe(true);
  });

  it("from July 2025 lets the province approve and only an administrator unlock", () => {
    expect(mayReview(province, inScope(1))).toBe(true);
    expect(mayReview(district, inScope(1))).toBe(false);
    expect(mayUnlock(province, inScope(1))).toBe(false);
    expect(mayUnlock(admin, inScope(1))).toBe(true);
  });

  it("refuses an approving unit outside the reviewer's scope, and roles without the permission", () => {
    expect(mayReview(district, { approverLevel: 2, approverInScope: false })).toBe(false);
    expect(mayUnlock(province, { approverLevel: 2, approverInScope: false })).toBe(false);
    expect(mayReview({ role: "LEADER", scopeLevel: 0 }, inScope(2))).toBe(false);
    expect(mayReview({ role: "COMMUNE_STAFF", scopeLevel: 3 }, inScope(2))).toBe(false);
    expect(mayReview(admin, { approverLevel: 1, approverInScope: false })).toBe(true);
  });

  it("offers the actions the status and the reviewer allow", () => {
    expect(reviewActionsFor(district, "SUBMITTED", inScope(2))).toEqual(["approve", "return"]);
    expect(reviewActionsFor(district, "APPROVED", inScope(2))).toEqual(["lock"]);
    expect(reviewActionsFor(province, "APPROVED", inScope(2))).toEqual(["lock", "unlock"]);
    expect(reviewActionsFor(province, "LOCKED", inScope(2))).toEqual(["unlock"]);
    expect(reviewActionsFor(province, "LOCKED", inScope(1))).toEqual([]);
    expect(reviewActionsFor(district, "RETURNED", inScope(2))).toEqual([]);
    expect(reviewActionsFor(district, null, inScope(2))).toEqual([]);
  });
});
