// On the demo data (Bạc Liêu and Cà Mau, May–August 2025): every province's and district's figures
// as the dashboard computes them equal the sums of its communes' rows, read independently through
// the ORM by walking parent links — before July 2025 (three levels) and after it (two levels).
import type { ReportStatus } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";
import { getChildCoverage } from "@/lib/queries/get-child-coverage";
import { getCoverageSummary } from "@/lib/queries/get-coverage-summary";
import { seedDemo } from "@/prisma/seed/seed-demo";

const COUNTED: ReportStatus[] = ["SUBMITTED", "APPROVED", "LOCKED"];

beforeAll(async () => {
  await seedDemo(db, {
    provinceCodes: ["95", "96"],
    from: "2025-05",
    to: "2025-08",
    today: new Date("2025-09-15T00:00:00Z"),
  });
});

/** Communes below a unit, found by following parent links (no closure table, no SQL of ours). */
async function communeIdsBelow(unitId: number): Promise<number[]> {
  const children = await db.unit.findMany({ where: { parentId: unitId }, select: { id: true } });
  if (children.length === 0) return [unitId];
  return (await Promise.all(children.map((child) => communeIdsBelow(child.id)))).flat();
}

/** The communes' sums from the reports that count: submitted, approved or locked (not drafts or returned ones). */
async function independentTotals(unitId: number, month: Month) {
  const period = monthToDate(month);
  const counted = { unitId: { in: await communeIdsBelow(unitId) }, period, status: { in: COUNTED } };
  const unitIds = (await db.unitMonthReport.findMany({ where: counted, select: { unitId: true } })).map(
    (r) => r.unitId,
  );
  const [figures, reports] = await Promise.all([
    db.enrollmentFigure.aggregate({
      where: { unitId: { in: unitIds }, period },
      _sum: { insured: true, eligible: true },
    }),
    db.unitMonthReport.aggregate({ where: counted, _sum: { population: true }, _count: true }),
  ]);
  return {
    insured: figures._sum.insured,
    eligible: figures._sum.eligible,
    population: reports._sum.population,
    reports: reports._count,
  };
}

async function provinces(month: Month) {
  const country = await db.unit.findFirstOrThrow({ where: { code: "VN" } });
  return getChildCoverage(country.id, month);
}

describe.each(["2025-06", "2025-08"] as const)("demo data in %s", (month) => {
  it("gives each province the sums of its communes", async () => {
    const list = await provinces(month);
    expect(list.map((p) => p.code).sort()).toEqual(month === "2025-06" ? ["95", "96"] : ["96"]);
    for (const province of list) {
      const summary = await getCoverageSummary(province.id, month);
      const expected = await independentTotals(province.id, month);
      expect(summary.insured).toBe(expected.insured);
      expect(summary.groups.reduce((s, g) => s + g.eligible, 0)).toBe(expected.eligible);
      expect(summary.population).toBe(expected.population);
      expect(summary.reportingUnits).toBe(expected.reports);
      expect(province.insured).toBe(expected.insured);
    }
  });
});

it("gives each old district the sums of its communes", async () => {
  const [bacLieu] = (await provinces("2025-06")).filter((p) => p.code === "95");
  const districts = await getChildCoverage(bacLieu!.id, "2025-06");
  expect(districts.length).toBe(7);
  for (const district of districts) {
    const expected = await independentTotals(district.id, "2025-06");
    expect(district.insured).toBe(expected.insured);
    expect(district.population).toBe(expected.population);
  }
});
