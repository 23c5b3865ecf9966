// Bắc Giang's 2022–2025 plan at its last milestone, from the demo seed. Old Bắc Giang (24) ended on
// 30 June 2025, so its plan view stops at 6/2025; the 2025 milestone is judged in 12/2025 on the
// communes and wards that succeeded Bắc Giang's communes: the outcome (met or missed, with the actual
// figure and the month), not a projection. The figures are checked against sums taken here through
// the ORM from the successions and the reports.
import { beforeAll, describe, expect, it } from "vitest";

import { COUNTED_STATUSES } from "@/lib/coverage/counting-rule";
import { projectionStatus } from "@/lib/coverage/projection";
import { db } from "@/lib/db";
import { monthToDate } from "@/lib/period";
import { getChildStandings, getOverallStanding } from "@/lib/queries/get-plan-progress";
import { seedDemo } from "@/prisma/seed/seed-demo";

let plan: { id: number; scopeUnitId: number; issuedOn: Date };

beforeAll(async () => {
  await seedDemo(db, {
    provinceCodes: ["24"],
    from: "2024-05",
    to: "2026-01",
    today: new Date("2026-02-20T00:00:00Z"),
  });
  plan = await db.plan.findFirstOrThrow({
    where: { number: "KH-UBND tỉnh Bắc Giang 2022–2025" },
    select: { id: true, scopeUnitId: true, issuedOn: true },
  });
}, 240_000);

/** Insured and population in `month` of the base units valid then that succeeded the unit's communes. */
async function successorTotals(unitId: number, month: `${number}-${number}`) {
  const period = monthToDate(month);
  const communes = await db.unitClosure.findMany({
    where: { ancestorId: unitId, descendant: { children: { none: {} } } },
    select: { descendantId: true },
  });
  const own = new Set(communes.map((row) => row.descendantId));
  const links = await db.unitSuccession.findMany({
    where: { predecessorId: { in: [...own] }, successor: { validFrom: { lte: period } } },
    select: { successorId: true },
  });
  const successors = [...new Set(links.map((link) => link.successorId))];
  const predecessors = await db.unitSuccession.findMany({
    where: { successorId: { in: successors } },
    select: { predecessorId: true },
  });
  const whole = predecessors.every((link) => own.has(link.predecessorId));
  const reports = await db.unitMonthReport.findMany({
    where: { unitId: { in: successors }, period, status: { in: [...COUNTED_STATUSES.submitted] } },
    select: { unitId: true, population: true },
  });
  const figures = await db.enrollmentFigure.aggregate({
    where: { unitId: { in: reports.map((report) => report.unitId) }, period },
    _sum: { insured: true },
  });
  return {
    whole,
    successors: successors.length,
    population: reports.reduce((sum, report) => sum + report.population, 0),
    insured: figures._sum.insured ?? 0,
  };
}

describe("Bắc Giang's 2022–2025 plan at its 2025 milestone", () => {
  it("is dated as the source has it: just issued on 6 December 2023", () => {
    expect(plan.issuedOn.toISOString().slice(0, 10)).toBe("2023-12-06");
  });

  it("shows the outcome at 12/2025 over the province's former area, not a projection", async () => {
    const { standing, afterEnd } = await getOverallStanding(plan.id, plan.scopeUnitId, "2025-06", "2024-06");
    expect(standing.target).toMatchObject({ rateBp: 9_950, inherited: false });
    expect(standing.target?.dueOn.toISOString().slice(0, 10)).toBe("2025-12-31");

    const expected = await successorTotals(plan.scopeUnitId, "2025-12");
    expect(expected.whole).toBe(true);
    expect(expected.successors).toBeGreaterThan(50);
    expect(afterEnd).toMatchObject({
      month: "2025-12",
      insured: expected.insured,
      population: expected.population,
      baseUnits: expected.successors,
    });
    expect(standing.projection).toMatchObject({ outcome: true, at: "2025-12" });
    expect(standing.projection!.rate).toBeCloseTo(expected.insured / expected.population, 12);
    expect(standing.outlook).toBe(projectionStatus(expected.insured / expected.population, 9_950));
  });

  it("judges a district whose communes went whole into new communes on their figures, others not at all", async () => {
    const rows = await getChildStandings(plan.id, plan.scopeUnitId, "2025-06");
    expect(rows).toHaveLength(10);
    let judged = 0;
    for (const { child, standing } of rows) {
      const expected = await successorTotals(child.id, "2025-12");
      if (expected.whole && expected.successors > 0) {
        judged += 1;
        expect(standing.projection).toMatchObject({ outcome: true, at: "2025-12" });
        expect(standing.projection!.rate).toBeCloseTo(expected.insured / expected.population, 12);
      } else {
        expect(standing.projection?.outcome ?? false).toBe(false);
      }
    }
    expect(judged).toBeGreaterThan(0);
  });
});
