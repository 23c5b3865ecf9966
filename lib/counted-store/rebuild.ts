// Rebuilds the store of counted figures (prisma/migrations/20261203000000_counted_store) from the raw
// rows: after a unit-list or succession import, at the end of the seed, and from the command line
// (`npm run store -- rebuild`). It runs in the caller's transaction and first takes a SHARE lock on
// the report tables, so it waits for writes in progress and holds new ones until it commits: no write
// falls between the rebuild and the triggers that keep the store exact afterwards.
//
// The figures go through the same function as every write's deltas (counted_apply), one year
// at a time; only the base counts and the old units' ends in today's structure are computed here.
import { Prisma } from "@prisma/client";

import { now } from "@/lib/clock";
import { currentStructureMonth } from "@/lib/dashboard/structure-view";
import { monthToDate } from "@/lib/period";
import { carriedFiguresSql } from "@/lib/queries/carried-figures";
import { countedVoluntary } from "@/lib/queries/sql";
import { validOn } from "@/lib/units/unit-in-month";

type Executor = Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw">;

export interface StoreRebuild {
  months: number;
  /** The structure the store's today's view was built for: valid from `since` until `until`. */
  since: Date | null;
  until: Date | null;
}

/** Dates on which some unit begins or ends: between two of them the structure does not change. */
const STRUCTURE_DAYS = Prisma.sql`
  SELECT valid_from AS day FROM unit UNION SELECT valid_to FROM unit WHERE valid_to IS NOT NULL`;

/** The day whose structure is today's: the first day of the current month in Vietnam. */
export function todaysStructureDay(at: Date = now()): Date {
  return monthToDate(currentStructureMonth(at));
}

/** `structureDay`: a day of today's structure (todaysStructureDay()). */
export async function rebuildCountedStore(tx: Executor, structureDay: Date): Promise<StoreRebuild> {
  await tx.$executeRaw`LOCK TABLE unit_month_report, enrollment_figure IN SHARE MODE`;
  await tx.$executeRaw`DELETE FROM counted_group_month`;
  await tx.$executeRaw`DELETE FROM counted_unit_month`;
  await tx.$executeRaw`DELETE FROM counted_base_count`;
  await tx.$executeRaw`DELETE FROM counted_source_end`;

  const [bounds] = await tx.$queryRaw<{ since: Date | null; until: Date | null }[]>`
    SELECT (SELECT MAX(day) FROM (${STRUCTURE_DAYS}) d WHERE day <= ${structureDay}::date) AS since,
           (SELECT MIN(day) FROM (${STRUCTURE_DAYS}) d WHERE day > ${structureDay}::date) AS until`;
  const since = bounds?.since ?? null;
  const until = bounds?.until ?? null;
  // counted_apply reads since_day: the today's view is filled for the months before it. The store
  // becomes fresh (the triggers keep it) only at the end.
  await tx.$executeRaw`
    UPDATE counted_store_state
    SET fresh = false, structure_day = ${structureDay}::date, since_day = ${since}::date, until_day = ${until}::date
    WHERE id = 1`;

  if (since) await insertSourceEnds(tx, structureDay, since);
  await insertBaseCounts(tx);

  // A year of months per pass: few enough statements that the demo rebuilds in a few seconds, small
  // enough that the division of each old unit's counts among its ends stays a modest sort.
  await tx.$executeRaw`SELECT counted_delta_tables()`;
  const years = await tx.$queryRaw<{ year: Date; months: number }[]>`
    SELECT date_trunc('year', period)::date AS year, COUNT(DISTINCT period)::int AS months
    FROM unit_month_report GROUP BY 1 ORDER BY 1`;
  for (const { year } of years) {
    const within = (alias: string) =>
      Prisma.sql`${Prisma.raw(alias)}.period >= ${year}::date AND ${Prisma.raw(alias)}.period < (${year}::date + interval '1 year')`;
    await tx.$executeRaw`
      INSERT INTO pg_temp.counted_unit_delta
      SELECT r.unit_id, r.period, r.status, 1, r.population, ${countedVoluntary("r").insured}, ${countedVoluntary("r").assigned}
      FROM unit_month_report r WHERE ${within("r")}`;
    await tx.$executeRaw`
      INSERT INTO pg_temp.counted_group_delta
      SELECT f.unit_id, f.period, f.group_id, r.status, 1, f.insured, f.eligible, f.newly_enrolled, f.renewed
      FROM enrollment_figure f JOIN unit_month_report r ON r.unit_id = f.unit_id AND r.period = f.period
      WHERE ${within("f")}`;
    await tx.$executeRaw`SELECT counted_apply()`;
  }

  await tx.$executeRaw`UPDATE counted_store_state SET fresh = true, built_at = now() WHERE id = 1`;
  await tx.$executeRaw`ANALYZE counted_group_month, counted_unit_month, counted_base_count, counted_source_end`;
  return { months: years.reduce((sum, y) => sum + y.months, 0), since, until };
}

/**
 * Base units below each unit (itself included) for every stretch of unchanged structure: in each
 * month's own structure (view 0), and, before `since`, the old base units whose figures go into
 * each unit of today's structure (view 1).
 */
async function insertBaseCounts(tx: Executor): Promise<void> {
  const stretches = Prisma.sql`
    days AS (SELECT DISTINCT day FROM (${STRUCTURE_DAYS}) d),
    stretch AS (SELECT day AS valid_from, LEAD(day) OVER (ORDER BY day) AS valid_to FROM days),
    base AS (
      SELECT s.valid_from, s.valid_to, u.id
      FROM stretch s
      JOIN unit u ON u.valid_from <= s.valid_from AND (u.valid_to IS NULL OR u.valid_to > s.valid_from)
      WHERE NOT EXISTS (
        SELECT 1 FROM unit k WHERE k.parent_id = u.id AND k.valid_from <= s.valid_from AND (k.valid_to IS NULL OR k.valid_to > s.valid_from))
    )`;
  await tx.$executeRaw`
    WITH ${stretches}
    INSERT INTO counted_base_count (view, unit_id, valid_from, valid_to, base_units)
    SELECT 0, c.ancestor_id, b.valid_from, b.valid_to, COUNT(*)
    FROM base b JOIN unit_closure c ON c.descendant_id = b.id
    GROUP BY c.ancestor_id, b.valid_from, b.valid_to`;
  await tx.$executeRaw`
    WITH ${stretches}
    INSERT INTO counted_base_count (view, unit_id, valid_from, valid_to, base_units)
    SELECT 1, c.ancestor_id, b.valid_from, b.valid_to, COUNT(DISTINCT b.id)
    FROM base b
    JOIN counted_source_end e ON e.source_id = b.id AND e.in_today
    JOIN unit_closure c ON c.descendant_id = e.end_id
    WHERE b.valid_from < (SELECT since_day FROM counted_store_state WHERE id = 1)
    GROUP BY c.ancestor_id, b.valid_from, b.valid_to`;
}

/**
 * Every unit that was a base unit before `since`, with the units of today's structure (or dead
 * ends) its figures go to and their weights: the walk of lib/queries/carried-figures.ts from each
 * root of today's structure. The view-1 base counts are taken from it.
 */
async function insertSourceEnds(tx: Executor, structureDay: Date, since: Date): Promise<void> {
  const roots = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM unit u WHERE u.parent_id IS NULL AND ${validOn("u", structureDay)}`;
  const lastDayBefore = new Date(since.getTime() - 86_400_000);
  for (const root of roots) {
    await tx.$executeRaw`
      ${carriedFiguresSql(root.id, structureDay, new Date(Date.UTC(1900, 0, 1)), lastDayBefore, { basis: "submitted" })}
      INSERT INTO counted_source_end (source_id, end_id, end_code, w, in_today)
      SELECT source_id, end_id, end_code, w, in_target FROM source_end_sum
      ON CONFLICT DO NOTHING`;
  }
}
