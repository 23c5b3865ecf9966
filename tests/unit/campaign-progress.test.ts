// A campaign's progress with the source's figures (../shared/DOMAIN.md): the peak month of a district
// of Bắc Giang, November 2017 — 23,162 enrolled = 2,948 new + 20,214 renewals; 123,060 insured, 90.2%
// of a population of about 136,430, against a 97.2% target: 9,550 people still to enroll.
import { describe, expect, it } from "vitest";

import { campaignStatus } from "@/lib/campaigns/campaign-status";
import { campaignProgress } from "@/lib/coverage/campaign-progress";
import { formatPercent, formatPoints } from "@/lib/format";

const SOURCE = {
  counts: {
    newlyEnrolled: 2_948,
    renewed: 20_214,
    latest: { insured: 123_060, population: 136_430, reportingUnits: 25, baseUnits: 25 },
  },
};

describe("campaign progress", () => {
  it("adds new enrollments and renewals: 2,948 + 20,214 = 23,162", () => {
    const progress = campaignProgress({ newlyEnrolled: null, renewed: null, rateBp: 9720 }, SOURCE.counts);
    expect(progress.enrolled).toBe(23_162);
    expect(progress.newlyEnrolled).toEqual({ reached: 2_948, target: null, attainment: null, remaining: null });
  });

  it("gives 90,20% against 97,20%: 7 points behind and 9,550 people still to enroll", () => {
    const { latest } = campaignProgress({ newlyEnrolled: null, renewed: null, rateBp: 9720 }, SOURCE.counts);
    expect(formatPercent(latest!.rate, "vi")).toBe("90,20%");
    expect(latest!.targetBp).toBe(9720);
    expect(formatPoints(latest!.points!, "vi")).toBe(formatPoints(-7, "vi"));
    // ⌈0.972 × 136,430⌉ = ⌈132,609.96⌉ = 132,610; 132,610 − 123,060 = 9,550.
    expect(latest!.gap).toBe(9_550);
    expect(latest!.provisional).toBe(false);
  });

  it("sets each count against its own target, with what is left (never negative)", () => {
    const progress = campaignProgress({ newlyEnrolled: 3_000, renewed: 20_000, rateBp: null }, SOURCE.counts);
    expect(progress.newlyEnrolled.remaining).toBe(52);
    expect(formatPercent(progress.newlyEnrolled.attainment, "vi")).toBe("98,27%");
    expect(progress.renewed.remaining).toBe(0);
    expect(formatPercent(progress.renewed.attainment, "vi")).toBe("101,07%");
    expect(progress.latest!.gap).toBeNull();
    expect(progress.latest!.points).toBeNull();
  });

  it("has no gap once the target rate is reached, and marks a month not every unit reported as provisional", () => {
    const { latest } = campaignProgress(
      { newlyEnrolled: null, renewed: null, rateBp: 9000 },
      { ...SOURCE.counts, latest: { ...SOURCE.counts.latest, reportingUnits: 24 } },
    );
    expect(latest!.gap).toBe(0);
    expect(latest!.provisional).toBe(true);
  });

  it("has no end figures before any report of its months counts", () => {
    const progress = campaignProgress(
      { newlyEnrolled: 100, renewed: null, rateBp: 9720 },
      { newlyEnrolled: 0, renewed: 0, latest: null },
    );
    expect(progress.latest).toBeNull();
    expect(progress.newlyEnrolled).toEqual({ reached: 0, target: 100, attainment: 0, remaining: 100 });
  });
});

describe("campaign status", () => {
  const campaign = { firstMonth: "2026-10", lastMonth: "2026-12", endedEarly: false } as const;
  it("is upcoming before its first month, running in its months, finished after its last", () => {
    expect(campaignStatus(campaign, "2026-09")).toBe("upcoming");
    expect(campaignStatus(campaign, "2026-10")).toBe("running");
    expect(campaignStatus(campaign, "2026-12")).toBe("running");
    expect(campaignStatus(campaign, "2027-01")).toBe("finished");
  });
  it("is finished once ended early, even in its last month", () => {
    expect(campaignStatus({ ...campaign, lastMonth: "2026-11", endedEarly: true }, "2026-11")).toBe("finished");
  });
});
