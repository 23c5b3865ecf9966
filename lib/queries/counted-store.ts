// Reading the store of counted figures (prisma/migrations/20261203000000_counted_store; README, "Store
// of counted figures"): which view of it answers a question, and the figures of some units in some
// months on a counting basis. In a month's own structure a unit's figures are the store's row for it
// (sums of the reports below it) plus its own report when it is a base unit, so one expression serves
// every level; in today's structure, before it began, every unit has its row in the store.
// A stale store (units changed by a path that did not rebuild it) or one built for another stretch
// of today's structure is rebuilt before it is read (lib/counted-store/ensure.ts).
import "server-only";

import { Prisma } from "@prisma/client";
import { cache } from "react";

import { ensureCountedStore } from "@/lib/counted-store/ensure";
import { storeCovers, type StoreState } from "@/lib/counted-store/state";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { currentStructureMonth } from "@/lib/dashboard/structure-view";
import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";

import { countedStatus, countedVoluntary } from "./sql";

/** How to read the store: `since` null reads every month in its own structure (view 0); a date reads
 * the months before it in today's structure (view 1) and the others in their own, which is today's. */
export type StoreReading = { since: Date | null };

/** The store's state, fresh and covering the structure of `structureMonth` (default today's). */
const freshStore = cache(async (structureMonth: Month | null): Promise<StoreState> => {
  const structureDay = monthToDate(structureMonth ?? currentStructureMonth());
  const state = await db.countedStoreState.findUnique({ where: { id: 1 } });
  if (structureMonth === null ? state?.fresh : storeCovers(state, structureDay)) return state!;
  return ensureCountedStore(structureDay);
});

/** How the store answers for `month`, in today's structure if `structureMonth` is given and differs. */
export async function storeReading(month: Month, structureMonth: Month | null): Promise<StoreReading> {
  if (structureMonth === null || structureMonth === month) {
    await freshStore(null);
    return { since: null };
  }
  const { sinceDay } = await freshStore(structureMonth);
  return { since: sinceDay && monthToDate(month) < sinceDay ? sinceDay : null };
}

/** A series over months in the structure of `structureMonth` (null: each month's own). */
export async function storeReadingForSeries(structureMonth: Month | null): Promise<StoreReading> {
  if (structureMonth === null) {
    await freshStore(null);
    return { since: null };
  }
  return { since: (await freshStore(structureMonth)).sinceDay };
}

/**
 * A series ending in `to`, for units of that month: when `to` lies in today's structure, the months
 * before that structure began are read carried into it (view 1), so that a unit formed in the
 * reorganisation has the history of what it was formed from; otherwise each month's own structure.
 */
export async function storeReadingCarriedInto(to: Month): Promise<StoreReading> {
  const today = await storeReadingForSeries(currentStructureMonth());
  if (today.since !== null && monthToDate(to) >= today.since) return today;
  return storeReadingForSeries(null);
}

/**
 * The stretches of months from `from` to `to` and the view each is read in: view 1 before `since`,
 * view 0 from it. Each stretch becomes its own SELECT, so every one is an index range of the store.
 */
function stretches(reading: StoreReading, from: Date, to: Date): { view: number; months: Prisma.Sql }[] {
  const { since } = reading;
  const all = Prisma.sql`s.period BETWEEN ${from}::date AND ${to}::date`;
  if (since === null || from >= since) return [{ view: 0, months: all }];
  if (to < since) return [{ view: 1, months: all }];
  return [
    { view: 1, months: Prisma.sql`${all} AND s.period < ${since}::date` },
    { view: 0, months: Prisma.sql`${all} AND s.period >= ${since}::date` },
  ];
}

/** A base unit's own report counts in the months read in their own structure (in view 1 the store has it). */
function ownReportFrom(reading: StoreReading, from: Date): Date {
  return reading.since !== null && reading.since > from ? reading.since : from;
}

/**
 * Table expression (unit_id, period, group_id, insured, eligible, newly_enrolled, renewed): the
 * counted group figures of the units `unitIds` (SQL yielding ids) from `from` to `to`, one row per
 * stored status or own report, to be summed.
 */
export function storedGroupFigures(
  unitIds: Prisma.Sql,
  from: Date,
  to: Date,
  basis: CountingBasis,
  reading: StoreReading,
): Prisma.Sql {
  const stored = stretches(reading, from, to).map(
    (part) => Prisma.sql`
    SELECT s.unit_id, s.period, s.group_id, s.insured, s.eligible, s.newly_enrolled, s.renewed
    FROM counted_group_month s
    WHERE s.view = ${part.view} AND s.unit_id IN (${unitIds}) AND ${part.months}
      AND ${countedStatus("s.status", basis)}`,
  );
  return Prisma.sql`(
    ${Prisma.join(stored, " UNION ALL ")}
    UNION ALL
    SELECT f.unit_id, f.period, f.group_id, f.insured, f.eligible, f.newly_enrolled, f.renewed
    FROM enrollment_figure f JOIN unit_month_report r ON r.unit_id = f.unit_id AND r.period = f.period
    WHERE f.unit_id IN (${unitIds}) AND f.period BETWEEN ${ownReportFrom(reading, from)}::date AND ${to}::date
      AND ${countedStatus("r.status", basis)}
  )`;
}

/**
 * Table expression (unit_id, period, reports, population, voluntary_social_insured,
 * voluntary_social_assigned): the counted reports of the units, as storedGroupFigures.
 */
export function storedUnitFigures(
  unitIds: Prisma.Sql,
  from: Date,
  to: Date,
  basis: CountingBasis,
  reading: StoreReading,
): Prisma.Sql {
  const stored = stretches(reading, from, to).map(
    (part) => Prisma.sql`
    SELECT s.unit_id, s.period, s.reports, s.population, s.voluntary_social_insured, s.voluntary_social_assigned
    FROM counted_unit_month s
    WHERE s.view = ${part.view} AND s.unit_id IN (${unitIds}) AND ${part.months}
      AND ${countedStatus("s.status", basis)}`,
  );
  return Prisma.sql`(
    ${Prisma.join(stored, " UNION ALL ")}
    UNION ALL
    SELECT r.unit_id, r.period, 1, r.population, ${countedVoluntary("r").insured}, ${countedVoluntary("r").assigned}
    FROM unit_month_report r
    WHERE r.unit_id IN (${unitIds}) AND r.period BETWEEN ${ownReportFrom(reading, from)}::date AND ${to}::date
      AND ${countedStatus("r.status", basis)}
  )`;
}

/** Table expression (unit_id, base_units): the base units below each unit in `day`'s month. */
export function storedBaseUnits(unitIds: Prisma.Sql, day: Date, reading: StoreReading): Prisma.Sql {
  const view = reading.since !== null && day < reading.since ? 1 : 0;
  return Prisma.sql`(
    SELECT b.unit_id, b.base_units FROM counted_base_count b
    WHERE b.view = ${view} AND b.unit_id IN (${unitIds})
      AND b.valid_from <= ${day}::date AND (b.valid_to IS NULL OR b.valid_to > ${day}::date)
  )`;
}

/**
 * Table expression (unit_id, day, base_units): the base units below each unit on each day, for pairs
 * of a unit and a day (`unitDays`, SQL yielding unit_id and day), in each month's own structure
 * (view 0): as storedBaseUnits when every pair has its own day.
 */
export function storedBaseUnitsOnDays(unitDays: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    SELECT d.unit_id, d.day, b.base_units
    FROM (${unitDays}) d
    JOIN counted_base_count b ON b.view = 0 AND b.unit_id = d.unit_id
      AND b.valid_from <= d.day AND (b.valid_to IS NULL OR b.valid_to > d.day)
  )`;
}
