import { describe, expect, it } from "vitest";

import {
  addMonths,
  isMonth,
  isQuarter,
  monthEndDate,
  monthParts,
  monthRange,
  monthsBetween,
  monthToDate,
  quarterEndedBy,
  quarterMonths,
  schoolYearOf,
} from "@/lib/period";
import { monthWithin } from "@/lib/validation/period";

describe("months", () => {
  it("recognises YYYY-MM only", () => {
    expect(isMonth("2025-06")).toBe(true);
    expect(isMonth("2025-13")).toBe(false);
    expect(isMonth("2025-6")).toBe(false);
    expect(isMonth("'; DROP TABLE unit; --")).toBe(false);
  });

  it("adds months across years", () => {
    expect(addMonths("2025-11", 3)).toBe("2026-02");
    expect(addMonths("2025-01", -1)).toBe("2024-12");
  });

  it("adds any count of months as the calendar does", () => {
    // Oracle: the calendar's own arithmetic (Date.UTC rolls the month over into the year).
    for (const start of ["2018-01", "2024-12", "2025-07"] as const) {
      const [year, month] = start.split("-").map(Number) as [number, number];
      for (let count = -40; count <= 40; count++) {
        const date = new Date(Date.UTC(year, month - 1 + count, 1));
        const expected = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
        expect(addMonths(start, count)).toBe(expected);
      }
    }
  });

  it("counts the months between two months and splits a month into its year and month", () => {
    expect(monthsBetween("2018-01", "2025-06")).toBe(89);
    expect(monthsBetween("2025-07", "2025-06")).toBe(-1);
    expect(monthParts("2025-07")).toEqual({ year: 2025, month: 7 });
    expect(monthToDate("1999-12").toISOString()).toBe("1999-12-01T00:00:00.000Z");
  });

  it("gives the school year holding a month: it opens in September", () => {
    expect(schoolYearOf("2021-08")).toEqual({ from: 2020, to: 2021 });
    expect(schoolYearOf("2021-09")).toEqual({ from: 2021, to: 2022 });
    expect(schoolYearOf("2021-12")).toEqual({ from: 2021, to: 2022 });
    expect(schoolYearOf("2022-05")).toEqual({ from: 2021, to: 2022 });
  });

  it("lists an inclusive range of months", () => {
    expect(monthRange("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
  });

  it("maps a month to its first and last day at UTC midnight", () => {
    expect(monthToDate("2025-06").toISOString()).toBe("2025-06-01T00:00:00.000Z");
    expect(monthEndDate("2024-02").toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });

  it("falls back to the last reported month for a missing, malformed or out-of-range month", () => {
    const range = { first: "2018-01", last: "2026-10" } as const;
    expect(monthWithin("2023-09", range)).toBe("2023-09");
    expect(monthWithin(undefined, range)).toBe("2026-10");
    expect(monthWithin("2017-12", range)).toBe("2026-10");
    expect(monthWithin("abc", range)).toBe("2026-10");
  });

  it("falls back to a preferred month (the last complete one) when it is in the range", () => {
    const range = { first: "2018-01", last: "2026-11" } as const;
    expect(monthWithin(undefined, range, "2026-10")).toBe("2026-10");
    expect(monthWithin("2026-11", range, "2026-10")).toBe("2026-11");
    expect(monthWithin(undefined, range, "2027-01")).toBe("2026-11");
  });
});

describe("quarters", () => {
  it("reads 2026-Q3 as July to September, and names the quarter a month ends", () => {
    expect(isQuarter("2026-Q3")).toBe(true);
    expect(["2026-Q0", "2026-Q5", "2026-3", "26-Q1"].some(isQuarter)).toBe(false);
    expect(quarterMonths("2026-Q3")).toEqual(["2026-07", "2026-08", "2026-09"]);
    expect(quarterMonths("2025-Q4")).toEqual(["2025-10", "2025-11", "2025-12"]);
    expect(quarterEndedBy("2026-09")).toBe("2026-Q3");
    expect(quarterEndedBy("2025-12")).toBe("2025-Q4");
    expect(quarterEndedBy("2026-10")).toBeNull();
  });
});
