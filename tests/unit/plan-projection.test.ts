// The projection of a unit's coverage to a plan's milestone and its on track / at risk / off track
// classes (lib/coverage/projection.ts).
import { describe, expect, it } from "vitest";
import {
  AT_RISK_MARGIN_POINTS,
  MIN_PROJECTION_MONTHS,
  type RatePoint,
  linearTrend,
  projectRate,
  projectionStatus,
} from "@/lib/coverage/projection";
import { type Month, addMonths } from "@/lib/period";

/** Monthly points from `start`, each with a population of 100,000 and the given rate (percent). */
function series(start: Month, ratesPercent: (number | null)[]): RatePoint[] {
  return ratesPercent.map((rate, i) => ({
    month: addMonths(start, i),
    numerator: rate === null ? 0 : Math.round(rate * 1_000),
    denominator: rate === null ? 0 : 100_000,
  }));
}

describe("least-squares line", () => {
  it("recovers an exact line", () => {
    const line = linearTrend([0, 1, 2, 3].map((x) => ({ x, y: 2 + 0.5 * x })));
    expect(line?.slope).toBeCloseTo(0.5, 12);
    expect(line?.intercept).toBeCloseTo(2, 12);
  });

  it("gives the line through the middle of scattered points", () => {
    // y = 1, 3, 2, 4 at x = 0..3: slope 0.8, intercept 1.3 (by hand from the sums).
    const line = linearTrend([1, 3, 2, 4].map((y, x) => ({ x, y })));
    expect(line?.slope).toBeCloseTo(0.8, 12);
    expect(line?.intercept).toBeCloseTo(1.3, 12);
  });

  it("has no line for a single x", () => {
    expect(linearTrend([{ x: 1, y: 1 }, { x: 1, y: 2 }])).toBeNull();
  });
});

describe("projected rate", () => {
  it("extends a steady rise of 0.1 point a month to the milestone", () => {
    const history = series("2024-01", [90, 90.1, 90.2, 90.3, 90.4, 90.5, 90.6, 90.7, 90.8, 90.9, 91, 91.1]);
    const projection = projectRate(history, "2025-06");
    expect(projection?.rate).toBeCloseTo(0.917, 10); // 91.1% in Dec 2024 + 6 months × 0.1 point
    expect(projection?.slopePerMonth).toBeCloseTo(0.001, 10);
    expect(projection).toMatchObject({ from: "2024-01", to: "2024-12", months: 12, at: "2025-06" });
  });

  it("uses only the last 12 months of the history", () => {
    const falling = Array.from({ length: 12 }, (_, i) => 95 - i * 0.5);
    const flat = Array.from({ length: 12 }, () => 92);
    const projection = projectRate(series("2023-01", [...falling, ...flat]), "2025-12");
    expect(projection?.rate).toBeCloseTo(0.92, 10);
    expect(projection?.from).toBe("2024-01");
  });

  it("skips months without figures and needs at least six months with figures", () => {
    const sparse = series("2024-01", [90, null, 90.2, null, 90.4, null, 90.6, null, 90.8, null, 91, null]);
    expect(projectRate(sparse, "2025-12")?.months).toBe(6);
    const tooFew = series("2024-01", [90, 90.1, 90.2, 90.3, 90.4]);
    expect(tooFew.length).toBeLessThan(MIN_PROJECTION_MONTHS);
    expect(projectRate(tooFew, "2025-12")).toBeNull();
  });

  it("is the actual rate when the milestone is the month viewed", () => {
    const history = series("2021-01", [93, 94, 95.91]);
    expect(projectRate(history, "2021-03")?.rate).toBeCloseTo(0.9591, 10);
  });

  it("stops at 100% (or the highest rate seen) and at 0%", () => {
    const rising = series("2024-01", Array.from({ length: 12 }, (_, i) => 97 + i * 0.25));
    expect(projectRate(rising, "2026-12")?.rate).toBe(1);
    const falling = series("2024-01", Array.from({ length: 12 }, (_, i) => 10 - i * 2));
    expect(projectRate(falling, "2030-12")?.rate).toBe(0);
  });
});

describe("projection status", () => {
  it("is on track when the projection reaches the target, even exactly", () => {
    expect(projectionStatus(0.9515, 9_515)).toBe("onTrack");
    expect(projectionStatus(0.97, 9_515)).toBe("onTrack");
  });

  it(`is at risk within ${AT_RISK_MARGIN_POINTS} points below the target, off track beyond`, () => {
    expect(projectionStatus(0.9485, 9_515)).toBe("atRisk"); // 0.30 below
    expect(projectionStatus(0.9465, 9_515)).toBe("atRisk"); // 0.50 below
    expect(projectionStatus(0.9464, 9_515)).toBe("offTrack"); // 0.51 below
    expect(projectionStatus(0.9511, 9_681)).toBe("offTrack"); // Bạc Liêu, Oct 2021: 95.11% against 96.81%
  });
});
