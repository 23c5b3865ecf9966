// The naive approach the benchmark compares with: Prisma findMany of the raw rows, sums in JavaScript.
// What a first version of the dashboard would do; the benchmark shows what the SQL and the store buy.
// In the month's own structure only: carrying old units' figures through successions by hand is not
// something a naive version would attempt.
import type { PrismaClient } from "@prisma/client";

import { COUNTED_STATUSES } from "../../lib/coverage/counting-rule";
import { addMonths, monthToDate, type Month } from "../../lib/period";

const counted = { in: [...COUNTED_STATUSES.submitted] };

function validOn(day: Date) {
  return { validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }] };
}

/** The base units below `unitId` in `month`, each with the child of `unitId` it lies under. */
async function baseUnits(db: PrismaClient, unitId: number, day: Date) {
  const children = await db.unit.findMany({ where: { parentId: unitId, ...validOn(day) }, select: { id: true } });
  const below = await db.unitClosure.findMany({
    where: {
      ancestorId: { in: children.length > 0 ? children.map((c) => c.id) : [unitId] },
      descendant: { ...validOn(day), children: { none: validOn(day) } },
    },
    select: { ancestorId: true, descendantId: true },
  });
  return new Map(below.map((row) => [row.descendantId, row.ancestorId]));
}

async function monthFigures(db: PrismaClient, unitIds: number[], day: Date) {
  const reports = await db.unitMonthReport.findMany({
    where: { period: day, unitId: { in: unitIds }, status: counted },
    select: { unitId: true, population: true },
  });
  const figures = await db.enrollmentFigure.findMany({
    where: { period: day, unitId: { in: reports.map((r) => r.unitId) } },
    select: { unitId: true, groupId: true, insured: true, eligible: true },
  });
  return { reports, figures };
}

/** A unit's totals and group figures in a month. */
export async function naiveSummary(db: PrismaClient, unitId: number, month: Month) {
  const day = monthToDate(month);
  const base = await baseUnits(db, unitId, day);
  const { reports, figures } = await monthFigures(db, [...base.keys()], day);
  const groups = new Map<number, { insured: number; eligible: number }>();
  for (const f of figures) {
    const g = groups.get(f.groupId) ?? { insured: 0, eligible: 0 };
    g.insured += f.insured;
    g.eligible += f.eligible;
    groups.set(f.groupId, g);
  }
  return {
    baseUnits: base.size,
    reportingUnits: reports.length,
    population: reports.reduce((sum, r) => sum + r.population, 0),
    insured: figures.reduce((sum, f) => sum + f.insured, 0),
    groups,
  };
}

/** Each child's insured, population and reports in a month. */
export async function naiveRanking(db: PrismaClient, unitId: number, month: Month) {
  const day = monthToDate(month);
  const base = await baseUnits(db, unitId, day);
  const { reports, figures } = await monthFigures(db, [...base.keys()], day);
  const children = new Map<number, { insured: number; population: number; reports: number }>();
  const of = (id: number) => {
    const child = base.get(id)!;
    const row = children.get(child) ?? { insured: 0, population: 0, reports: 0 };
    children.set(child, row);
    return row;
  };
  for (const r of reports) {
    of(r.unitId).population += r.population;
    of(r.unitId).reports += 1;
  }
  for (const f of figures) of(f.unitId).insured += f.insured;
  return children;
}

/** A unit's insured and population in every month from `from` to `to`, one month at a time. */
export async function naiveTrend(db: PrismaClient, unitId: number, from: Month, to: Month) {
  const points: { month: Month; insured: number; population: number }[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) {
    const summary = await naiveSummary(db, unitId, month);
    points.push({ month, insured: summary.insured, population: summary.population });
  }
  return points;
}
