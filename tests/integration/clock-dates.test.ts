// The product's reads on a pinned clock (APP_TODAY, lib/clock.ts), on a real database: the demo seed
// takes its "today" from the clock; around the deadline of November 2026's reports (the 5th of
// December, end of day in Hà Nội) the dashboard's and the review's completeness counts move communes
// from "not yet due" to "overdue", every commune always in exactly one category; the month a commune
// without a report is offered stays the collected one. New Cà Mau (96), seeded as on 3 December 2026.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { lastCompleteMonth } from "@/lib/clock";
import { db } from "@/lib/db";
import { monthToDate } from "@/lib/period";
import { getMonthToReport } from "@/lib/queries/get-month-to-report";
import { getReportedMonths } from "@/lib/queries/get-reported-months";
import { getCompleteness } from "@/lib/queries/get-review-list";
import { findReportingUnit } from "@/lib/queries/report-units";
import { seedDemo } from "@/prisma/seed/seed-demo";

const ORIGINAL = process.env.APP_TODAY;
let provinceId: number;
let silentCode: string;
let communes: number;
let reported: number;

beforeAll(async () => {
  process.env.APP_TODAY = "2026-12-03T10:00:00+07:00";
  // No `today` and no `to`: the seed reads the clock.
  await seedDemo(db, { provinceCodes: ["96"], from: "2026-09" });
  provinceId = (await db.unit.findFirstOrThrow({ where: { code: "96", validTo: null } })).id;
  const communeIds = await db.unit.findMany({
    where: { level: 2, validTo: null, ancestors: { some: { ancestorId: provinceId } } },
    select: { id: true, code: true },
  });
  communes = communeIds.length;
  const november = await db.unitMonthReport.findMany({
    where: { period: monthToDate("2026-11"), unitId: { in: communeIds.map((c) => c.id) } },
    select: { unitId: true, status: true },
  });
  reported = november.filter((r) => r.status !== "DRAFT").length;
  const withReport = new Set(november.map((r) => r.unitId));
  silentCode = communeIds.find((c) => !withReport.has(c.id))!.code;
});

afterAll(() => {
  if (ORIGINAL === undefined) delete process.env.APP_TODAY;
  else process.env.APP_TODAY = ORIGINAL;
});

describe("the seed on a pinned clock", () => {
  it("writes figures up to the last complete month of the pinned day, with November being collected", async () => {
    expect(await getReportedMonths()).toEqual({ first: "2026-09", last: "2026-11" });
    expect(lastCompleteMonth()).toBe("2026-11");
    expect(communes).toBeGreaterThan(50);
    expect(reported).toBeGreaterThan(0);
    expect(reported).toBeLessThan(communes);
    const submittedAfter = await db.unitMonthReport.count({
      where: { submittedAt: { gt: new Date("2026-12-03T10:00:00+07:00") } },
    });
    expect(submittedAfter).toBe(0);
  });
});

describe.each([
  { at: "2026-12-04T09:00:00+07:00", missing: "notDue" },
  { at: "2026-12-05T23:59:00+07:00", missing: "notDue" },
  { at: "2026-12-06T00:01:00+07:00", missing: "overdue" },
  { at: "2026-12-20T10:00:00+07:00", missing: "overdue" },
] as const)("November's completeness at $at", ({ at, missing }) => {
  beforeAll(() => {
    process.env.APP_TODAY = at;
  });

  it("counts the communes without a submitted report as " + missing + ", every commune once", async () => {
    const completeness = await getCompleteness(provinceId, "2026-11");
    const counts = completeness!.counts;
    expect(counts.total).toBe(communes);
    const other = missing === "notDue" ? "overdue" : "notDue";
    expect(counts[other]).toBe(0);
    expect(counts[missing]).toBeGreaterThan(0);
    expect(counts.onTime + counts.late + counts.undated + counts.returned + counts.overdue + counts.notDue).toBe(
      counts.total,
    );
    expect(counts.onTime + counts.late + counts.undated + counts.returned).toBe(reported);
  });

  it("offers November to a commune that has not reported it", async () => {
    const unit = await findReportingUnit(silentCode, "2026-11");
    expect(await getMonthToReport(unit!)).toBe("2026-11");
  });
});
