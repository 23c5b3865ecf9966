// Bạc Liêu's plan 119/KH-UBND (last six months of 2021) on the demo data: its real group targets
// (group 1 ≥ 95%, groups 2 and 3 at 100%, group 4 = 100%, group 5 ≥ 91%) and the statuses the demo
// story gives them — groups 1, 2 and 3 reach their targets, groups 4 (pupils) and 5 (households)
// fall short. Rates are checked against sums read independently through the ORM, and the
// projection against a least-squares line computed here from those sums.
import type { ReportStatus } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";
import { getChildStandings, getGroupStandings, getOverallStanding } from "@/lib/queries/get-plan-progress";
import { seedDemo } from "@/prisma/seed/seed-demo";

const COUNTED: ReportStatus[] = ["SUBMITTED", "APPROVED", "LOCKED"];
let planId: number;
let bacLieuId: number;
let communeIds: number[];

beforeAll(async () => {
  await seedDemo(db, {
    provinceCodes: ["95"],
    from: "2020-07",
    to: "2021-12",
    today: new Date("2022-01-20T00:00:00Z"),
  });
  const plan = await db.plan.findFirstOrThrow({ where: { number: "119/KH-UBND" } });
  planId = plan.id;
  bacLieuId = plan.scopeUnitId;
  const communes = await db.unitClosure.findMany({
    where: { ancestorId: bacLieuId, descendant: { level: 3 } },
    select: { descendantId: true },
  });
  communeIds = communes.map((row) => row.descendantId);
});

/**
 * Insured and eligible of a group over Bạc Liêu's communes in a month, and the population, through the
 * ORM, from the reports that count (submitted, approved or locked; not drafts or returned ones).
 */
async function sums(month: Month, groupCode?: string) {
  const period = monthToDate(month);
  const group = groupCode ? await db.participantGroup.findFirstOrThrow({ where: { code: groupCode } }) : null;
  const counted = { unitId: { in: communeIds }, period, status: { in: COUNTED } };
  const countedUnits = (await db.unitMonthReport.findMany({ where: counted, select: { unitId: true } })).map(
    (r) => r.unitId,
  );
  const [figures, reports] = await Promise.all([
    db.enrollmentFigure.aggregate({
      where: { unitId: { in: countedUnits }, period, ...(group ? { groupId: group.id } : {}) },
      _sum: { insured: true, eligible: true },
    }),
    db.unitMonthReport.aggregate({ where: counted, _sum: { population: true } }),
  ]);
  return {
    insured: figures._sum.insured ?? 0,
    eligible: figures._sum.eligible ?? 0,
    population: reports._sum.population ?? 0,
  };
}

describe("plan 119/KH-UBND in December 2021, its milestone", () => {
  it("carries the plan's real group targets with their responsible agencies", async () => {
    const targets = await db.planTarget.findMany({
      where: { planId, unitId: bacLieuId, groupId: { not: null } },
      include: { group: true },
    });
    expect(
      targets
        .map((x) => [x.group?.code, x.comparator, x.rateBp, x.responsibleAgency, x.derived, x.bySchoolYear])
        .sort(),
    ).toEqual([
      ["1", "AT_LEAST", 9_500, "Sở Lao động – Thương binh và Xã hội", false, false],
      ["2", "EXACTLY", 10_000, "BHXH tỉnh Bạc Liêu", false, false],
      ["3", "EXACTLY", 10_000, "BHXH tỉnh Bạc Liêu", false, false],
      // Pupils and students of the 2021–2022 school year, which holds the milestone 12/2021.
      ["4", "EXACTLY", 10_000, "Sở Giáo dục và Đào tạo", false, true],
      ["5", "AT_LEAST", 9_100, "BHXH tỉnh Bạc Liêu", false, false],
    ]);
    const pupils = await getGroupStandings(planId, bacLieuId, "2021-12", "2020-12");
    expect(pupils.find(({ group }) => group.code === "4")?.standing.target).toMatchObject({ bySchoolYear: true });
  });

  it("marks the overall target, which the seed derived from the group targets, as derived wherever it is read", async () => {
    const overall = await db.planTarget.findFirstOrThrow({ where: { planId, unitId: bacLieuId, groupId: null } });
    expect(overall.derived).toBe(true);
    const { standing } = await getOverallStanding(planId, bacLieuId, "2021-12", "2020-12");
    expect(standing.target).toMatchObject({ derived: true, assignedBy: { derived: true } });
  });

  it("shows groups 1, 2 and 3 on target and groups 4 and 5 behind, with rates from summed figures", async () => {
    const rows = await getGroupStandings(planId, bacLieuId, "2021-12", "2020-12");
    const byCode = new Map(rows.map((row) => [row.group.code, row.standing]));
    expect([...byCode].map(([code, standing]) => [code, standing.progress.status, standing.outlook])).toEqual([
      ["1", "met", "onTrack"],
      ["2", "met", "onTrack"],
      ["3", "met", "onTrack"],
      ["4", "behind", "offTrack"],
      ["5", "behind", "offTrack"],
    ]);
    for (const code of ["1", "4", "5"]) {
      const expected = await sums("2021-12", code);
      const standing = byCode.get(code)!;
      expect(standing.progress.rate).toBeCloseTo(expected.insured / expected.eligible, 12);
      const required = Math.ceil((standing.target!.rateBp! * expected.eligible) / 10_000);
      expect(standing.progress.gap).toBe(Math.max(0, required - expected.insured));
    }
  });

  it("gives the overall standing with both percentages: coverage rate and attainment of the assigned number", async () => {
    const { standing, summary } = await getOverallStanding(planId, bacLieuId, "2021-12", "2020-12");
    const expected = await sums("2021-12");
    expect(summary.insured).toBe(expected.insured);
    expect(standing.progress.rate).toBeCloseTo(expected.insured / expected.population, 12);
    const overall = await db.planTarget.findFirstOrThrow({ where: { planId, unitId: bacLieuId, groupId: null } });
    expect(standing.target).toMatchObject({
      rateBp: overall.rateBp,
      assignedCount: overall.assignedCount,
      planNumber: "119/KH-UBND",
    });
    expect(standing.progress.attainment).toBeCloseTo(expected.insured / overall.assignedCount!, 12);
    // Less than one point short: "near" the target on the dashboard's scale and on the plan's (one
    // tolerance); the milestone is here, so the plan view shows the outcome, missed ("Không đạt").
    expect(standing.progress.status).toBe("near");
    expect(standing.progress.points).toBeLessThan(-0.5);
    expect(standing.projection?.outcome).toBe(true);
    expect(standing.outlook).toBe("atRisk");
  });

  it("ranks the seven districts against the province's rate, which they inherit without its assigned number", async () => {
    const rows = await getChildStandings(planId, bacLieuId, "2021-12");
    expect(rows).toHaveLength(7);
    for (const { standing } of rows) {
      expect(standing.target).toMatchObject({ inherited: true, assignedCount: null, planNumber: "119/KH-UBND" });
      expect(standing.progress.attainment).toBeNull();
    }
  });
});

describe("plan 119/KH-UBND in October 2021: the projection to December", () => {
  it("starts from December 2020, adds the change of the last 12 months, and classes the outlook", async () => {
    const { standing } = await getOverallStanding(planId, bacLieuId, "2021-10", "2020-07");
    // The same projection, computed here from the ORM's monthly sums.
    const rate = async (month: Month) => {
      const { insured, population } = await sums(month);
      return insured / population;
    };
    const [december, october, octoberBefore] = await Promise.all([rate("2020-12"), rate("2021-10"), rate("2020-10")]);
    const expected = december + (october - octoberBefore);
    expect(standing.projection).toMatchObject({ at: "2021-12", outcome: false, reference: "2020-12", to: "2021-10" });
    expect(standing.projection!.rate).toBeCloseTo(expected, 10);
    const shortBy = (standing.target!.rateBp! / 10_000 - expected) * 100;
    expect(standing.outlook).toBe(shortBy <= 0 ? "onTrack" : shortBy <= 1 ? "atRisk" : "offTrack");
    expect(standing.outlook).not.toBe("onTrack"); // the demo story: Bạc Liêu does not reach its overall target
  });

  it("shows the outcome at the milestone, December 2021: the actual rate, not a projection", async () => {
    const { standing } = await getOverallStanding(planId, bacLieuId, "2021-12", "2020-11");
    const { insured, population } = await sums("2021-12");
    expect(standing.projection).toMatchObject({ at: "2021-12", outcome: true });
    expect(standing.projection!.rate).toBeCloseTo(insured / population, 10);
  });
});
