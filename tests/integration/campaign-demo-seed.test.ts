// The demo's campaign of Thị xã Việt Yên (old Bắc Giang, November–December 2024) on the seeded
// reports: its progress as the campaign list computes it equals the sums of its communes' reports
// that count, read independently through the ORM by walking parent links. December 2024 is being
// collected on the day taken as today (some communes late, returned or missing), so the month's
// figures are provisional and only the reports that count are in them.
import type { ReportStatus } from "@prisma/client";
import { beforeAll, expect, it } from "vitest";

import { getCampaignsWithProgress } from "@/lib/campaigns/campaigns-with-progress";
import { db } from "@/lib/db";
import { monthToDate } from "@/lib/period";
import { seedDemo } from "@/prisma/seed/seed-demo";

const COUNTED: ReportStatus[] = ["SUBMITTED", "APPROVED", "LOCKED"];

beforeAll(async () => {
  await seedDemo(db, {
    provinceCodes: ["24"],
    from: "2023-11",
    to: "2024-12",
    today: new Date("2025-01-15T00:00:00Z"),
  });
});

it("counts the campaign's new enrollments, renewals and end coverage from the reports that count", async () => {
  const country = await db.unit.findFirstOrThrow({ where: { code: "VN" } });
  const admin = { role: "ADMIN" as const, scopeUnitId: country.id };
  const campaign = await db.campaign.findFirstOrThrow({
    where: { name: { startsWith: "Tháng cao điểm vận động BHYT năm 2024" } },
    include: { unit: true, plan: true },
  });
  expect(campaign.unit.code).toBe("222");
  expect(campaign.plan?.number).toBe("KH-UBND tỉnh Bắc Giang 2022–2025");

  const communes = (await db.unit.findMany({ where: { parentId: campaign.unitId }, select: { id: true } })).map(
    (unit) => unit.id,
  );
  const counted = await db.unitMonthReport.findMany({
    where: {
      unitId: { in: communes },
      period: { in: [monthToDate("2024-11"), monthToDate("2024-12")] },
      status: { in: COUNTED },
    },
    select: { unitId: true, period: true, population: true },
  });
  const figures = await db.enrollmentFigure.findMany({
    where: { OR: counted.map(({ unitId, period }) => ({ unitId, period })) },
  });
  const december = counted.filter((report) => report.period.getTime() === monthToDate("2024-12").getTime());
  const decemberIds = new Set(december.map((report) => report.unitId));
  expect(december.length).toBeGreaterThan(0);
  expect(december.length).toBeLessThan(communes.length);

  const [shown] = await getCampaignsWithProgress(admin, { kind: "id", id: campaign.id });
  const { progress } = shown!;
  expect(progress.newlyEnrolled.reached).toBe(figures.reduce((sum, f) => sum + f.newlyEnrolled, 0));
  expect(progress.renewed.reached).toBe(figures.reduce((sum, f) => sum + f.renewed, 0));
  expect(shown!.latestMonth).toBe("2024-12");
  const decemberFigures = figures.filter(
    (f) => f.period.getTime() === monthToDate("2024-12").getTime() && decemberIds.has(f.unitId),
  );
  expect(progress.latest).toMatchObject({
    insured: decemberFigures.reduce((sum, f) => sum + f.insured, 0),
    population: december.reduce((sum, report) => sum + report.population, 0),
    reportingUnits: december.length,
    baseUnits: communes.length,
    provisional: true,
  });
  // The targets: the same months of 2023, 10% up, rounded up to hundreds; the plan's 99% for 2024.
  const yearBefore = await db.enrollmentFigure.aggregate({
    where: { unitId: { in: communes }, period: { in: [monthToDate("2023-11"), monthToDate("2023-12")] } },
    _sum: { newlyEnrolled: true, renewed: true },
  });
  expect(campaign.targetNewlyEnrolled).toBe(Math.ceil((yearBefore._sum.newlyEnrolled! * 1.1) / 100) * 100);
  expect(campaign.targetRenewed).toBe(Math.ceil((yearBefore._sum.renewed! * 1.1) / 100) * 100);
  expect(campaign.targetRateBp).toBe(9_900);
});
