// Compares the store of counted figures with the raw rows and returns the differences (none when
// the store is exact). The month's own structure is summed afresh from the reports through
// unit_closure. Today's structure is computed by the raw dashboard queries' own carrying SQL
// (lib/queries/carried-figures.ts), once per counting basis, and compared with the store's rows summed
// over the statuses that count: a second, independent derivation of the figures the triggers keep.
// `npm run store -- check` runs it; the integration tests run it after every kind of write.
import { Prisma } from "@prisma/client";

import { COUNTING_BASES } from "@/lib/coverage/counting-rule";
import { carriedFiguresSql } from "@/lib/queries/carried-figures";
import { countedStatus, countedVoluntary } from "@/lib/queries/sql";
import { validOn } from "@/lib/units/unit-in-month";

type Executor = Pick<Prisma.TransactionClient, "$queryRaw">;

export interface StoreDifference {
  /** Which figures: "groups" or "units", in view 0 (own structure) or 1 (today's), on a basis for view 1. */
  table: string;
  unitId: number;
  period: string;
  key: string;
  stored: string | null;
  raw: string | null;
}

const LIMIT = 20;

export async function checkCountedStore(tx: Executor): Promise<StoreDifference[]> {
  const [state] = await tx.$queryRaw<{ fresh: boolean; structure_day: Date | null; since_day: Date | null }[]>`
    SELECT fresh, structure_day, since_day FROM counted_store_state WHERE id = 1`;
  if (!state?.fresh) {
    return [{ table: "state", unitId: 0, period: "", key: "fresh", stored: "false", raw: "true" }];
  }
  const differences = [...(await ownStructureDifferences(tx))];
  if (state.structure_day && state.since_day) {
    differences.push(...(await todaysStructureDifferences(tx, state.structure_day, state.since_day)));
  }
  return differences.slice(0, LIMIT);
}

/** Rows of (unit_id, period, key, value) on both sides; the differences between them. */
function compare(table: string, stored: Prisma.Sql, raw: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT ${table} AS "table", COALESCE(s.unit_id, r.unit_id) AS "unitId", to_char(COALESCE(s.period, r.period), 'YYYY-MM') AS period,
           COALESCE(s.key, r.key) AS key, s.value AS stored, r.value AS raw
    FROM (${stored}) s FULL JOIN (${raw}) r ON r.unit_id = s.unit_id AND r.period = s.period AND r.key = s.key
    WHERE s.value IS DISTINCT FROM r.value
    ORDER BY 2, 3, 4
    LIMIT ${LIMIT}`;
}

async function ownStructureDifferences(tx: Executor): Promise<StoreDifference[]> {
  const groups = compare(
    "groups, view 0",
    Prisma.sql`
      SELECT unit_id, period, group_id || ' ' || status AS key, concat_ws(' ', insured, eligible, newly_enrolled, renewed) AS value
      FROM counted_group_month
      WHERE view = 0 AND (insured, eligible, newly_enrolled, renewed) <> (0, 0, 0, 0)`,
    Prisma.sql`
      SELECT c.ancestor_id AS unit_id, f.period, f.group_id || ' ' || r.status AS key,
             concat_ws(' ', SUM(f.insured), SUM(f.eligible), SUM(f.newly_enrolled), SUM(f.renewed)) AS value
      FROM enrollment_figure f
      JOIN unit_month_report r ON r.unit_id = f.unit_id AND r.period = f.period
      JOIN unit_closure c ON c.descendant_id = f.unit_id AND c.depth > 0
      GROUP BY c.ancestor_id, f.period, f.group_id, r.status
      HAVING (SUM(f.insured), SUM(f.eligible), SUM(f.newly_enrolled), SUM(f.renewed)) <> (0, 0, 0, 0)`,
  );
  const units = compare(
    "units, view 0",
    Prisma.sql`
      SELECT unit_id, period, status::text AS key,
             concat_ws(' ', reports, population, voluntary_social_insured, voluntary_social_assigned) AS value
      FROM counted_unit_month
      WHERE view = 0 AND (reports, population, voluntary_social_insured, voluntary_social_assigned) <> (0, 0, 0, 0)`,
    Prisma.sql`
      SELECT c.ancestor_id AS unit_id, r.period, r.status::text AS key,
             concat_ws(' ', COUNT(*), SUM(r.population), SUM(${countedVoluntary("r").insured}),
                       SUM(${countedVoluntary("r").assigned})) AS value
      FROM unit_month_report r
      JOIN unit_closure c ON c.descendant_id = r.unit_id AND c.depth > 0
      GROUP BY c.ancestor_id, r.period, r.status`,
  );
  return [...(await tx.$queryRaw<StoreDifference[]>(groups)), ...(await tx.$queryRaw<StoreDifference[]>(units))];
}

async function todaysStructureDifferences(tx: Executor, structureDay: Date, since: Date): Promise<StoreDifference[]> {
  const roots = await tx.$queryRaw<
    { id: number }[]
  >`SELECT id FROM unit u WHERE u.parent_id IS NULL AND ${validOn("u", structureDay)}`;
  const lastDayBefore = new Date(since.getTime() - 86_400_000);
  const differences: StoreDifference[] = [];
  for (const basis of COUNTING_BASES) {
    for (const root of roots) {
      const carried = carriedFiguresSql(root.id, structureDay, new Date(Date.UTC(1900, 0, 1)), lastDayBefore, {
        basis,
      });
      const below = Prisma.sql`
        SELECT c.descendant_id FROM unit_closure c WHERE c.ancestor_id = ${root.id}`;
      const groups = compare(
        `groups, view 1, ${basis}`,
        Prisma.sql`
          SELECT unit_id, period, group_id::text AS key,
                 concat_ws(' ', SUM(insured), SUM(eligible), SUM(newly_enrolled), SUM(renewed)) AS value
          FROM counted_group_month
          WHERE view = 1 AND ${countedStatus("status", basis)} AND unit_id IN (${below})
          GROUP BY unit_id, period, group_id
          HAVING (SUM(insured), SUM(eligible), SUM(newly_enrolled), SUM(renewed)) <> (0, 0, 0, 0)`,
        Prisma.sql`
          SELECT c.ancestor_id AS unit_id, f.period, f.group_id::text AS key,
                 concat_ws(' ', SUM(f.insured), SUM(f.eligible), SUM(f.newly_enrolled), SUM(f.renewed)) AS value
          FROM carried_figure f JOIN unit_closure c ON c.descendant_id = f.target_id
          GROUP BY c.ancestor_id, f.period, f.group_id
          HAVING (SUM(f.insured), SUM(f.eligible), SUM(f.newly_enrolled), SUM(f.renewed)) <> (0, 0, 0, 0)`,
      );
      const units = compare(
        `units, view 1, ${basis}`,
        Prisma.sql`
          SELECT unit_id, period, '' AS key,
                 concat_ws(' ', SUM(reports), SUM(population), SUM(voluntary_social_insured), SUM(voluntary_social_assigned)) AS value
          FROM counted_unit_month
          WHERE view = 1 AND ${countedStatus("status", basis)} AND unit_id IN (${below})
          GROUP BY unit_id, period
          HAVING (SUM(reports), SUM(population), SUM(voluntary_social_insured), SUM(voluntary_social_assigned)) <> (0, 0, 0, 0)`,
        Prisma.sql`
          SELECT c.ancestor_id AS unit_id, r.period, '' AS key,
                 concat_ws(' ', COUNT(DISTINCT r.source_id), SUM(r.population), SUM(r.voluntary_social_insured),
                           SUM(r.voluntary_social_assigned)) AS value
          FROM carried_report r JOIN unit_closure c ON c.descendant_id = r.target_id
          GROUP BY c.ancestor_id, r.period`,
      );
      differences.push(
        ...(await tx.$queryRaw<StoreDifference[]>`${carried} ${groups}`),
        ...(await tx.$queryRaw<StoreDifference[]>`${carried} ${units}`),
      );
    }
  }
  return differences;
}
