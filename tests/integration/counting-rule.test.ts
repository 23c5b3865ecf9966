// Which reports count (lib/coverage/counting-rule.ts), on the demo data of new Cà Mau (96) seeded as on
// 12 December 2026, while November is being collected: drafts and returned reports never count, the
// approved basis counts only approved and locked reports, every widget's "reported x/y" is the same
// number, and returning or approving a report through the real action changes the figures at once.
// The expected sums are computed independently, through the ORM, from the raw rows.
import type { ReportStatus } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runAuthedAction, type ActionUser } from "@/lib/actions/authed-action";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";
import { getChildCoverage } from "@/lib/queries/get-child-coverage";
import { getCoverageSummary } from "@/lib/queries/get-coverage-summary";
import { getCoverageTrend } from "@/lib/queries/get-coverage-trend";
import { getCompleteness } from "@/lib/queries/get-review-list";
import { approveReportSpec, returnReportSpec } from "@/lib/reports/review-report";
import { seedDemo } from "@/prisma/seed/seed-demo";

import { createTestUser } from "../fixtures/users";
import { actionEnvironment } from "../helpers/action-environment";

const ORIGINAL = process.env.APP_TODAY;
const NOVEMBER: Month = "2026-11";
const OCTOBER: Month = "2026-10";
const STATUSES: Record<CountingBasis, ReportStatus[]> = {
  submitted: ["SUBMITTED", "APPROVED", "LOCKED"],
  approved: ["APPROVED", "LOCKED"],
};
let provinceId: number;
let communeIds: number[];
let reviewer: ActionUser;

/** Insured, population and reports of the province in a month, summed from the raw rows of the statuses given. */
async function independent(month: Month, statuses: ReportStatus[]) {
  const period = monthToDate(month);
  const reports = await db.unitMonthReport.findMany({
    where: { period, unitId: { in: communeIds }, status: { in: statuses } },
  });
  const figures = await db.enrollmentFigure.findMany({
    where: { period, unitId: { in: reports.map((r) => r.unitId) } },
  });
  return {
    insured: figures.reduce((sum, f) => sum + f.insured, 0),
    population: reports.reduce((sum, r) => sum + r.population, 0),
    reportingUnits: reports.length,
  };
}

beforeAll(async () => {
  process.env.APP_TODAY = "2026-12-12T10:00:00+07:00";
  await seedDemo(db, { provinceCodes: ["96"], from: "2026-08" });
  provinceId = (await db.unit.findFirstOrThrow({ where: { code: "96", validTo: null } })).id;
  communeIds = (
    await db.unit.findMany({
      where: { level: 2, validTo: null, ancestors: { some: { ancestorId: provinceId } } },
      select: { id: true },
    })
  ).map((u) => u.id);
  reviewer = await createTestUser(db, {
    username: "counting.p96",
    role: "PROVINCIAL_OFFICIAL",
    scopeUnitId: provinceId,
  });
  // A draft in November: a commune that typed its figures and has not submitted them.
  const silent = await db.unitMonthReport.findMany({
    where: { period: monthToDate(NOVEMBER), unitId: { in: communeIds } },
    select: { unitId: true },
  });
  const reported = new Set(silent.map((r) => r.unitId));
  const draftUnit = communeIds.find((id) => !reported.has(id))!;
  const groups = await db.participantGroup.findMany({ select: { id: true } });
  await db.unitMonthReport.create({
    data: { unitId: draftUnit, period: monthToDate(NOVEMBER), population: 50_000, status: "DRAFT" },
  });
  await db.enrollmentFigure.createMany({
    data: groups.map((g) => ({
      unitId: draftUnit,
      period: monthToDate(NOVEMBER),
      groupId: g.id,
      insured: 9_000,
      eligible: 9_500,
      newlyEnrolled: 10,
      renewed: 20,
    })),
  });
});

afterAll(() => {
  if (ORIGINAL === undefined) delete process.env.APP_TODAY;
  else process.env.APP_TODAY = ORIGINAL;
});

describe("the month being collected has drafts, returned and submitted reports", () => {
  it("has each kind, so that the rule is put to the test", async () => {
    const statuses = new Set(
      (await db.unitMonthReport.findMany({ where: { period: monthToDate(NOVEMBER) } })).map((r) => r.status),
    );
    expect(statuses).toEqual(new Set(["DRAFT", "RETURNED", "SUBMITTED"]));
    expect((await independent(OCTOBER, ["APPROVED"])).reportingUnits).toBe(communeIds.length);
  });
});

describe.each(["submitted", "approved"] as const)("on the %s basis", (basis) => {
  it("sums only the counted reports in the summary, the ranking and the trend", async () => {
    for (const month of [NOVEMBER, OCTOBER]) {
      const expected = await independent(month, STATUSES[basis]);
      const summary = await getCoverageSummary(provinceId, month, null, basis);
      expect({
        insured: summary.insured,
        population: summary.population,
        reportingUnits: summary.reportingUnits,
      }).toEqual(expected);
      expect(summary.baseUnits).toBe(communeIds.length);
      const children = await getChildCoverage(provinceId, month, null, basis);
      expect(children.reduce((sum, c) => sum + c.insured, 0)).toBe(expected.insured);
      expect(children.reduce((sum, c) => sum + c.reportingUnits, 0)).toBe(expected.reportingUnits);
      const [point] = await getCoverageTrend(provinceId, month, month, null, basis);
      expect(point).toEqual({ month, ...expected });
    }
  });
});

describe("one 'reported' count for every widget", () => {
  it("gives the summary's reported count and the completeness widget's submitted count as one number", async () => {
    const summary = await getCoverageSummary(provinceId, NOVEMBER);
    const { counts } = (await getCompleteness(provinceId, NOVEMBER))!;
    expect(summary.reportingUnits).toBe(counts.onTime + counts.late + counts.undated);
    expect(summary.baseUnits).toBe(counts.total);
  });
});

describe("a review decision changes the figures at once", () => {
  it("takes a returned report out and an approved one into the approved figures", async () => {
    const [first, second] = await db.unitMonthReport.findMany({
      where: { period: monthToDate(NOVEMBER), unitId: { in: communeIds }, status: "SUBMITTED" },
      orderBy: { unitId: "asc" },
      take: 2,
    });
    const insuredOf = async (unitId: number) =>
      (
        await db.enrollmentFigure.aggregate({
          where: { unitId, period: monthToDate(NOVEMBER) },
          _sum: { insured: true },
        })
      )._sum.insured!;
    const before = {
      submitted: await getCoverageSummary(provinceId, NOVEMBER, null, "submitted"),
      approved: await getCoverageSummary(provinceId, NOVEMBER, null, "approved"),
    };

    const returned = await runAuthedAction(
      returnReportSpec,
      { reportId: first!.id, version: first!.version, comment: "Kiểm tra lại nhóm 5" },
      actionEnvironment(reviewer),
    );
    expect(returned.ok).toBe(true);
    const approved = await runAuthedAction(
      approveReportSpec,
      { reportId: second!.id, version: second!.version },
      actionEnvironment(reviewer),
    );
    expect(approved.ok).toBe(true);

    const after = {
      submitted: await getCoverageSummary(provinceId, NOVEMBER, null, "submitted"),
      approved: await getCoverageSummary(provinceId, NOVEMBER, null, "approved"),
    };
    expect(after.submitted.insured).toBe(before.submitted.insured - (await insuredOf(first!.unitId)));
    expect(after.submitted.reportingUnits).toBe(before.submitted.reportingUnits - 1);
    expect(after.approved.insured).toBe(before.approved.insured + (await insuredOf(second!.unitId)));
    expect(after.approved.reportingUnits).toBe(before.approved.reportingUnits + 1);
  });
});
