// Target resolution on the demo data (lib/coverage/applicable-target.ts): Phường Mỹ Long's own 2022
// target assigns 16,796 people and no rate; the national 92.60% of 2022 (546/QĐ-TTg) must still apply
// to it as its rate target, beside the assigned number (DOMAIN.md: 16,984 of 16,796 = 101.12%).
import { beforeAll, describe, expect, it } from "vitest";

import { applicableTarget } from "@/lib/coverage/applicable-target";
import { progressAgainstTarget } from "@/lib/coverage/progress";
import { db } from "@/lib/db";
import { monthToDate } from "@/lib/period";
import { getCoverageSummary } from "@/lib/queries/get-coverage-summary";
import { getCoverageTrend } from "@/lib/queries/get-coverage-trend";
import { getTargetCandidates } from "@/lib/queries/get-target-candidates";
import { seedDemo } from "@/prisma/seed/seed-demo";

let myLongId: number;

beforeAll(async () => {
  await seedDemo(db, {
    provinceCodes: ["89"],
    from: "2022-06",
    to: "2023-09",
    today: new Date("2023-11-20T00:00:00Z"),
  });
  const december = monthToDate("2022-12");
  const ward = await db.unit.findFirstOrThrow({
    where: { code: "30283", validFrom: { lte: december }, OR: [{ validTo: null }, { validTo: { gte: december } }] },
  });
  myLongId = ward.id;
});

describe("Phường Mỹ Long in December 2022", () => {
  it("has its own number-only target and inherits the national rate of 2022", async () => {
    const own = await db.planTarget.findMany({
      where: { unitId: myLongId, groupId: null, dueOn: new Date("2022-12-31T00:00:00Z") },
    });
    expect(own.map((target) => [target.rateBp, target.assignedCount])).toEqual([[null, 16_796]]);

    const target = applicableTarget(await getTargetCandidates([myLongId]), myLongId, null, "2022-12");
    expect(target).toMatchObject({ planNumber: "546/QĐ-TTg", rateBp: 9_260, inherited: true, assignedCount: 16_796 });
    expect(target?.assignedBy?.planNumber).toBe("DEMO-2022/KH-UBND Long Xuyên");
  });

  it("shows both percentages: attainment of the 16,796 assigned and the gap to 92.60% of the population", async () => {
    const summary = await getCoverageSummary(myLongId, "2022-12");
    expect(summary.insured).toBe(16_984);
    const target = applicableTarget(await getTargetCandidates([myLongId]), myLongId, null, "2022-12");
    const progress = progressAgainstTarget(summary.insured, summary.population, target);
    expect(progress.attainment).toBeCloseTo(16_984 / 16_796, 10);
    expect((progress.attainment! * 100).toFixed(2)).toBe("101.12");
    expect(progress.targetBp).toBe(9_260);
    // Independent oracle: ⌈0.926 × population⌉ − insured, never negative.
    expect(progress.gap).toBe(Math.max(0, Math.ceil((926 * summary.population) / 1000) - 16_984));
    expect(progress.points).not.toBeNull();
    expect(progress.status).not.toBe("noTarget");
  });
});

describe("Phường Mỹ Long's figures from its reports", () => {
  it("has 16,645 insured after nine months of 2023: 96.52% of the 17,245 assigned (derived by the seed)", async () => {
    const summary = await getCoverageSummary(myLongId, "2023-09");
    expect(summary.insured).toBe(16_645);
    const target = applicableTarget(await getTargetCandidates([myLongId]), myLongId, null, "2023-09");
    expect(target).toMatchObject({ planNumber: "546/QĐ-TTg", rateBp: 9_320, assignedCount: 17_245 });
    expect(target?.assignedBy?.planNumber).toBe("DEMO-2023/KH-UBND Long Xuyên");
    const progress = progressAgainstTarget(summary.insured, summary.population, target);
    expect((progress.attainment! * 100).toFixed(2)).toBe("96.52");
  });

  it("moves from 16,984 to 16,645 in even steps, without a jump", async () => {
    const trend = await getCoverageTrend(myLongId, "2022-12", "2023-09");
    const insured = trend.map((point) => point.insured);
    expect([insured[0], insured.at(-1)]).toEqual([16_984, 16_645]);
    const steps = insured.slice(1).map((value, i) => value - insured[i]!);
    expect(Math.max(...steps.map(Math.abs))).toBeLessThan(400);
  });

  it("reports voluntary social insurance of 114 of 201 (56.72%) in 2022 and 133 of 201 (66.17%) in 9/2023", async () => {
    const rows = await db.unitMonthReport.findMany({
      where: { unitId: myLongId, period: { in: [monthToDate("2022-12"), monthToDate("2023-09")] } },
      select: { voluntarySocialInsured: true, voluntarySocialAssigned: true },
      orderBy: { period: "asc" },
    });
    expect(rows.map((row) => [row.voluntarySocialInsured, row.voluntarySocialAssigned])).toEqual([
      [114, 201],
      [133, 201],
    ]);
  });
});
