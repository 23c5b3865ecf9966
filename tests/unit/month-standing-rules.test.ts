// Which month a view of the figures opens on, and whether a month's figures are provisional, on
// pinned dates in Vietnam's time: before, on and after the deadline, a month complete early, the
// turn of the month and of the year, a rule that moves the deadline, and a month without a rule.
import { describe, expect, it, vi } from "vitest";

import type { Month } from "@/lib/period";
import {
  deadlineHasPassed,
  isMonthComplete,
  monthDueAt,
  monthsAwaitingDeadline,
  monthStanding,
  openingMonth,
} from "@/lib/reports/month-standing-rules";
import type { ReportingRule } from "@/lib/reports/review-rules";

// The rules the migration seeds: reports for a month are due by the end of the 5th of the next one.
const RULES: ReportingRule[] = [
  { effectiveFrom: "2025-07", approverLevel: 1, deadlineDay: 5, opensDaysBeforeEnd: 0, remindDaysBeforeDeadline: 3 },
  { effectiveFrom: "2000-01", approverLevel: 2, deadlineDay: 5, opensDaysBeforeEnd: 0, remindDaysBeforeDeadline: 3 },
];

const incomplete = () => false;
const at = (iso: string) => new Date(iso);

describe("the month a view opens on", () => {
  it("is the month before while the last month is being collected, before its deadline", () => {
    // 3 November 2026: October is being collected, due by the end of 5 November.
    expect(openingMonth(RULES, at("2026-11-03T10:00:00+07:00"), incomplete)).toBe("2026-09");
  });

  it("is still the month before on the deadline day itself, up to its last minute in Hà Nội", () => {
    expect(openingMonth(RULES, at("2026-11-05T00:00:00+07:00"), incomplete)).toBe("2026-09");
    expect(openingMonth(RULES, at("2026-11-05T23:59:00+07:00"), incomplete)).toBe("2026-09");
  });

  it("is the last month once its deadline has passed, complete or not", () => {
    expect(openingMonth(RULES, at("2026-11-06T00:00:00+07:00"), incomplete)).toBe("2026-10");
    // 5 November 17:00 UTC is midnight in Hà Nội: already past the deadline.
    expect(openingMonth(RULES, at("2026-11-05T17:00:00Z"), incomplete)).toBe("2026-10");
    expect(openingMonth(RULES, at("2026-11-29T09:00:00+07:00"), incomplete)).toBe("2026-10");
  });

  it("is the last month before the deadline when every base unit has already reported", () => {
    const octoberComplete = (month: Month) => month === "2026-10";
    expect(openingMonth(RULES, at("2026-11-02T08:00:00+07:00"), octoberComplete)).toBe("2026-10");
  });

  it("asks about completeness only for the months still awaiting their deadline", () => {
    const isComplete = vi.fn(() => false);
    openingMonth(RULES, at("2026-11-03T10:00:00+07:00"), isComplete);
    expect(isComplete.mock.calls).toEqual([["2026-10"]]);
    isComplete.mockClear();
    openingMonth(RULES, at("2026-11-20T10:00:00+07:00"), isComplete);
    expect(isComplete).not.toHaveBeenCalled();
  });

  it("follows Vietnam's calendar at the turn of the month and of the year", () => {
    // 1 December 2026 at 00:30 in Hà Nội is still 30 November in UTC: November has ended.
    expect(openingMonth(RULES, at("2026-11-30T17:30:00Z"), incomplete)).toBe("2026-10");
    expect(openingMonth(RULES, at("2026-11-30T17:30:00Z"), (month) => month === "2026-11")).toBe("2026-11");
    // 3 January 2027: December 2026 is due by 5 January.
    expect(openingMonth(RULES, at("2027-01-03T10:00:00+07:00"), incomplete)).toBe("2026-11");
    expect(openingMonth(RULES, at("2027-01-06T10:00:00+07:00"), incomplete)).toBe("2026-12");
  });

  it("takes the deadline of the rule in force for the month", () => {
    const later: ReportingRule[] = [
      ...RULES,
      {
        effectiveFrom: "2026-10",
        approverLevel: 1,
        deadlineDay: 10,
        opensDaysBeforeEnd: 0,
        remindDaysBeforeDeadline: 3,
      },
    ];
    expect(openingMonth(later, at("2026-11-07T10:00:00+07:00"), incomplete)).toBe("2026-09");
    expect(openingMonth(later, at("2026-11-11T00:00:00+07:00"), incomplete)).toBe("2026-10");
  });

  it("opens on the last month that has ended when no rule sets a deadline", () => {
    expect(openingMonth([], at("2026-11-01T00:10:00+07:00"), incomplete)).toBe("2026-10");
    expect(monthDueAt("2026-10", []).toISOString()).toBe("2026-10-31T17:00:00.000Z");
  });
});

describe("the months awaiting their deadline", () => {
  it("are the last month before its deadline, and none after it", () => {
    expect(monthsAwaitingDeadline(RULES, at("2026-11-05T12:00:00+07:00"))).toEqual(["2026-10"]);
    expect(monthsAwaitingDeadline(RULES, at("2026-11-06T12:00:00+07:00"))).toEqual([]);
  });

  it("agree with the deadline the review page shows", () => {
    expect(monthDueAt("2026-10", RULES).toISOString()).toBe("2026-11-05T17:00:00.000Z");
    expect(deadlineHasPassed("2026-10", RULES, at("2026-11-05T16:59:59Z"))).toBe(false);
    expect(deadlineHasPassed("2026-10", RULES, at("2026-11-05T17:00:00Z"))).toBe(true);
  });
});

describe("where a month's figures stand", () => {
  const before = at("2026-11-03T10:00:00+07:00");
  const after = at("2026-11-20T10:00:00+07:00");

  it("is complete when every base unit has a counted report", () => {
    expect(isMonthComplete({ reportingUnits: 99, baseUnits: 99 })).toBe(true);
    expect(monthStanding({ reportingUnits: 99, baseUnits: 99 }, "2026-10", RULES, before)).toBe("complete");
    expect(monthStanding({ reportingUnits: 1, baseUnits: 1 }, "2026-10", RULES, after)).toBe("complete");
  });

  it("is provisional with a report missing: collecting before the deadline, overdue after it", () => {
    expect(isMonthComplete({ reportingUnits: 98, baseUnits: 99 })).toBe(false);
    expect(monthStanding({ reportingUnits: 98, baseUnits: 99 }, "2026-10", RULES, before)).toBe("collecting");
    expect(monthStanding({ reportingUnits: 98, baseUnits: 99 }, "2026-10", RULES, after)).toBe("overdue");
    expect(monthStanding({ reportingUnits: 0, baseUnits: 1 }, "2026-10", RULES, after)).toBe("overdue");
  });

  it("is collecting for the current month, which has not ended", () => {
    expect(monthStanding({ reportingUnits: 3, baseUnits: 99 }, "2026-11", RULES, after)).toBe("collecting");
  });
});
