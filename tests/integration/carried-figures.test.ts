// Today's structure on the demo data (old Bạc Liêu 95 and Cà Mau 96 → new Cà Mau 96, May–August
// 2025, with 41 communes of old Cà Mau split between new ones): a month before July 2025 shows the old communes' figures carried into the new communes,
// split by the default rule where a commune was divided. The expectation is computed here from the
// rows, read through the ORM, with lib/units/succession-shares.ts — not with the SQL under test.
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";
import { getChildCoverage } from "@/lib/queries/get-child-coverage";
import { getCoverageSummary } from "@/lib/queries/get-coverage-summary";
import { getCarriedCoverageTrends, getCoverageTrend } from "@/lib/queries/get-coverage-trend";
import { allocateCount, effectiveShares } from "@/lib/units/succession-shares";
import { seedDemo } from "@/prisma/seed/seed-demo";

const TODAY: Month = "2025-08";
const JUNE: Month = "2025-06";
let newCaMau: { id: number };
let country: { id: number };

beforeAll(async () => {
  await seedDemo(db, {
    provinceCodes: ["95", "96"],
    from: "2025-05",
    to: "2025-08",
    today: new Date("2025-09-15T00:00:00Z"),
  });
  newCaMau = await db.unit.findFirstOrThrow({ where: { code: "96", validFrom: monthToDate("2025-07") } });
  country = await db.unit.findFirstOrThrow({ where: { code: "VN" } });
});

/** Insured and population carried into each new commune in `month`, computed from the rows. */
async function expectedCarried(month: Month) {
  const period = monthToDate(month);
  const links = await db.unitSuccession.findMany({
    where: { predecessor: { level: 3 } },
    select: {
      predecessorId: true,
      successorId: true,
      kind: true,
      shareBp: true,
      successor: { select: { code: true } },
    },
  });
  const [figures, reports] = await Promise.all([
    db.enrollmentFigure.groupBy({ by: ["unitId", "groupId"], where: { period }, _sum: { insured: true } }),
    db.unitMonthReport.findMany({ where: { period }, select: { unitId: true, population: true } }),
  ]);
  const carried = new Map<number, { insured: number; population: number }>();
  const add = (predecessorId: number, value: number, key: "insured" | "population") => {
    const own = links.filter((link) => link.predecessorId === predecessorId);
    const shares = effectiveShares(own.map((link) => ({ ...link, successorCode: link.successor.code })));
    allocateCount(value, shares).forEach((part, i) => {
      const target = carried.get(shares[i]!.successorId) ?? { insured: 0, population: 0 };
      target[key] += part;
      carried.set(shares[i]!.successorId, target);
    });
  };
  for (const figure of figures) add(figure.unitId, figure._sum.insured ?? 0, "insured");
  for (const report of reports) add(report.unitId, report.population, "population");
  return carried;
}

describe("figures carried into today's structure", () => {
  it("gives the new province, for June 2025, exactly what its old communes had", async () => {
    const carried = await getCoverageSummary(newCaMau.id, JUNE, TODAY);
    const inMonth = await getCoverageSummary(country.id, JUNE);
    // Every old commune of 95 and 96 went into the new Cà Mau: nothing is lost or added.
    expect(carried.insured).toBe(inMonth.insured);
    expect(carried.population).toBe(inMonth.population);
    expect(carried.reportingUnits).toBe(inMonth.reportingUnits);
    expect(carried.baseUnits).toBe(inMonth.baseUnits);
    expect(carried.groups.map((g) => g.eligible)).toEqual(inMonth.groups.map((g) => g.eligible));
  });

  it("gives each new commune its predecessors' figures, split evenly where a commune was divided", async () => {
    const expected = await expectedCarried(JUNE);
    const children = await getChildCoverage(newCaMau.id, JUNE, TODAY);
    expect(children.length).toBeGreaterThan(50);
    for (const child of children) {
      expect({ code: child.code, insured: child.insured, population: child.population }).toEqual({
        code: child.code,
        insured: expected.get(child.id)?.insured ?? 0,
        population: expected.get(child.id)?.population ?? 0,
      });
    }
    expect(await db.unitSuccession.count({ where: { kind: "PARTIAL", shareBp: null } })).toBe(41);
  });

  it("gives a new commune's own summary and trend the same figures as its row under the province", async () => {
    // A commune's summary sums its figures without dividing the old communes that went wholly into
    // it; the old communes split with neighbours are divided as in the province's list of communes.
    const children = await getChildCoverage(newCaMau.id, JUNE, TODAY);
    const splitInto = new Set(
      (await db.unitSuccession.findMany({ where: { kind: "PARTIAL" }, select: { successorId: true } })).map(
        (link) => link.successorId,
      ),
    );
    const checked = children.filter((child) => splitInto.has(child.id));
    expect(checked.length).toBeGreaterThan(10);
    for (const child of checked) {
      const summary = await getCoverageSummary(child.id, JUNE, TODAY);
      const [point] = await getCoverageTrend(child.id, JUNE, JUNE, TODAY);
      const row = {
        code: child.code,
        insured: child.insured,
        population: child.population,
        reportingUnits: child.reportingUnits,
      };
      expect({
        code: child.code,
        insured: summary.insured,
        population: summary.population,
        reportingUnits: summary.reportingUnits,
      }).toEqual(row);
      expect({
        code: child.code,
        insured: point!.insured,
        population: point!.population,
        reportingUnits: point!.reportingUnits,
      }).toEqual(row);
    }
  });

  it("shows a month after the change as it is", async () => {
    const carried = await getCoverageSummary(newCaMau.id, "2025-08", TODAY);
    const inMonth = await getCoverageSummary(newCaMau.id, "2025-08");
    expect(carried).toEqual(inMonth);
  });

  it("gives a continuous trend, equal to the month's own structure from July", async () => {
    const carried = await getCoverageTrend(newCaMau.id, "2025-05", "2025-08", TODAY);
    const inMonth = await getCoverageTrend(newCaMau.id, "2025-05", "2025-08");
    expect(carried.map((p) => p.month)).toEqual(["2025-05", "2025-06", "2025-07", "2025-08"]);
    expect(carried.every((p) => p.insured > 0 && p.population > 0)).toBe(true);
    expect(inMonth.slice(0, 2).every((p) => p.insured === 0)).toBe(true);
    expect(carried.slice(2)).toEqual(inMonth.slice(2));
  });

  it("gives a plan's projection the history a new unit was formed from: carried before July, its own after", async () => {
    const [series] = [...(await getCarriedCoverageTrends([newCaMau.id], "2025-05", "2025-08")).values()];
    const june = await getCoverageSummary(newCaMau.id, JUNE, TODAY);
    const august = await getCoverageSummary(newCaMau.id, "2025-08");
    expect(series!.find((point) => point.month === JUNE)).toMatchObject({
      insured: june.insured,
      population: june.population,
    });
    expect(series!.find((point) => point.month === "2025-08")).toMatchObject({
      insured: august.insured,
      population: august.population,
    });
    // Read in each month's own structure, the new province has nothing before July.
    expect((await getCoverageTrend(newCaMau.id, JUNE, JUNE))[0]!.insured).toBe(0);
    // A series ending before today's structure began is each month's own, as the month shows it.
    const [before] = [...(await getCarriedCoverageTrends([country.id], "2025-05", JUNE)).values()];
    expect(before!.at(-1)!.insured).toBe((await getCoverageSummary(country.id, JUNE)).insured);
  });
});
