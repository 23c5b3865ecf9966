// The store of counted figures (prisma/migrations/20261203000000_counted_store) on the demo data of
// new Cà Mau (96: old Cà Mau and old Bạc Liêu), seeded from April 2025 as on 12 December 2026, so
// both structures and the carrying of old communes into new ones are in it. After every kind of
// write the store must equal the raw rows (lib/counted-store/check.ts), and the dashboard's answers
// read from it must equal the answers of the raw-row queries, on both counting bases and in both
// structures. Concurrent submits must all arrive; rebuilding must change nothing.
import type { Prisma } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runAuthedAction, type ActionUser } from "@/lib/actions/authed-action";
import { checkCountedStore } from "@/lib/counted-store/check";
import { rebuildCountedStore, todaysStructureDay } from "@/lib/counted-store/rebuild";
import { COUNTING_BASES } from "@/lib/coverage/counting-rule";
import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";
import { childCoverageFromRawRows, getChildCoverage } from "@/lib/queries/get-child-coverage";
import { getCoverageSummary, summaryFromRawRows } from "@/lib/queries/get-coverage-summary";
import { coverageTrendFromRawRows, getCoverageTrend } from "@/lib/queries/get-coverage-trend";
import { approveMonthSpec } from "@/lib/reports/review-month";
import { approveReportSpec, returnReportSpec, unlockReportSpec } from "@/lib/reports/review-report";
import { saveReportSpec, submitReportSpec } from "@/lib/reports/save-report";
import { seedDemo } from "@/prisma/seed/seed-demo";

import { createTestUser } from "../fixtures/users";
import { actionEnvironment } from "../helpers/action-environment";
import { formFromPreviousMonth } from "../helpers/report-forms";

const ORIGINAL = process.env.APP_TODAY;
const TODAY_STRUCTURE: Month = "2026-12";
const MONTHS: Month[] = ["2025-06", "2025-07", "2026-10", "2026-11"];
let country: number;
let newCaMau: number;
let oldBacLieu: number;
let reviewer: ActionUser;
let admin: ActionUser;

async function expectExact(): Promise<void> {
  expect(await checkCountedStore(db)).toEqual([]);
}

/** The dashboard's answers from the store equal those of the raw-row queries. */
async function expectAnswersAsRaw(units: number[], months: Month[] = MONTHS): Promise<void> {
  for (const basis of COUNTING_BASES) {
    for (const unitId of units) {
      for (const month of months) {
        for (const structure of [null, TODAY_STRUCTURE]) {
          const exists = await db.unit.count({
            where: {
              id: unitId,
              validFrom: { lte: monthToDate(structure ?? month) },
              OR: [{ validTo: null }, { validTo: { gt: monthToDate(structure ?? month) } }],
            },
          });
          if (!exists) continue;
          const where = `${unitId} ${month} ${structure ?? "own"} ${basis}`;
          expect(await getCoverageSummary(unitId, month, structure, basis), where).toEqual(
            await summaryFromRawRows(unitId, month, structure, basis),
          );
          expect(await getChildCoverage(unitId, month, structure, basis), where).toEqual(
            await childCoverageFromRawRows(unitId, month, structure, basis),
          );
        }
      }
      for (const structure of [null, TODAY_STRUCTURE]) {
        expect(await getCoverageTrend(unitId, "2025-04", "2026-11", structure, basis)).toEqual(
          await coverageTrendFromRawRows(unitId, "2025-04", "2026-11", structure, basis),
        );
      }
    }
  }
}

/** Communes of new Cà Mau with no November report yet. */
async function silentCommunes() {
  const reported = (await db.unitMonthReport.findMany({ where: { period: monthToDate("2026-11") } })).map(
    (r) => r.unitId,
  );
  return db.unit.findMany({
    where: { validTo: null, level: 2, ancestors: { some: { ancestorId: newCaMau } }, id: { notIn: reported } },
    orderBy: { code: "asc" },
  });
}

async function storeRows() {
  const [groups, units, bases] = await Promise.all([
    db.$queryRaw<
      unknown[]
    >`SELECT * FROM counted_group_month WHERE (insured, eligible, newly_enrolled, renewed) <> (0, 0, 0, 0) ORDER BY 1, 2, 3, 4, 5`,
    db.$queryRaw<
      unknown[]
    >`SELECT * FROM counted_unit_month WHERE (reports, population, voluntary_social_insured, voluntary_social_assigned) <> (0, 0, 0, 0) ORDER BY 1, 2, 3, 4`,
    db.$queryRaw<unknown[]>`SELECT * FROM counted_base_count ORDER BY 1, 2, 3`,
  ]);
  return { groups, units, bases };
}

beforeAll(async () => {
  process.env.APP_TODAY = "2026-12-12T10:00:00+07:00";
  await seedDemo(db, { provinceCodes: ["95", "96"], from: "2025-04" });
  country = (await db.unit.findFirstOrThrow({ where: { level: 0 } })).id;
  newCaMau = (await db.unit.findFirstOrThrow({ where: { code: "96", validTo: null } })).id;
  oldBacLieu = (await db.unit.findFirstOrThrow({ where: { code: "95", level: 1 } })).id;
  reviewer = await createTestUser(db, { username: "store.p96", role: "PROVINCIAL_OFFICIAL", scopeUnitId: newCaMau });
  admin = await createTestUser(db, { username: "store.admin", role: "ADMIN", scopeUnitId: country });
}, 300_000);

afterAll(() => {
  if (ORIGINAL === undefined) delete process.env.APP_TODAY;
  else process.env.APP_TODAY = ORIGINAL;
});

describe("after the seed", () => {
  it("is fresh, equals the raw rows, and gives the raw queries' answers in both structures", async () => {
    expect((await db.countedStoreState.findUniqueOrThrow({ where: { id: 1 } })).fresh).toBe(true);
    expect(await db.countedGroupMonth.count({ where: { view: 1 } })).toBeGreaterThan(0);
    await expectExact();
    await expectAnswersAsRaw([country, newCaMau, oldBacLieu]);
  });
});

describe("every kind of write keeps it exact", () => {
  it("saves and submits a report through the entry actions", async () => {
    const [commune] = await silentCommunes();
    if (!commune) throw new Error("Every commune of new Cà Mau has a November report");
    const staff = await createTestUser(db, {
      username: "store.commune",
      role: "COMMUNE_STAFF",
      scopeUnitId: commune.id,
    });
    const before = await getCoverageSummary(newCaMau, "2026-11");
    const saved = await runAuthedAction(
      saveReportSpec,
      (await formFromPreviousMonth(db, commune.id, "2026-11", 0, 2)).form,
      actionEnvironment(staff),
    );
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
    await expectExact();
    expect((await getCoverageSummary(newCaMau, "2026-11")).insured).toBe(before.insured);
    const submitted = await formFromPreviousMonth(db, commune.id, "2026-11", 1, 4);
    expect((await runAuthedAction(submitReportSpec, submitted.form, actionEnvironment(staff))).ok).toBe(true);
    await expectExact();
    const after = await getCoverageSummary(newCaMau, "2026-11");
    expect(after.insured).toBe(before.insured + submitted.insured);
    expect(after.reportingUnits).toBe(before.reportingUnits + 1);
  });

  it("returns, approves, locks and unlocks through the review actions", async () => {
    const submitted = await db.unitMonthReport.findMany({
      where: {
        period: monthToDate("2026-11"),
        status: "SUBMITTED",
        unit: { ancestors: { some: { ancestorId: newCaMau } } },
      },
      orderBy: { unitId: "asc" },
      take: 2,
    });
    const [first, second] = submitted;
    const env = actionEnvironment(reviewer);
    expect(
      (
        await runAuthedAction(
          returnReportSpec,
          { reportId: first!.id, version: first!.version, comment: "Kiểm tra lại" },
          env,
        )
      ).ok,
    ).toBe(true);
    expect((await runAuthedAction(approveReportSpec, { reportId: second!.id, version: second!.version }, env)).ok).toBe(
      true,
    );
    await expectExact();

    const october = await db.unitMonthReport.findMany({
      where: { period: monthToDate("2026-10"), unit: { ancestors: { some: { ancestorId: newCaMau } } } },
      select: { id: true, version: true, status: true },
    });
    const approvable = october.filter((r) => r.status === "SUBMITTED").map(({ id, version }) => ({ id, version }));
    if (approvable.length > 0) {
      expect(
        (await runAuthedAction(approveMonthSpec, { unitId: newCaMau, month: "2026-10", reports: approvable }, env)).ok,
      ).toBe(true);
    }
    const locked = await db.unitMonthReport.findFirst({
      where: { id: { in: october.map((r) => r.id) }, status: "LOCKED" },
    });
    if (locked) {
      expect(
        (
          await runAuthedAction(
            unlockReportSpec,
            { reportId: locked.id, version: locked.version, comment: "Sửa số liệu" },
            actionEnvironment(admin),
          )
        ).ok,
      ).toBe(true);
    }
    await expectExact();
    await expectAnswersAsRaw([newCaMau], ["2026-10", "2026-11"]);
  });

  it("changes an old commune's June 2025 report, whose figures are carried into today's communes", async () => {
    const june = monthToDate("2025-06");
    // A commune of old Bạc Liêu whose territory went to more than one new commune, if there is one.
    const [split] = await db.$queryRaw<{ id: number }[]>`
      SELECT s.predecessor_id AS id FROM unit_succession s
      JOIN unit_closure c ON c.descendant_id = s.predecessor_id AND c.ancestor_id = ${oldBacLieu} AND c.depth > 0
      WHERE EXISTS (SELECT 1 FROM unit_month_report r WHERE r.unit_id = s.predecessor_id AND r.period = ${june}::date)
      GROUP BY s.predecessor_id ORDER BY COUNT(*) DESC, s.predecessor_id LIMIT 1`;
    const report = await db.unitMonthReport.findUniqueOrThrow({
      where: { unitId_period: { unitId: split!.id, period: june } },
    });
    await db.$transaction(async (tx: Prisma.TransactionClient) => {
      await tx.enrollmentFigure.updateMany({
        where: { unitId: split!.id, period: june },
        data: { insured: { increment: 7 }, renewed: { increment: 3 } },
      });
      await tx.unitMonthReport.update({
        where: { id: report.id },
        data: { population: { increment: 11 }, status: "RETURNED" },
      });
    });
    await expectExact();
    await db.unitMonthReport.update({ where: { id: report.id }, data: { status: "APPROVED" } });
    await expectExact();
    await expectAnswersAsRaw([country, newCaMau, oldBacLieu], ["2025-06"]);
    await db.enrollmentFigure.deleteMany({ where: { unitId: split!.id, period: june } });
    await db.unitMonthReport.delete({ where: { id: report.id } });
    await expectExact();
    await expectAnswersAsRaw([newCaMau], ["2025-06"]);
  });

  it("loses no update when many communes of one province submit at once", async () => {
    // Up to forty communes whose November report is taken away first, so that each submits a new one:
    // more than the PostgreSQL pool's connections, so submits must queue for one (lib/actions/authed-action.ts).
    const communes = await db.unit.findMany({
      where: {
        validTo: null,
        level: 2,
        ancestors: { some: { ancestorId: newCaMau } },
        reports: { some: { period: monthToDate("2026-11"), status: "SUBMITTED" } },
      },
      orderBy: { code: "desc" },
      take: 40,
    });
    expect(communes.length).toBeGreaterThanOrEqual(20);
    const taken = { unitId: { in: communes.map((c) => c.id) }, period: monthToDate("2026-11") };
    await db.$transaction([
      db.enrollmentFigure.deleteMany({ where: taken }),
      db.unitMonthReport.deleteMany({ where: taken }),
    ]);
    await expectExact();
    const forms = await Promise.all(
      communes.map((commune, i) => formFromPreviousMonth(db, commune.id, "2026-11", 0, i)),
    );
    const staff = await Promise.all(
      communes.map((commune) =>
        createTestUser(db, { username: `store.${commune.code}`, role: "COMMUNE_STAFF", scopeUnitId: commune.id }),
      ),
    );
    const before = await getCoverageSummary(newCaMau, "2026-11");
    const results = await Promise.all(
      forms.map(({ form }, i) => runAuthedAction(submitReportSpec, form, actionEnvironment(staff[i]!))),
    );
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const after = await getCoverageSummary(newCaMau, "2026-11");
    expect(after.reportingUnits).toBe(before.reportingUnits + communes.length);
    expect(after.insured - before.insured).toBe(forms.reduce((sum, { insured }) => sum + insured, 0));
    await expectExact();
  });
});

describe("rebuilding", () => {
  it("changes nothing", async () => {
    const before = await storeRows();
    await db.$transaction((tx) => rebuildCountedStore(tx, todaysStructureDay()), { timeout: 300_000 });
    expect(await storeRows()).toEqual(before);
  });

  it("happens before the next read when the units changed behind the store's back", async () => {
    const commune = await db.unit.findFirstOrThrow({
      where: { validTo: null, level: 2, ancestors: { some: { ancestorId: newCaMau } } },
    });
    await db.unit.update({ where: { id: commune.id }, data: { name: `${commune.name} (sửa)` } });
    expect((await db.countedStoreState.findUniqueOrThrow({ where: { id: 1 } })).fresh).toBe(false);
    await getCoverageSummary(newCaMau, "2026-11");
    expect((await db.countedStoreState.findUniqueOrThrow({ where: { id: 1 } })).fresh).toBe(true);
    await expectExact();
  });
});
