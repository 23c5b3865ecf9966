import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatMonth, formatPercent, formatPoints, formatSignedCount } from "@/lib/format";

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
});
