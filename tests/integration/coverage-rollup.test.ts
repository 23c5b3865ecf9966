// Roll-ups on a real database: a unit's figures are the sums of its base units' figures, taken
// from the structure valid in the chosen month.
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { getChildCoverage } from "@/lib/queries/get-child-coverage";
import { getCoverageSummary } from "@/lib/queries/get-coverage-summary";
import { getCoverageTrend } from "@/lib/queries/get-coverage-trend";
import { getUnitAncestors, getUnitByCode } from "@/lib/queries/units";

import { createSmallTree, JULY_FIGURES, JUNE_FIGURES } from "../fixtures/small-tree";

type Figures = Record<string, { groups: readonly (readonly number[])[]; population: number }>;

function expectedTotals(figures: Figures, codes = Object.keys(figures)) {
  const rows = codes.map((code) => figures[code]!);
  return {
    population: rows.reduce((s, r) => s + r.population, 0),
    insured: rows.reduce((s, r) => s + r.groups.reduce((g, [insured]) => g + insured!, 0), 0),
    groupInsured: [0, 1].map((i) => rows.reduce((s, r) => s + r.groups[i]![0]!, 0)),
    groupEligible: [0, 1].map((i) => rows.reduce((s, r) => s + r.groups[i]![1]!, 0)),
  };
}

let tree: Awaited<ReturnType<typeof createSmallTree>>;

beforeAll(async () => {
  tree = await createSmallTree(db);
});

describe("coverage summary", () => {
  it("sums a province's communes in June 2025 (three-level structure)", async () => {
    const summary = await getCoverageSummary(tree.oldProvince.id, "2025-06");
    const expected = expectedTotals(JUNE_FIGURES);
    expect(summary.population).toBe(expected.population);
    expect(summary.insured).toBe(expected.insured);
    expect(summary.groups.map((g) => g.insured)).toEqual(expected.groupInsured);
    expect(summary.groups.map((g) => g.eligible)).toEqual(expected.groupEligible);
    expect(summary.baseUnits).toBe(3);
    expect(summary.reportingUnits).toBe(3);
  });

  it("sums a district's communes only", async () => {
    const summary = await getCoverageSummary(tree.districts.d100.id, "2025-06");
    expect(summary.insured).toBe(expectedTotals(JUNE_FIGURES, ["10001", "10002"]).insured);
  });

  it("uses the structure valid in the month: the country in July 2025 counts only the new communes", async () => {
    const summary = await getCoverageSummary(tree.vn.id, "2025-07");
    const expected = expectedTotals(JULY_FIGURES);
    expect(summary.insured).toBe(expected.insured);
    expect(summary.population).toBe(expected.population);
    expect(summary.baseUnits).toBe(2);
  });

  it("reports zeros, not errors, for a month without figures", async () => {
    const summary = await getCoverageSummary(tree.vn.id, "2024-01");
    expect(summary).toMatchObject({ insured: 0, population: 0, reportingUnits: 0, baseUnits: 3 });
  });
});

describe("child units", () => {
  it("lists the districts of the old province with their own sums", async () => {
    const children = await getChildCoverage(tree.oldProvince.id, "2025-06");
    expect(children.map((c) => c.code)).toEqual(["100", "101"]);
    expect(children[0]).toMatchObject({
      insured: expectedTotals(JUNE_FIGURES, ["10001", "10002"]).insured,
      population: 6_600,
      baseUnits: 2,
      reportingUnits: 2,
    });
  });

  it("lists the province valid in the month under the country", async () => {
    const [june] = await getChildCoverage(tree.vn.id, "2025-06");
    const [july] = await getChildCoverage(tree.vn.id, "2025-07");
    expect(june?.id).toBe(tree.oldProvince.id);
    expect(july?.id).toBe(tree.newProvince.id);
    expect(july?.insured).toBe(expectedTotals(JULY_FIGURES).insured);
  });

  it("sums of the children equal the parent's total", async () => {
    const children = await getChildCoverage(tree.newProvince.id, "2025-07");
    const summary = await getCoverageSummary(tree.newProvince.id, "2025-07");
    expect(children.reduce((s, c) => s + c.insured, 0)).toBe(summary.insured);
    expect(children.reduce((s, c) => s + c.population, 0)).toBe(summary.population);
  });
});

describe("trend", () => {
  it("is zero-filled and continues across the change of structure", async () => {
    const trend = await getCoverageTrend(tree.vn.id, "2025-05", "2025-08");
    expect(trend.map((p) => p.month)).toEqual(["2025-05", "2025-06", "2025-07", "2025-08"]);
    expect(trend.map((p) => p.insured)).toEqual([
      0,
      expectedTotals(JUNE_FIGURES).insured,
      expectedTotals(JULY_FIGURES).insured,
      0,
    ]);
    expect(trend[2]?.reportingUnits).toBe(2);
  });
});

describe("units by code and month", () => {
  it("resolves a reused code to the unit valid in the month", async () => {
    expect((await getUnitByCode("10", "2025-06"))?.name).toBe("Tỉnh Cũ");
    expect((await getUnitByCode("10", "2025-07"))?.name).toBe("Tỉnh Mới");
    expect(await getUnitByCode("10001", "2025-07")).toBeNull();
  });

  it("gives the ancestors from the root down", async () => {
    const ancestors = await getUnitAncestors(tree.old["10003"]!);
    expect(ancestors.map((u) => u.code)).toEqual(["VN", "10", "101"]);
  });
});
