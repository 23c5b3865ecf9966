// A unit's change against an earlier month, from summed figures: points of the rate and people
// insured, written "+0,35 điểm" and "+1.234 người"; nothing to compare with is a reason, never 0.
import { describe, expect, it } from "vitest";

import { peopleText, pointsText, reasonText, shortReasonText } from "@/components/dashboard/comparison-text";
import { compareFigures, type Comparison } from "@/lib/coverage/comparison";
import { MESSAGES } from "@/lib/i18n/messages";

const all = (insured: number, population: number, baseUnits = 1) => ({
  insured,
  population,
  reportingUnits: baseUnits,
  baseUnits,
});
const change = (comparison: Comparison) => {
  if (comparison.kind !== "change") throw new Error(`no change: ${comparison.reason}`);
  return comparison;
};

describe("the change against an earlier month", () => {
  it("the source's district: 123,060 of 136,430 (90.20%) after 120,416 of 136,000 the year before", () => {
    // 123,060 / 136,430 = 90.1993…%; 120,416 / 136,000 = 88.5412…%: +1.658… points, +2,644 people.
    const compared = change(compareFigures(all(123_060, 136_430), all(120_416, 136_000)));
    expect(compared.points).toBeCloseTo((123_060 / 136_430 - 120_416 / 136_000) * 100, 12);
    expect(compared.people).toBe(2_644);
    expect(compared.provisional).toBe(false);
    expect(pointsText(compared, "vi", MESSAGES.vi)).toBe("+1,66 điểm");
    expect(peopleText(compared, "vi", MESSAGES.vi)).toBe("+2.644 người");
    expect(pointsText(compared, "en", MESSAGES.en)).toBe("+1.66 points");
    expect(peopleText(compared, "en", MESSAGES.en)).toBe("+2,644 people");
  });

  it("divides summed figures, never averages rates: two communes against one month before", () => {
    // Now 950/1,000 and 90/100 → 1,040/1,100 = 94.5454…%; before 900/1,000 and 99/100 → 999/1,100 = 90.8181…%.
    const compared = change(compareFigures(all(1_040, 1_100, 2), all(999, 1_100, 2)));
    expect(compared.points).toBeCloseTo((41 / 1_100) * 100, 12);
    expect(pointsText(compared, "vi", MESSAGES.vi)).toBe("+3,73 điểm");
  });

  it("writes a fall with a minus sign and no change as 0", () => {
    const fall = change(compareFigures(all(16_645, 17_245), all(16_984, 17_245)));
    expect(pointsText(fall, "vi", MESSAGES.vi)).toBe("−1,97 điểm");
    expect(peopleText(fall, "vi", MESSAGES.vi)).toBe("−339 người");
    const same = change(compareFigures(all(500, 1_000), all(500, 1_000)));
    expect(pointsText(same, "vi", MESSAGES.vi)).toBe("0,00 điểm");
    expect(peopleText(same, "vi", MESSAGES.vi)).toBe("0 người");
  });

  it("has no change, with the reason, for a unit that did not exist or did not report then", () => {
    expect(compareFigures(all(900, 1_000), null)).toEqual({ kind: "none", reason: "notExisting" });
    expect(compareFigures(all(900, 1_000), { insured: 0, population: 0, reportingUnits: 0, baseUnits: 0 })).toEqual({
      kind: "none",
      reason: "notExisting",
    });
    expect(compareFigures(all(900, 1_000), { insured: 0, population: 0, reportingUnits: 0, baseUnits: 3 })).toEqual({
      kind: "none",
      reason: "notReported",
    });
    expect(compareFigures({ insured: 0, population: 0, reportingUnits: 0, baseUnits: 3 }, all(900, 1_000))).toEqual({
      kind: "none",
      reason: "notReportedNow",
    });
    expect(reasonText("notExisting", "submitted", "tháng 11/2025", MESSAGES.vi)).toBe(
      "Không so sánh được: đơn vị chưa có trong tháng 11/2025.",
    );
    expect(reasonText("notReported", "approved", "Nov 2025", MESSAGES.en)).toBe(
      "No comparison: no approved report in Nov 2025.",
    );
    expect(shortReasonText("notReported", "submitted", MESSAGES.vi)).toBe("chưa báo cáo");
  });

  it("is provisional when either month is missing reports, and has no points without a population", () => {
    expect(
      change(compareFigures({ insured: 700, population: 800, reportingUnits: 2, baseUnits: 3 }, all(900, 1_000, 3)))
        .provisional,
    ).toBe(true);
    expect(
      change(compareFigures(all(900, 1_000, 3), { insured: 700, population: 800, reportingUnits: 1, baseUnits: 3 }))
        .provisional,
    ).toBe(true);
    const noPopulation = change(compareFigures(all(10, 0), all(5, 0)));
    expect(noPopulation.points).toBeNull();
    expect(pointsText(noPopulation, "vi", MESSAGES.vi)).toBe("–");
    expect(noPopulation.people).toBe(5);
  });
});
