// The one clock (lib/clock.ts) and the calendar rules that hang on it, on the dates that matter: around
// a reporting deadline, the first and last day of a month, the reorganisation of 1 July 2025, the turn
// of the year, and Vietnam's time against UTC near midnight. Every expectation is written out by hand.
import { afterEach, describe, expect, it } from "vitest";

import { assertClockAllowed, currentMonth, lastCompleteMonth, now, pinnedMoment, vietnamDay } from "@/lib/clock";
import { currentStructureMonth, existsToday } from "@/lib/dashboard/structure-view";
import type { Month } from "@/lib/period";
import { isMonthOpen, latestOpenMonth, monthToReport } from "@/lib/reports/report-month";
import { reportDeadline, submissionOf } from "@/lib/reports/review-rules";

const ORIGINAL = process.env.APP_TODAY;
afterEach(() => {
  if (ORIGINAL === undefined) delete process.env.APP_TODAY;
  else process.env.APP_TODAY = ORIGINAL;
});

describe("pinning the clock with APP_TODAY", () => {
  it("pins the Vietnam calendar day and keeps the real time of day", () => {
    // Real moment: 3 December 2026, 14:55 in Hà Nội.
    const real = Date.parse("2026-12-03T14:55:00+07:00");
    expect(pinnedMoment("2026-11-29", real)?.toISOString()).toBe(new Date("2026-11-29T14:55:00+07:00").toISOString());
    // 01:00 in Hà Nội is the previous day in UTC: the pinned day is still the Vietnam day.
    const early = Date.parse("2026-12-03T01:00:00+07:00");
    expect(pinnedMoment("2026-11-29", early)?.toISOString()).toBe("2026-11-28T18:00:00.000Z");
  });

  it("starts an instant pin where it says and runs on from the moment it was first read", () => {
    const first = Date.parse("2026-12-03T10:00:00Z");
    expect(pinnedMoment("2026-11-30T23:59:30+07:00", first, first)?.toISOString()).toBe("2026-11-30T16:59:30.000Z");
    // A minute later the pinned clock has crossed midnight in Hà Nội.
    expect(currentMonth(pinnedMoment("2026-11-30T23:59:30+07:00", first + 60_000, first)!)).toBe("2026-12");
  });

  it("refuses anything that is not a date or an instant with its offset", () => {
    for (const bad of ["29/11/2026", "2026-02-30", "2026-13-01", "2026-11-29T10:00", "tomorrow"]) {
      expect(() => pinnedMoment(bad, Date.now()), bad).toThrow(/APP_TODAY/);
    }
    expect(pinnedMoment("", Date.now())).toBeNull();
    expect(pinnedMoment(undefined, Date.now())).toBeNull();
  });

  it("makes now() follow the pin, and the real clock without one", () => {
    process.env.APP_TODAY = "2025-07-01";
    expect(currentMonth()).toBe("2025-07");
    expect(vietnamDay().toISOString()).toBe("2025-07-01T00:00:00.000Z");
    delete process.env.APP_TODAY;
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it("refuses a pinned clock in production unless it is allowed explicitly", () => {
    expect(() => assertClockAllowed({ NODE_ENV: "production", APP_TODAY: "2026-11-29" })).toThrow(/ALLOW_PINNED_CLOCK/);
    expect(() =>
      assertClockAllowed({ NODE_ENV: "production", APP_TODAY: "2026-11-29", ALLOW_PINNED_CLOCK: "1" }),
    ).not.toThrow();
    expect(() => assertClockAllowed({ NODE_ENV: "production" })).not.toThrow();
    expect(() => assertClockAllowed({ NODE_ENV: "development", APP_TODAY: "2026-11-29" })).not.toThrow();
    expect(() => assertClockAllowed({ NODE_ENV: "development", APP_TODAY: "2026-11-31" })).toThrow(/calendar date/);
  });
});

/**
 * What the product decides on one day. `reportFor` is the month whose reports are collected (the last
 * complete one), its deadline the 5th of the next month (the demo's rule).
 */
type Day = {
  name: string;
  at: string;
  /** The month the dashboard opens on, and whose reports are being collected. */
  collecting: Month;
  /** The current month: the latest one open for entry. */
  current: Month;
  /** A commune that has not reported the collected month: "not yet due" or "overdue". */
  missing: "notDue" | "overdue";
  /** The structure the dashboard's "today" view shows, and whether old Bạc Liêu (ended 1/7/2025) exists. */
  structure: Month;
  oldProvinceExists: boolean;
};

const DAYS: Day[] = [
  {
    name: "the day before the deadline",
    at: "2026-12-04T12:00:00+07:00",
    collecting: "2026-11",
    current: "2026-12",
    missing: "notDue",
    structure: "2026-12",
    oldProvinceExists: false,
  },
  {
    name: "the deadline, one minute before midnight",
    at: "2026-12-05T23:59:00+07:00",
    collecting: "2026-11",
    current: "2026-12",
    missing: "notDue",
    structure: "2026-12",
    oldProvinceExists: false,
  },
  {
    name: "the day after the deadline, just after midnight",
    at: "2026-12-06T00:01:00+07:00",
    collecting: "2026-11",
    current: "2026-12",
    missing: "overdue",
    structure: "2026-12",
    oldProvinceExists: false,
  },
  {
    name: "the first day of a month",
    at: "2026-11-01T08:00:00+07:00",
    collecting: "2026-10",
    current: "2026-11",
    missing: "notDue",
    structure: "2026-11",
    oldProvinceExists: false,
  },
  {
    name: "the last day of a month",
    at: "2026-11-30T16:00:00+07:00",
    collecting: "2026-10",
    current: "2026-11",
    missing: "overdue",
    structure: "2026-11",
    oldProvinceExists: false,
  },
  {
    name: "30 June 2025, the last day of the old structure",
    at: "2025-06-30T23:30:00+07:00",
    collecting: "2025-05",
    current: "2025-06",
    missing: "overdue",
    structure: "2025-06",
    oldProvinceExists: true,
  },
  {
    name: "1 July 2025, the first day of the new structure (still 30 June in UTC)",
    at: "2025-07-01T00:30:00+07:00",
    collecting: "2025-06",
    current: "2025-07",
    missing: "notDue",
    structure: "2025-07",
    oldProvinceExists: false,
  },
  {
    name: "31 December",
    at: "2026-12-31T23:00:00+07:00",
    collecting: "2026-11",
    current: "2026-12",
    missing: "overdue",
    structure: "2026-12",
    oldProvinceExists: false,
  },
  {
    name: "1 January (still 31 December in UTC)",
    at: "2027-01-01T06:00:00+07:00",
    collecting: "2026-12",
    current: "2027-01",
    missing: "notDue",
    structure: "2027-01",
    oldProvinceExists: false,
  },
  {
    name: "Hà Nội just past midnight, UTC still the day before",
    at: "2026-11-30T17:30:00Z",
    collecting: "2026-11",
    current: "2026-12",
    missing: "notDue",
    structure: "2026-12",
    oldProvinceExists: false,
  },
  {
    name: "UTC just past midnight, Hà Nội at 07:00",
    at: "2026-12-01T00:30:00Z",
    collecting: "2026-11",
    current: "2026-12",
    missing: "notDue",
    structure: "2026-12",
    oldProvinceExists: false,
  },
];

const OLD_BAC_LIEU = { validTo: new Date("2025-07-01T00:00:00Z") };

describe.each(DAYS)("on $name ($at)", (day) => {
  const at = new Date(day.at);

  it("opens the dashboard on the month being collected and knows the current month", () => {
    expect(lastCompleteMonth(at)).toBe(day.collecting);
    expect(currentMonth(at)).toBe(day.current);
  });

  it("offers the collected month for entry while it is missing, and never a month that has not ended", () => {
    expect(monthToReport(null, at)).toBe(day.collecting);
    expect(monthToReport("RETURNED", at)).toBe(day.collecting);
    // The rules the migrations seed: a month opens once it has ended.
    const rules = [
      {
        effectiveFrom: "2000-01" as Month,
        approverLevel: 2,
        deadlineDay: 5,
        opensDaysBeforeEnd: 0,
        remindDaysBeforeDeadline: 3,
      },
    ];
    expect(isMonthOpen(day.collecting, rules, at)).toBe(true);
    expect(isMonthOpen(day.current, rules, at)).toBe(false);
    expect(isMonthOpen(nextMonth(day.current), rules, at)).toBe(false);
    expect(latestOpenMonth(rules, at)).toBe(day.collecting);
  });

  it("places a missing report and a report submitted today in the right completeness category", () => {
    const deadline = reportDeadline(day.collecting, 5);
    expect(submissionOf(null, deadline, at)).toBe(day.missing);
    expect(submissionOf({ status: "DRAFT", submittedAt: null }, deadline, at)).toBe(day.missing);
    expect(submissionOf({ status: "SUBMITTED", submittedAt: at }, deadline, at)).toBe(
      day.missing === "notDue" ? "onTime" : "late",
    );
  });

  it("shows today's structure in Vietnam's calendar", () => {
    expect(currentStructureMonth(at)).toBe(day.structure);
    expect(existsToday(OLD_BAC_LIEU, at)).toBe(day.oldProvinceExists);
  });
});

function nextMonth(month: Month): Month {
  const [year, mon] = month.split("-").map(Number) as [number, number];
  return (mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, "0")}`) as Month;
}
