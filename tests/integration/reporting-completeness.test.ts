// Completeness and timeliness on the demo data (Bạc Liêu, March–June 2025, seeded as if on
// 20 July 2025): the month being collected has on-time, late, returned and missing reports, the
// month before is approved and older months are locked, with plausible times; the review list and
// the dashboard's counts agree with the rows read independently through the ORM.
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";
import { getCoverageSummary } from "@/lib/queries/get-coverage-summary";
import { getMonthReports, getReportStates } from "@/lib/queries/get-month-reports";
import { countSubmissions, reportDeadline, submissionOf } from "@/lib/reports/review-rules";
import { seedDemo } from "@/prisma/seed/seed-demo";

const TODAY = new Date("2025-07-20T03:00:00Z");
const COLLECTING: Month = "2025-06";
let provinceId: number;
let communeIds: number[];

beforeAll(async () => {
  await seedDemo(db, { provinceCodes: ["95"], from: "2025-03", to: "2025-06", today: TODAY });
  provinceId = (await db.unit.findFirstOrThrow({ where: { code: "95" } })).id;
  communeIds = (
    await db.unit.findMany({
      where: { level: 3, ancestors: { some: { ancestorId: provinceId } } },
      select: { id: true },
    })
  ).map((u) => u.id);
});

const reportsOf = (month: Month) => db.unitMonthReport.findMany({ where: { period: monthToDate(month) } });

describe("the demo's month being collected", () => {
  it("has on-time and late submissions, returned reports with a comment and communes that have not reported", async () => {
    const reports = await reportsOf(COLLECTING);
    const deadline = reportDeadline(COLLECTING, 5);
    const byStatus = (status: string) => reports.filter((r) => r.status === status);
    const missing = communeIds.length - reports.length;
    const late = byStatus("SUBMITTED").filter((r) => r.submittedAt! >= deadline);

    expect(new Set(reports.map((r) => r.status))).toEqual(new Set(["SUBMITTED", "RETURNED"]));
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThan(communeIds.length * 0.15);
    expect(byStatus("RETURNED").length).toBeGreaterThan(0);
    expect(byStatus("RETURNED").every((r) => r.reviewComment && r.reviewedAt! > r.submittedAt!)).toBe(true);
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThan(byStatus("SUBMITTED").length / 2);
    // Submitted after the month ended and before "today".
    for (const r of reports) {
      expect(r.submittedAt!.getTime()).toBeGreaterThanOrEqual(monthToDate("2025-07").getTime() - 7 * 3_600_000);
      expect(r.submittedAt!.getTime()).toBeLessThanOrEqual(TODAY.getTime());
    }
    expect(reports.some((r) => Array.isArray(r.confirmedWarnings) && r.confirmedWarnings.length > 0)).toBe(true);
  });

  it("leaves no figures for a commune that has not reported", async () => {
    const reported = new Set((await reportsOf(COLLECTING)).map((r) => r.unitId));
    const silent = communeIds.filter((id) => !reported.has(id));
    expect(
      await db.enrollmentFigure.count({ where: { unitId: { in: silent }, period: monthToDate(COLLECTING) } }),
    ).toBe(0);
  });

  it("approves the month before and locks older months, reviewed after submission", async () => {
    for (const [month, status] of [
      ["2025-05", "APPROVED"],
      ["2025-04", "LOCKED"],
      ["2025-03", "LOCKED"],
    ] as const) {
      const reports = await reportsOf(month);
      expect(reports.length).toBe(communeIds.length);
      expect(reports.every((r) => r.status === status && r.reviewedAt! > r.submittedAt!)).toBe(true);
    }
  });
});

describe("completeness as the app reads it", () => {
  it("lists every commune of the province once, reported or not, with its state", async () => {
    const list = await getMonthReports(provinceId, COLLECTING);
    expect(list.map((row) => row.unitId).sort()).toEqual([...communeIds].sort());
    const independent = await reportsOf(COLLECTING);
    const byUnit = new Map(independent.map((r) => [r.unitId, r]));
    for (const row of list) {
      const report = byUnit.get(row.unitId);
      expect(row.status).toBe(report?.status ?? null);
      expect(row.version).toBe(report?.version ?? null);
      expect(row.population).toBe(report?.population ?? null);
      expect(row.ancestorIds[1]).toBe(provinceId);
      expect(row.ancestorIds[3]).toBe(row.unitId);
    }
  });

  it("counts on time, late, returned and overdue from the same rows as the list", async () => {
    const deadline = reportDeadline(COLLECTING, 5);
    const states = await getReportStates(provinceId, COLLECTING);
    const counts = countSubmissions(
      states.map((s) => ({ status: s.status, submission: submissionOf(s, deadline, TODAY) })),
    );
    const reports = await reportsOf(COLLECTING);
    expect(counts.total).toBe(communeIds.length);
    expect(counts.overdue).toBe(communeIds.length - reports.length);
    expect(counts.returned).toBe(reports.filter((r) => r.status === "RETURNED").length);
    expect(counts.late).toBe(reports.filter((r) => r.status === "SUBMITTED" && r.submittedAt! >= deadline).length);
    expect(counts.onTime + counts.late).toBe(reports.filter((r) => r.status === "SUBMITTED").length);
    expect(counts.notDue + counts.undated).toBe(0);
  });

  it("keeps the dashboard's roll-up working with communes missing", async () => {
    const summary = await getCoverageSummary(provinceId, COLLECTING);
    expect(summary.baseUnits).toBe(communeIds.length);
    // Returned reports are being corrected: they do not count (lib/coverage/counting-rule.ts).
    expect(summary.reportingUnits).toBe((await reportsOf(COLLECTING)).filter((r) => r.status !== "RETURNED").length);
    expect(summary.reportingUnits).toBeLessThan(summary.baseUnits);
    expect(summary.insured).toBeGreaterThan(0);
  });
});
