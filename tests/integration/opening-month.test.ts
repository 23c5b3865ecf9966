// The month a dashboard opens on (lib/dashboard/opening-month.ts), on the demo data of new Cà Mau
// (96) seeded as on 3 December 2026, while November is being collected and is due by the end of
// 5 December: before the deadline a province with reports missing opens on October, a commune that
// has reported opens on November; after the deadline every unit opens on November; once every
// commune has reported, November before the deadline too — on the basis viewed, and never judged
// for a unit outside the user's scope. The rows are counted independently, through the ORM.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getOpeningMonth } from "@/lib/dashboard/opening-month";
import type { StructureView } from "@/lib/dashboard/structure-view";
import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";
import type { ScopedUser } from "@/lib/permissions/scope";
import { seedDemo } from "@/prisma/seed/seed-demo";

const ORIGINAL = process.env.APP_TODAY;
const NOVEMBER: Month = "2026-11";
const OCTOBER: Month = "2026-10";
const BEFORE_DEADLINE = new Date("2026-12-03T15:00:00+07:00");
const DEADLINE_DAY_LAST_MINUTE = new Date("2026-12-05T23:59:00+07:00");
const AFTER_DEADLINE = new Date("2026-12-06T00:00:00+07:00");
const admin: ScopedUser = { role: "ADMIN", scopeUnitId: 0 };
let communes: { id: number; code: string }[];

const opening = (
  code: string,
  at: Date,
  options: { user?: ScopedUser; basis?: "submitted" | "approved"; view?: StructureView } = {},
) =>
  getOpeningMonth({
    code,
    user: options.user ?? admin,
    view: options.view ?? "month",
    basis: options.basis ?? "submitted",
    at,
  });

/** November's reports that count on the submitted basis, by commune id. */
async function submittedInNovember(): Promise<Set<number>> {
  const rows = await db.unitMonthReport.findMany({
    where: {
      period: monthToDate(NOVEMBER),
      unitId: { in: communes.map((c) => c.id) },
      status: { in: ["SUBMITTED", "APPROVED", "LOCKED"] },
    },
    select: { unitId: true },
  });
  return new Set(rows.map((r) => r.unitId));
}

beforeAll(async () => {
  process.env.APP_TODAY = "2026-12-03T10:00:00+07:00";
  await seedDemo(db, { provinceCodes: ["96"], from: "2026-08" });
  const province = await db.unit.findFirstOrThrow({ where: { code: "96", validTo: null } });
  admin.scopeUnitId = province.id;
  communes = await db.unit.findMany({
    where: { level: 2, validTo: null, ancestors: { some: { ancestorId: province.id } } },
    select: { id: true, code: true },
    orderBy: { code: "asc" },
  });
});

afterAll(() => {
  if (ORIGINAL === undefined) delete process.env.APP_TODAY;
  else process.env.APP_TODAY = ORIGINAL;
});

describe("while November is being collected, before its deadline", () => {
  it("has communes without a counted report, so that the rule is put to the test", async () => {
    const reported = await submittedInNovember();
    expect(reported.size).toBeGreaterThan(0);
    expect(reported.size).toBeLessThan(communes.length);
  });

  it("opens the province on October, up to the last minute of the deadline day", async () => {
    expect(await opening("96", BEFORE_DEADLINE)).toBe(OCTOBER);
    expect(await opening("96", DEADLINE_DAY_LAST_MINUTE)).toBe(OCTOBER);
    expect(await opening("96", BEFORE_DEADLINE, { view: "current" })).toBe(OCTOBER);
  });

  it("opens a commune that has reported on November, and one that has not on October", async () => {
    const reported = await submittedInNovember();
    const done = communes.find((c) => reported.has(c.id))!;
    const silent = communes.find((c) => !reported.has(c.id))!;
    expect(await opening(done.code, BEFORE_DEADLINE)).toBe(NOVEMBER);
    expect(await opening(silent.code, BEFORE_DEADLINE)).toBe(OCTOBER);
  });
});

describe("once the deadline has passed", () => {
  it("opens every unit on November, complete or not", async () => {
    const reported = await submittedInNovember();
    const silent = communes.find((c) => !reported.has(c.id))!;
    expect(await opening("96", AFTER_DEADLINE)).toBe(NOVEMBER);
    expect(await opening(silent.code, AFTER_DEADLINE)).toBe(NOVEMBER);
    expect(await opening("96", AFTER_DEADLINE, { basis: "approved" })).toBe(NOVEMBER);
  });
});

describe("when every commune has reported before the deadline", () => {
  beforeAll(async () => {
    // The missing ones submit (a returned report is corrected and submitted again).
    const period = monthToDate(NOVEMBER);
    const reported = await submittedInNovember();
    const groups = await db.participantGroup.findMany({ select: { id: true } });
    for (const commune of communes.filter((c) => !reported.has(c.id))) {
      const existing = await db.unitMonthReport.findUnique({
        where: { unitId_period: { unitId: commune.id, period } },
      });
      if (existing) {
        await db.unitMonthReport.update({
          where: { id: existing.id },
          data: { status: "SUBMITTED", submittedAt: BEFORE_DEADLINE, version: { increment: 1 } },
        });
        continue;
      }
      await db.unitMonthReport.create({
        data: { unitId: commune.id, period, population: 20_000, status: "SUBMITTED", submittedAt: BEFORE_DEADLINE },
      });
      await db.enrollmentFigure.createMany({
        data: groups.map((g) => ({
          unitId: commune.id,
          period,
          groupId: g.id,
          insured: 3_000,
          eligible: 3_100,
          newlyEnrolled: 5,
          renewed: 40,
        })),
      });
    }
    expect((await submittedInNovember()).size).toBe(communes.length);
  });

  it("opens the province on November already", async () => {
    expect(await opening("96", BEFORE_DEADLINE)).toBe(NOVEMBER);
  });

  it("still opens on October on the approved basis: none of November's reports is approved yet", async () => {
    expect(await opening("96", BEFORE_DEADLINE, { basis: "approved" })).toBe(OCTOBER);
  });

  it("does not judge the completeness of a unit outside the user's scope", async () => {
    const communeStaff: ScopedUser = { role: "COMMUNE_STAFF", scopeUnitId: communes[0]!.id };
    expect(await opening("96", BEFORE_DEADLINE, { user: communeStaff })).toBe(OCTOBER);
    expect(await opening(communes[0]!.code, BEFORE_DEADLINE, { user: communeStaff })).toBe(NOVEMBER);
  });
});
