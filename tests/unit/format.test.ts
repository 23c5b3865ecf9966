import { describe, expect, it } from "vitest";

import {
  formatCount,
  formatDate,
  formatMonth,
  formatMonthShort,
  formatPercent,
  formatPoints,
  formatSignedCount,
} from "@/lib/format";
import { formatDateTime } from "@/lib/format-date-time";

// 3 December 2026, 21:10 in Vietnam (UTC+7).
const moment = new Date(Date.UTC(2026, 11, 3, 14, 10));

describe("Vietnamese formatting", () => {
  it("writes counts with dots as thousands separators", () => {
    expect(formatCount(16_984, "vi")).toBe("16.984");
    expect(formatCount(1_234_567, "vi")).toBe("1.234.567");
  });

  it("writes percentages with a decimal comma", () => {
    expect(formatPercent(1.0112, "vi")).toBe("101,12%");
    expect(formatPercent(null, "vi")).toBe("–");
  });

  it("writes months as 'tháng M/YYYY' and dates as DD/MM/YYYY", () => {
    expect(formatMonth("2023-09", "vi")).toBe("tháng 9/2023");
    expect(formatDate(new Date(Date.UTC(2021, 7, 18)), "vi")).toBe("18/08/2021");
    expect(formatMonthShort("2023-09", "vi")).toBe("9/2023");
  });

  it("writes a moment in Vietnam's time, the time first", () => {
    expect(formatDateTime(moment, "vi")).toBe("21:10 3/12/26");
  });

  it("signs percentage points", () => {
    expect(formatPoints(-1.2, "vi")).toBe("−1,20");
    expect(formatPoints(0.45, "vi")).toBe("+0,45");
  });

  it("signs changes in people", () => {
    expect(formatSignedCount(1_234, "vi")).toBe("+1.234");
    expect(formatSignedCount(-56, "vi")).toBe("−56");
    expect(formatSignedCount(0, "vi")).toBe("0");
  });
});

describe("English formatting", () => {
  it("uses English separators and month names", () => {
    expect(formatCount(16_984, "en")).toBe("16,984");
    expect(formatPercent(1.0112, "en")).toBe("101.12%");
    expect(formatMonth("2023-09", "en")).toBe("Sep 2023");
  });

  it("writes dates and moments with the month in words, never as 03/12/2026", () => {
    expect(formatDate(new Date(Date.UTC(2026, 11, 3)), "en")).toBe("3 Dec 2026");
    expect(formatDateTime(moment, "en")).toBe("3 Dec 2026, 21:10");
  });

  it("writes compact months with the whole year, so that a plan period reads as months", () => {
    expect(formatMonthShort("2026-01", "en")).toBe("Jan 2026");
    expect(`${formatMonthShort("2026-01", "en")} – ${formatMonthShort("2026-12", "en")}`).toBe("Jan 2026 – Dec 2026");
  });
});
