// People not yet insured: the rule for the dashboard's cards, group table, ranking and exports.
import { describe, expect, it } from "vitest";

import { notYetInsured } from "@/lib/coverage/not-yet-insured";
import { coverageRate, enrollmentGap } from "@/lib/coverage/rates";

describe("people not yet insured", () => {
  it("Bắc Giang district, Nov 2017: 136,430 people, 123,060 insured leaves 13,370 not yet insured", () => {
    expect(notYetInsured(123_060, 136_430)).toBe(13_370);
  });

  it("is not the gap to the target: against 97.2% only 9,550 are still to enroll", () => {
    expect(enrollmentGap(9_720, 136_430, 123_060)).toBe(9_550);
    expect(notYetInsured(123_060, 136_430)).toBeGreaterThan(enrollmentGap(9_720, 136_430, 123_060));
  });

  it("is 0, never negative, when more are insured than counted (a rate over 100%)", () => {
    expect(coverageRate(16_984, 16_796)).toBeGreaterThan(1);
    expect(notYetInsured(16_984, 16_796)).toBe(0);
  });

  it("is 0 when everyone is insured, and for a group nobody is eligible for", () => {
    expect(notYetInsured(2_000, 2_000)).toBe(0);
    expect(notYetInsured(0, 0)).toBe(0);
  });

  it("the children's counts add up to more than the parent's net count when a child is over-covered", () => {
    const children = [
      { insured: 950, population: 1_000 },
      { insured: 1_080, population: 1_000 },
    ];
    const parent = notYetInsured(
      children.reduce((sum, c) => sum + c.insured, 0),
      children.reduce((sum, c) => sum + c.population, 0),
    );
    const sumOfChildren = children.reduce((sum, c) => sum + notYetInsured(c.insured, c.population), 0);
    expect(parent).toBe(0);
    expect(sumOfChildren).toBe(50);
  });
});
