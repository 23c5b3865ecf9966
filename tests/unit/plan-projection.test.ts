// The projection of a unit's coverage to a plan's milestone and its on track / at risk / off track
// classes (lib/coverage/projection.ts).
import { describe, expect, it } from "vitest";

import { AT_RISK_MARGIN_POINTS, projectionStatus, projectRate, type RatePoint } from "@/lib/coverage/projection";
import { NEAR_TARGET_POINTS } from "@/lib/coverage/target-status";
import { addMonths, type Month } from "@/lib/period";

/** Monthly points from `start`, each with a population of 100,000 and the given rate (percent). */
function series(start: Month, ratesPercent: (number | null)[]): RatePoint[] {
  return ratesPercent.map((rate, i) => ({
    month: addMonths(start, i),
    numerator: rate === null ? 0 : Math.round(rate * 1_000),
    denominator: rate === null ? 0 : 100_000,
  }));
}

/**
 * The same year again and again: household cards lapse in January (−3 points), come back by April;
 * pupils' cards lapse in September and come back in October. Ends 95% each December.
 */
const YEAR = [92, 93.5, 94.5, 95, 95, 95, 95, 95, 94, 95, 95, 95];
const unchanged = (from: Month, to: Month) => {
  const all = series("2022-01", [...YEAR, ...YEAR, ...YEAR, ...YEAR]);
  return all.filter((point) => point.month >= from && point.month <= to);
};

describe("projected rate (seasonal naïve with the year-over-year change)", () => {
  it("gives the same answer for an unchanged year read in December, January, June or September", () => {
    for (const viewed of ["2023-12", "2024-01", "2024-06", "2024-09"] as const) {
      const projection = projectRate(unchanged(addMonths(viewed, -12), viewed), "2024-12");
      expect(projection?.rate, viewed).toBeCloseTo(0.95, 10);
      expect(projection?.yearlyChange, viewed).toBeCloseTo(0, 10);
    }
    expect(projectionStatus(projectRate(unchanged("2023-01", "2024-01"), "2024-12")!.rate, 9_500)).toBe("onTrack");
  });

  it("starts from the milestone's month within the last 12 and adds the last 12 months' change", () => {
    // A year 1 point higher than the one before: read in March 2025 for December 2025.
    const history = series("2024-03", [...YEAR.slice(2), ...YEAR.slice(0, 3).map((rate) => rate + 1)]);
    const projection = projectRate(history, "2025-12");
    expect(projection).toMatchObject({ at: "2025-12", outcome: false, reference: "2024-12", to: "2025-03" });
    expect(projection?.referenceRate).toBeCloseTo(0.95, 10);
    expect(projection?.yearlyChange).toBeCloseTo(0.01, 10); // 95.5% in March 2025 − 94.5% in March 2024
    expect(projection?.rate).toBeCloseTo(0.96, 10);
    expect(projection?.lastRate).toBeCloseTo(0.955, 10);
  });

  it("adds the yearly change once per year to a milestone more than a year ahead", () => {
    const history = series("2023-06", [...YEAR.slice(5), ...YEAR.slice(0, 6).map((rate) => rate + 0.5)]);
    const projection = projectRate(history, "2025-12"); // from December 2023: two years
    expect(projection?.reference).toBe("2023-12");
    expect(projection?.rate).toBeCloseTo(0.95 + 2 * 0.005, 10);
  });

  it("has no projection without the month viewed, the month 12 before it, or the reference month", () => {
    const full = unchanged("2023-06", "2024-06");
    expect(projectRate(full, "2024-12")).not.toBeNull();
    for (const missing of ["2024-06", "2023-06", "2023-12"]) {
      const gap = full.map((point) => (point.month === missing ? { ...point, numerator: 0, denominator: 0 } : point));
      expect(projectRate(gap, "2024-12"), missing).toBeNull();
    }
    expect(projectRate(unchanged("2024-01", "2024-06"), "2024-12")).toBeNull(); // a unit with half a year of figures
  });

  it("is the outcome, the actual rate, when the milestone is the month viewed", () => {
    const history = series("2021-01", [93, 94, 95.91]);
    expect(projectRate(history, "2021-03")).toMatchObject({ outcome: true, at: "2021-03", yearlyChange: 0 });
    expect(projectRate(history, "2021-03")?.rate).toBeCloseTo(0.9591, 10);
  });

  it("stops at 100% (or the highest rate seen) and at 0%", () => {
    const rising = series(
      "2024-01",
      Array.from({ length: 13 }, (_, i) => 90 + i * 0.75),
    );
    expect(projectRate(rising, "2027-12")?.rate).toBe(1);
    const falling = series(
      "2024-01",
      Array.from({ length: 13 }, (_, i) => 30 - i * 2),
    );
    expect(projectRate(falling, "2030-12")?.rate).toBe(0);
  });
});

describe("projection status", () => {
  it("is on track when the projection reaches the target, even exactly", () => {
    expect(projectionStatus(0.9515, 9_515)).toBe("onTrack");
    expect(projectionStatus(0.97, 9_515)).toBe("onTrack");
  });

  it(`is at risk within ${AT_RISK_MARGIN_POINTS} point below the target — the dashboard's "near" — off track beyond`, () => {
    expect(AT_RISK_MARGIN_POINTS).toBe(NEAR_TARGET_POINTS);
    expect(projectionStatus(0.9485, 9_515)).toBe("atRisk"); // 0.30 below
    expect(projectionStatus(0.9425, 9_515)).toBe("atRisk"); // 0.90 below: "Gần đạt" now, "Dự báo gần đạt" by the milestone
    expect(projectionStatus(0.9415, 9_515)).toBe("atRisk"); // 1.00 below
    expect(projectionStatus(0.9414, 9_515)).toBe("offTrack"); // 1.01 below
    expect(projectionStatus(0.9511, 9_681)).toBe("offTrack"); // Bạc Liêu, Oct 2021: 95.11% against 96.81%
  });
});
