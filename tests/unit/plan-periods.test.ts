// A plan's status in time, its usual yearly milestones, and the month an allocation is based on.
import { describe, expect, it } from "vitest";

import { planStatus, yearlyMilestones } from "@/lib/plans/plan-status";
import { allocationReferenceMonth } from "@/lib/plans/reference-month";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("plan status", () => {
  const plan = { periodStart: day("2022-01-01"), periodEnd: day("2025-12-31"), archivedAt: null };
  it("is upcoming, active or ended by the month, and archived whatever the month", () => {
    expect(planStatus(plan, "2021-12")).toBe("upcoming");
    expect(planStatus(plan, "2022-01")).toBe("active");
    expect(planStatus(plan, "2025-12")).toBe("active");
    expect(planStatus(plan, "2026-01")).toBe("ended");
    expect(planStatus({ ...plan, archivedAt: new Date() }, "2023-05")).toBe("archived");
  });
});

describe("yearly milestones", () => {
  it("puts one at the end of each year and one at the end of the period", () => {
    expect(yearlyMilestones("2022-01", "2025-12")).toEqual(["2022-12", "2023-12", "2024-12", "2025-12"]);
    expect(yearlyMilestones("2021-07", "2021-12")).toEqual(["2021-12"]);
    expect(yearlyMilestones("2024-07", "2026-06")).toEqual(["2024-12", "2025-12", "2026-06"]);
    expect(yearlyMilestones("2026-01", "2025-12")).toEqual([]);
  });
});

describe("allocation reference month", () => {
  const reported = { first: "2018-01", last: "2026-10" } as const;
  const always = { first: "2000-01", last: null } as const;
  const bacGiang = { planStart: "2022-01", milestones: ["2022-12", "2023-12", "2024-12", "2025-12"] } as const;

  it("is the month before a milestone's year: December of the previous year", () => {
    expect(allocationReferenceMonth({ ...bacGiang, milestone: "2022-12", reported, parentValid: always })).toBe(
      "2021-12",
    );
    expect(allocationReferenceMonth({ ...bacGiang, milestone: "2024-12", reported, parentValid: always })).toBe(
      "2023-12",
    );
  });

  it("is the month before the plan for its first milestone (Bạc Liêu: June 2021)", () => {
    expect(
      allocationReferenceMonth({
        planStart: "2021-07",
        milestones: ["2021-12"],
        milestone: "2021-12",
        reported,
        parentValid: always,
      }),
    ).toBe("2021-06");
  });

  it("stays within the months the parent exists and the months reported", () => {
    // Old Bắc Giang ends in June 2025: its 2025 milestone is split on December 2024 figures, the last before it.
    expect(
      allocationReferenceMonth({
        ...bacGiang,
        milestone: "2025-12",
        reported,
        parentValid: { first: "2000-01", last: "2025-06" },
      }),
    ).toBe("2024-12");
    // A plan for 2027 has no figures for December 2026 yet: the last reported month.
    expect(
      allocationReferenceMonth({
        planStart: "2027-01",
        milestones: ["2027-12"],
        milestone: "2027-12",
        reported,
        parentValid: always,
      }),
    ).toBe("2026-10");
    // A new province that began in July 2025, for a plan starting then.
    expect(
      allocationReferenceMonth({
        planStart: "2025-07",
        milestones: ["2025-12"],
        milestone: "2025-12",
        reported,
        parentValid: { first: "2025-07", last: null },
      }),
    ).toBe("2025-07");
  });
});
