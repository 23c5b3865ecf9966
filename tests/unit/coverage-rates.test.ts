// Coverage arithmetic against the figures of the source documents (../shared/DOMAIN.md).
import { describe, expect, it } from "vitest";

import { attainment, coverageRate, enrollmentGap, pointsFromTarget } from "@/lib/coverage/rates";
import { formatPercent } from "@/lib/format";

describe("attainment of an assigned number", () => {
  it("ward Mỹ Long 2022: 16,984 reached of 16,796 assigned is 101,12% (over 100% is legitimate)", () => {
    const value = attainment(16_984, 16_796);
    expect(value).toBeGreaterThan(1);
    expect(formatPercent(value, "vi")).toBe("101,12%");
  });

  it("ward Mỹ Long, nine months of 2023: 16,645 reached is 96,52% of the 2023 assignment", () => {
    // The report gives 16,645 → 96.52%; the assignment it implies is 17,245 people.
    expect(formatPercent(attainment(16_645, 17_245), "vi")).toBe("96,52%");
  });

  it("voluntary social insurance: 114 of 201 is 56,72% and 133 of 201 is 66,17%", () => {
    expect(formatPercent(attainment(114, 201), "vi")).toBe("56,72%");
    expect(formatPercent(attainment(133, 201), "vi")).toBe("66,17%");
  });

  it("has no value without an assigned number", () => {
    expect(attainment(10, 0)).toBeNull();
  });
});

describe("coverage rate", () => {
  it("Bắc Giang district, Nov 2017: 123,060 insured of a population of 136,430 is 90,20%", () => {
    expect(formatPercent(coverageRate(123_060, 136_430), "vi")).toBe("90,20%");
  });

  it("is computed from summed numerators and denominators, not by averaging percentages", () => {
    const communes = [
      { insured: 900, population: 1_000 },
      { insured: 5_000, population: 10_000 },
    ];
    const insured = communes.reduce((s, c) => s + c.insured, 0);
    const population = communes.reduce((s, c) => s + c.population, 0);
    expect(coverageRate(insured, population)).toBeCloseTo(5_900 / 11_000, 12);
    expect(coverageRate(insured, population)).not.toBeCloseTo((0.9 + 0.5) / 2, 3);
  });

  it("has no value without a denominator", () => {
    expect(coverageRate(0, 0)).toBeNull();
  });
});

describe("gap to target (people still to enroll)", () => {
  it("is ⌈target × denominator⌉ − insured", () => {
    // 99.5% of 136,430 = 135,747.85 → 135,748 people must hold a card.
    expect(enrollmentGap(9_950, 136_430, 123_060)).toBe(135_748 - 123_060);
  });

  it("rounds up only when the product is not whole", () => {
    expect(enrollmentGap(9_500, 1_000, 900)).toBe(50);
    expect(enrollmentGap(9_515, 200, 0)).toBe(191); // 190.3 → 191
  });

  it("is 0 once the target is reached or exceeded", () => {
    expect(enrollmentGap(9_100, 1_000, 910)).toBe(0);
    expect(enrollmentGap(9_100, 1_000, 1_200)).toBe(0);
  });
});

describe("points above or below target", () => {
  it("is the actual rate minus the target rate in percentage points", () => {
    expect(pointsFromTarget(0.902, 9_720)).toBeCloseTo(-7, 10);
    expect(pointsFromTarget(0.96, 9_515)).toBeCloseTo(0.85, 10);
  });
});
