import { describe, expect, it } from "vitest";

import { applicableTarget, lastPassedTarget, type TargetCandidate } from "@/lib/coverage/applicable-target";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function candidate(overrides: Partial<TargetCandidate>): TargetCandidate {
  return {
    unitId: 7,
    depth: 0,
    groupId: null,
    rateBp: 9_500,
    assignedCount: null,
    comparator: "AT_LEAST",
    dueOn: day("2025-12-31"),
    planId: 1,
    planNumber: "1/KH",
    planTitle: "Plan",
    planStart: day("2022-01-01"),
    planIssuedOn: day("2022-01-01"),
    responsibleAgency: null,
    derived: false,
    bySchoolYear: false,
    ...overrides,
  };
}

describe("applicable target", () => {
  const national = [2022, 2023, 2024, 2025].map((year, i) =>
    candidate({ depth: 2, planId: 546, rateBp: [9_260, 9_320, 9_410, 9_515][i], dueOn: day(`${year}-12-31`) }),
  );

  it("takes the first milestone due on or after the month", () => {
    expect(applicableTarget(national, 7, null, "2023-01")?.rateBp).toBe(9_320);
    expect(applicableTarget(national, 7, null, "2023-12")?.rateBp).toBe(9_320);
    expect(applicableTarget(national, 7, null, "2025-07")?.rateBp).toBe(9_515);
  });

  it("applies no target before a plan starts or after its last milestone", () => {
    expect(applicableTarget(national, 7, null, "2021-12")).toBeNull();
    expect(applicableTarget(national, 7, null, "2026-01")).toBeNull();
  });

  it("names the plan whose last milestone passed when none applies (2026, after 546/QĐ-TTg)", () => {
    const bacGiang = candidate({ depth: 1, planId: 24, planNumber: "KH Bắc Giang", dueOn: day("2025-12-31") });
    const older = candidate({ depth: 0, planId: 119, planNumber: "119/KH-UBND", dueOn: day("2021-12-31") });
    expect(lastPassedTarget([...national, older], 7, "2026-03")).toMatchObject({ planId: 546 });
    // The same last milestone: the nearer unit's plan.
    expect(lastPassedTarget([...national, bacGiang, older], 7, "2026-03")).toMatchObject({ planId: 24 });
    expect(lastPassedTarget([...national, older], 7, "2023-03")).toMatchObject({ planId: 546, rateBp: 9_260 });
    expect(lastPassedTarget(national, 7, "2022-06")).toBeNull();
    expect(lastPassedTarget(national, 8, "2026-03")).toBeNull();
  });

  it("prefers the unit's own target over an inherited one, and marks inheritance", () => {
    const own = candidate({ depth: 0, planId: 9, rateBp: 9_900, assignedCount: 120_000, dueOn: day("2023-12-31") });
    const chosen = applicableTarget([...national, own], 7, null, "2023-05");
    expect(chosen).toMatchObject({ planId: 9, rateBp: 9_900, assignedCount: 120_000, inherited: false });
    expect(applicableTarget(national, 7, null, "2023-05")?.inherited).toBe(true);
  });

  it("does not inherit an assigned number of people", () => {
    const provincial = candidate({ depth: 1, rateBp: 9_900, assignedCount: 1_500_000 });
    expect(applicableTarget([provincial], 7, null, "2024-03")).toMatchObject({ rateBp: 9_900, assignedCount: null });
  });

  it("resolves the rate and the own assigned number apart: a number-only target does not hide an inherited rate", () => {
    // Phường Mỹ Long, 2022: 16,796 people assigned, no rate of its own; the national 92.60% applies.
    const numberOnly = candidate({
      depth: 0,
      planId: 30,
      planNumber: "ward",
      rateBp: null,
      assignedCount: 16_796,
      dueOn: day("2022-12-31"),
    });
    const chosen = applicableTarget([...national, numberOnly], 7, null, "2022-12");
    expect(chosen).toMatchObject({ planId: 546, rateBp: 9_260, inherited: true, assignedCount: 16_796 });
    expect(chosen?.assignedBy).toMatchObject({ planId: 30, planNumber: "ward" });
  });

  it("keeps an own number-only target when no rate applies", () => {
    const numberOnly = candidate({
      depth: 0,
      planId: 30,
      rateBp: null,
      assignedCount: 16_796,
      dueOn: day("2022-12-31"),
    });
    expect(applicableTarget([numberOnly], 7, null, "2022-06")).toMatchObject({
      planId: 30,
      rateBp: null,
      assignedCount: 16_796,
      inherited: false,
    });
  });

  it("keeps group targets apart from the overall target", () => {
    const group5 = candidate({ groupId: 5, rateBp: 9_100 });
    expect(applicableTarget([group5], 7, null, "2024-03")).toBeNull();
    expect(applicableTarget([group5], 7, 5, "2024-03")?.rateBp).toBe(9_100);
  });
});
