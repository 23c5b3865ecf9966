// Reading the store of counted figures (prisma/migrations/20261203000000_counted_store; README, "Store
// of counted figures"): which view of it answers a question, and the figures of some units in some
// months on a counting basis. A unit's figures are the store's row for it (sums of the reports below
// it) plus its own report when it is a base unit, so one expression serves every level.
// A stale store (units changed by a path that did not rebuild it) or one built for another stretch
// of today's structure is rebuilt before it is read (lib/counted-store/ensure.ts). The raw-row
// queries answer only for a base unit of today's structure in a month before it existed: its carried
// figures come from the few old units it came from.
import "server-only";
import { Prisma } from "@prisma/client";
import { cache } from "react";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { ensureCountedStore } from "@/lib/counted-store/ensure";
import { type StoreState, storeCovers } from "@/lib/counted-store/state";
import { currentStructureMonth } from "@/lib/dashboard/structure-view";
import { db } from "@/lib/db";
import { type Month, monthToDate } from "@/lib/period";
import { countedStatus, validOn } from "./sql";

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

/**
 * How the store answers for `unitId` in `month` (today's structure if `structureMonth` is given and
 * differs), or null when the raw rows must: for a base unit of today's structure in a month before it
 * existed. `of`: the unit's own figures, or its children's (a ranking).
 */
export async function storeReading(
  unitId: number,
  month: Month,
  structureMonth: Month | null,
  of: "unit" | "children" = "unit",
): Promise<StoreReading | null> {
  if (structureMonth === null || structureMonth === month) {
    await freshStore(null);
    return { since: null };
  }
  const { sinceDay } = await freshStore(structureMonth);
  if (!sinceDay || monthToDate(month) >= sinceDay) return { since: null };
  return (await storedInTodaysStructure(unitId, monthToDate(structureMonth), of)) ? { since: sinceDay } : null;
}

/** Figures of any month in its own structure. */
export async function storeReadingInOwnStructure(): Promise<StoreReading> {
  await freshStore(null);
  return { since: null };
}

/** A series over months in the structure of `structureMonth` (null: each month's own), or null. */
export async function storeReadingForSeries(unitId: number, structureMonth: Month | null): Promise<StoreReading | null> {
  if (structureMonth === null) return storeReadingInOwnStructure();
  const { sinceDay } = await freshStore(structureMonth);
  if (!sinceDay) return { since: null };
  return (await storedInTodaysStructure(unitId, monthToDate(structureMonth), "unit")) ? { since: sinceDay } : null;
}

/** Today's structure stores the units above its base level: the unit, or each of its children, must be one. */
async function storedInTodaysStructure(unitId: number, structureDay: Date, of: "unit" | "children"): Promise<boolean> {
  const [row] = await db.$queryRaw<{ stored: boolean }[]>(
    of === "unit"
      ? Prisma.sql`SELECT EXISTS (SELECT 1 FROM unit k WHERE k.parent_id = ${unitId} AND ${validOn("k", structureDay)}) AS stored`
      : Prisma.sql`SELECT NOT EXISTS (
          SELECT 1 FROM unit ch WHERE ch.parent_id = ${unitId} AND ${validOn("ch", structureDay)}
            AND NOT EXISTS (SELECT 1 FROM unit k WHERE k.parent_id = ch.id AND ${validOn("k", structureDay)})) AS stored`,
  );
  return row?.stored ?? false;
}

function viewOfPeriod(alias: string, reading: StoreReading): Prisma.Sql {
  const a = Prisma.raw(alias);
  return reading.since === null
    ? Prisma.sql`${a}.view = 0`
    : Prisma.sql`((${a}.view = 1 AND ${a}.period < ${reading.since}::date) OR (${a}.view = 0 AND ${a}.period >= ${reading.since}::date))`;
}

/**
 * Table expression (unit_id, period, group_id, insured, eligible, newly_enrolled, renewed): the
 * counted group figures of the units `unitIds` (SQL yielding ids) from `from` to `to`, one row per
 * stored status or own report, to be summed.
 */
export function storedGroupFigures(unitIds: Prisma.Sql, from: Date, to: Date, basis: CountingBasis, reading: StoreReading): Prisma.Sql {
  return Prisma.sql`(
    SELECT s.unit_id, s.period, s.group_id, s.insured, s.eligible, s.newly_enrolled, s.renewed
    FROM counted_group_month s
    WHERE s.unit_id IN (${unitIds}) AND s.period BETWEEN ${from}::date AND ${to}::date
      AND ${countedStatus("s.status", basis)} AND ${viewOfPeriod("s", reading)}
    UNION ALL
    SELECT f.unit_id, f.period, f.group_id, f.insured, f.eligible, f.newly_enrolled, f.renewed
    FROM enrollment_figure f JOIN unit_month_report r ON r.unit_id = f.unit_id AND r.period = f.period
    WHERE f.unit_id IN (${unitIds}) AND f.period BETWEEN ${from}::date AND ${to}::date AND ${countedStatus("r.status", basis)}
  )`;
}

/**
 * Table expression (unit_id, period, reports, population, voluntary_social_insured,
 * voluntary_social_assigned): the counted reports of the units, as storedGroupFigures.
 */
export function storedUnitFigures(unitIds: Prisma.Sql, from: Date, to: Date, basis: CountingBasis, reading: StoreReading): Prisma.Sql {
  return Prisma.sql`(
    SELECT s.unit_id, s.period, s.reports, s.population, s.voluntary_social_insured, s.voluntary_social_assigned
    FROM counted_unit_month s
    WHERE s.unit_id IN (${unitIds}) AND s.period BETWEEN ${from}::date AND ${to}::date
      AND ${countedStatus("s.status", basis)} AND ${viewOfPeriod("s", reading)}
    UNION ALL
    SELECT r.unit_id, r.period, 1, r.population, COALESCE(r.voluntary_social_insured, 0), COALESCE(r.voluntary_social_assigned, 0)
    FROM unit_month_report r
    WHERE r.unit_id IN (${unitIds}) AND r.period BETWEEN ${from}::date AND ${to}::date AND ${countedStatus("r.status", basis)}
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
