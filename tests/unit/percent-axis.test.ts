// The percentage axis fitted to the figures: a two-point gap to a target shows; the axis stays within
// 0–100 unless a value is above 100; whole ticks in steps of 1, 2, 5 or 10.
import { describe, expect, it } from "vitest";

import { percentAxis } from "@/components/charts/percent-axis";

describe("the fitted percentage axis", () => {
  it("puts 89% and its 91% target half the plot apart", () => {
    const axis = percentAxis([89, 91]);
    expect(axis).toEqual({ low: 88, high: 92, step: 1, ticks: [88, 89, 90, 91, 92] });
    expect((91 - 89) / (axis.high - axis.low)).toBe(0.5);
  });

  it("covers groups far apart in steps of 5, never above 100 when no value is", () => {
    expect(percentAxis([60, 100, 95, 97.2])).toMatchObject({ low: 55, high: 100, step: 5 });
    expect(percentAxis([93.35, 95.15])).toMatchObject({ low: 92, high: 97, step: 1 });
  });

  it("goes above 100 for a rate above 100 and never below 0", () => {
    expect(percentAxis([101.12])).toMatchObject({ low: 99, high: 103, step: 1 });
    expect(percentAxis([0.5, 2])).toMatchObject({ low: 0, high: 3 });
    expect(percentAxis([10, 90])).toMatchObject({ low: 0, high: 100, step: 10 });
  });

  it("is 0–100 without figures", () => {
    expect(percentAxis([])).toEqual({
      low: 0,
      high: 100,
      step: 10,
      ticks: [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
    });
  });
});
