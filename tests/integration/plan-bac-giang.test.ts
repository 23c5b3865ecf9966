// Bắc Giang's 2022–2025 plan on the demo data: a milestone per year (≥ 99% each year, 99.5% in 2025,
// pupils = 100%), allocated to each district's BHXH as a rate and a number of people. Checks which
// milestone applies in which month, the districts' attainment of their assigned numbers, what a
// commune inherits, the ranking, the allocation frame and split, and the lists to act on.
import { beforeAll, describe, expect, it } from "vitest";

import { allocateByShare } from "@/lib/coverage/allocation";
import { compareStandings } from "@/lib/coverage/standing";
import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";
import { getAllocationFrame } from "@/lib/plans/allocation-frame";
import { getAllocationView } from "@/lib/queries/get-allocation-view";
import { getChildCoverage } from "@/lib/queries/get-child-coverage";
import { getPlan } from "@/lib/queries/get-plan";
import { getAttentionLists, getChildStandings, getOverallStanding } from "@/lib/queries/get-plan-progress";
import { seedDemo } from "@/prisma/seed/seed-demo";

let plan: { id: number; scopeUnitId: number; periodStart: Date };
let districts: { id: number; code: string; name: string }[];

beforeAll(async () => {
  await seedDemo(db, {
    provinceCodes: ["24"],
    from: "2021-06",
    to: "2023-03",
    today: new Date("2023-04-20T00:00:00Z"),
  });
  plan = await db.plan.findFirstOrThrow({
    where: { number: "KH-UBND tỉnh Bắc Giang 2022–2025" },
    select: { id: true, scopeUnitId: true, periodStart: true },
  });
  districts = await db.unit.findMany({
    where: { parentId: plan.scopeUnitId },
    select: { id: true, code: true, name: true },
    orderBy: { code: "asc" },
  });
});

/** Population and insured of a unit in a month, summed over its communes through the ORM. */
async function totals(unitId: number, month: Month) {
  const communes = await db.unitClosure.findMany({
    where: { ancestorId: unitId, descendant: { level: 3 } },
    select: { descendantId: true },
  });
  const ids = communes.map((row) => row.descendantId);
  const period = monthToDate(month);
  const [reports, figures] = await Promise.all([
    db.unitMonthReport.aggregate({ where: { unitId: { in: ids }, period }, _sum: { population: true } }),
    db.enrollmentFigure.aggregate({ where: { unitId: { in: ids }, period }, _sum: { insured: true } }),
  ]);
  return { population: reports._sum.population ?? 0, insured: figures._sum.insured ?? 0 };
}

describe("yearly milestones", () => {
  it("applies the 2022 milestone through 2022 and the 2023 one from January 2023, and none before the plan", async () => {
    const june = await getOverallStanding(plan.id, plan.scopeUnitId, "2022-06", "2021-06");
    expect(june.standing.target).toMatchObject({ rateBp: 9_900, inherited: false });
    expect(june.standing.target?.dueOn.toISOString().slice(0, 10)).toBe("2022-12-31");
    expect(june.standing.projection?.at).toBe("2022-12");
    const february = await getOverallStanding(plan.id, plan.scopeUnitId, "2023-02", "2022-02");
    expect(february.standing.target?.dueOn.toISOString().slice(0, 10)).toBe("2023-12-31");
    const before = await getOverallStanding(plan.id, plan.scopeUnitId, "2021-12", "2021-06");
    expect(before.standing.target).toBeNull();
    expect(before.standing.outlook).toBeNull();
  });

  it("assigns each district ⌈99% × its population of the previous December⌉ people, and measures attainment against it", async () => {
    expect(districts).toHaveLength(10);
    const rows = await getChildStandings(plan.id, plan.scopeUnitId, "2022-06");
    for (const district of districts) {
      const { population } = await totals(district.id, "2021-12");
      const row = rows.find((r) => r.child.id === district.id)!;
      expect(row.standing.target).toMatchObject({
        inherited: false,
        rateBp: 9_900,
        assignedCount: Math.ceil((9_900 * population) / 10_000),
      });
      const june = await totals(district.id, "2022-06");
      expect(row.standing.progress.attainment).toBeCloseTo(june.insured / row.standing.target!.assignedCount!, 12);
      expect(row.standing.progress.rate).toBeCloseTo(june.insured / june.population, 12);
    }
  });

  it("ranks the districts furthest behind first", async () => {
    const rows = (await getChildStandings(plan.id, plan.scopeUnitId, "2022-06")).sort((a, b) =>
      compareStandings("gap")(a.standing, b.standing),
    );
    const gaps = rows.map((row) => row.standing.progress.gap ?? -1);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    expect(gaps[0]).toBeGreaterThan(0);
  });

  it("lets a commune inherit its district's rate but not its assigned number", async () => {
    const district = districts[0]!;
    const communes = await getChildStandings(plan.id, district.id, "2022-06");
    expect(communes.length).toBeGreaterThan(0);
    for (const { standing } of communes) {
      expect(standing.target).toMatchObject({ inherited: true, rateBp: 9_900, assignedCount: null });
    }
  });
});

describe("allocating the 2023 milestone", () => {
  it("bases it on December 2022 and the ten districts, and splits a total exactly by population", async () => {
    const frame = await getAllocationFrame(db, plan, {
      parentUnitId: plan.scopeUnitId,
      milestone: "2023-12",
      groupId: null,
    });
    if (typeof frame === "string") throw new Error(frame);
    expect(frame.referenceMonth).toBe("2022-12");
    expect(frame.milestones).toEqual(["2022-12", "2023-12", "2024-12", "2025-12"]);
    expect(frame.children.map((child) => child.id).sort()).toEqual(districts.map((d) => d.id).sort());
    expect(frame.parentTarget).toMatchObject({ comparator: "AT_LEAST", rateBp: 9_900 });

    const figures = await getChildCoverage(plan.scopeUnitId, frame.referenceMonth);
    const province = await totals(plan.scopeUnitId, "2022-12");
    const total = Math.ceil((9_900 * province.population) / 10_000);
    const shares = allocateByShare(
      total,
      figures.map((child) => child.population),
    );
    expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
    expect(Math.min(...shares)).toBeGreaterThan(0);
  });

  it("refuses a unit outside the plan as the unit to split", async () => {
    const outside = await db.unit.findFirstOrThrow({
      where: { code: "24", validFrom: new Date("2025-07-01T00:00:00Z") },
    });
    expect(await getAllocationFrame(db, plan, { parentUnitId: outside.id, milestone: "2023-12", groupId: null })).toBe(
      "outsidePlan",
    );
  });
});

describe("the allocation page's ?unit=", () => {
  const request = { milestone: "2023-12" as Month, groupId: null };

  it("names the unit to split by its code, the plan's scope unit without it", async () => {
    const detail = (await getPlan(plan.id))!;
    const district = districts[0]!;
    const byCode = await getAllocationView(detail, { ...request, unit: district.code });
    if (byCode.kind !== "frame") throw new Error(byCode.kind);
    expect(byCode.frame.parent).toEqual(district);
    expect(byCode.children.length).toBeGreaterThan(0);
    expect(byCode.children.every((child) => child.weight > 0 && child.reached > 0)).toBe(true);
    const scope = await getAllocationView(detail, { ...request, unit: null });
    if (scope.kind !== "frame") throw new Error(scope.kind);
    expect(scope.frame.parent.id).toBe(plan.scopeUnitId);
    expect(scope.children.map((child) => child.code)).toEqual(districts.map((d) => d.code));
    expect(scope.parentTargets.every((target) => target.unitId === plan.scopeUnitId)).toBe(true);
  });

  it("answers an old link's id with the unit's code, and refuses a code or id outside the plan", async () => {
    const detail = (await getPlan(plan.id))!;
    const codes = new Set(
      (
        await db.unitClosure.findMany({
          where: { ancestorId: plan.scopeUnitId },
          select: { descendant: { select: { code: true } } },
        })
      ).map((row) => row.descendant.code),
    );
    const district = districts.find((d) => !codes.has(String(d.id)))!;
    expect(await getAllocationView(detail, { ...request, unit: String(district.id) })).toEqual({
      kind: "redirect",
      unitCode: district.code,
    });
    const outside = (
      await db.unit.findMany({ where: { validFrom: new Date("2025-07-01T00:00:00Z") }, select: { id: true } })
    ).find((unit) => !codes.has(String(unit.id)))!;
    expect(await getAllocationView(detail, { ...request, unit: "99999" })).toEqual({ kind: "outsidePlan" });
    expect(await getAllocationView(detail, { ...request, unit: String(outside.id) })).toEqual({ kind: "outsidePlan" });
    expect(await getAllocationView(detail, { ...request, unit: "x" })).toEqual({ kind: "outsidePlan" });
  });
});

describe("lists to act on", () => {
  it("lists the base units behind target, the communes below the NTM threshold and the units at 100%", async () => {
    const lists = await getAttentionLists(plan.id, plan.scopeUnitId, "2022-06");
    if (!lists) throw new Error("Bắc Giang has base units");
    const communes = await db.unitClosure.count({ where: { ancestorId: plan.scopeUnitId, descendant: { level: 3 } } });
    expect(lists.considered).toBe(communes);
    expect(lists.threshold?.rateBp).toBe(8_500);
    expect(lists.byGap.every((row) => (row.standing.progress.gap ?? 0) > 0)).toBe(true);
    expect(lists.belowRural.every((row) => row.unit.kind === "COMMUNE" && row.rate < 0.85)).toBe(true);
    expect(lists.full.every((unit) => unit.insured >= unit.population)).toBe(true);
    // Every commune behind its target appears in both rankings.
    expect(new Set(lists.byPoints.map((row) => row.unit.id))).toEqual(new Set(lists.byGap.map((row) => row.unit.id)));
  });
});
