// Figures of a unit in today's structure for months before its units existed: the figures of the
// old base units are carried into their successors along unit_succession (rule and default share in
// lib/units/succession-shares.ts, which this SQL follows exactly), so that a new province or commune
// has a continuous series. For a month in which a base unit of today already existed, its own
// figures count as they are.
//
// carriedFiguresSql(…) returns a WITH RECURSIVE clause that defines, for the base units of `unitId`
// in the structure valid on `structureDay` (the "targets") and the months from `from` to `to`:
//   carried_figure (target_id, period, group_id, insured, eligible, newly_enrolled, renewed)
//   carried_report (target_id, source_id, period, population, voluntary_social_insured,
//                   voluntary_social_assigned)
//   source_unit    (source_id, valid_from, valid_to): every old unit whose figures flow into a target
// Each old base unit ("source") is followed forward through its successors, transitively, until a
// unit of today's structure (or a unit without successor, whose part is dropped). Its weight in
// each end is the product of the succession weights along the way. Counts are divided per source,
// month and measure by the largest-remainder rule over ALL its ends (not only the targets), so a
// unit's carried figures are the same whichever parent is being viewed, and the parts of a source
// add up to its count.
import { Prisma } from "@prisma/client";

import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { hasNoChildOn, validOn } from "@/lib/units/unit-in-month";

import { countedFigures, countedReports, countedVoluntary } from "./sql";

/** Greatest depth of successive reorganisations followed from an old unit. */
const MAX_SUCCESSION_STEPS = 10;

/** A succession's weight before scaling: see lib/units/succession-shares.ts effectiveShares(). */
const LINK_WEIGHT = Prisma.sql`
  CASE
    WHEN l.kind = 'FULL' THEN 10000 * GREATEST(l.unset, 1)
    WHEN l.share_bp IS NOT NULL THEN l.share_bp * GREATEST(l.unset, 1)
    ELSE GREATEST(10000 - l.given, 0)
  END`;

/** The part of a count (column `value`) an end gets: whole part plus one by largest remainder. */
function allocated(value: string): Prisma.Sql {
  const v = Prisma.raw(value);
  return Prisma.sql`
    (FLOOR(ROUND(x.${v} * x.w, 9)) + CASE WHEN ROW_NUMBER() OVER (
        PARTITION BY x.source_id, x.period, x.part
        ORDER BY ROUND(x.${v} * x.w, 9) - FLOOR(ROUND(x.${v} * x.w, 9)) DESC, x.end_code, x.end_id
      ) <= x.${v} - SUM(FLOOR(ROUND(x.${v} * x.w, 9))) OVER (PARTITION BY x.source_id, x.period, x.part)
      THEN 1 ELSE 0 END)`;
}

/**
 * FROM clause: the rows of `table` (alias `r`: the counted figures or reports, ./sql.ts) of the
 * sources in `ends` (alias `se`), in the months asked and while each source was valid.
 */
function sourceRows(
  ends: "source_end" | "split_end",
  table: Prisma.Sql,
  from: Date,
  to: Date,
  condition: Prisma.Sql = Prisma.sql`TRUE`,
): Prisma.Sql {
  return Prisma.sql`
        FROM ${Prisma.raw(ends)} se
        JOIN source_unit su ON su.source_id = se.source_id
        JOIN ${table} r ON r.unit_id = se.source_id
        WHERE ${condition}
          AND r.period BETWEEN ${from}::date AND ${to}::date
          AND su.valid_from <= r.period AND (su.valid_to IS NULL OR su.valid_to > r.period)`;
}

/**
 * `totalsOnly`: the caller only sums over all the targets (a unit's summary or trend), so a source
 * that goes entirely into the targets is counted whole, without dividing it among them; its
 * carried_figure and carried_report rows then all name one of its ends.
 */
export function carriedFiguresSql(
  unitId: number,
  structureDay: Date,
  from: Date,
  to: Date,
  { totalsOnly = false, basis }: { totalsOnly?: boolean; basis: CountingBasis },
): Prisma.Sql {
  const figures = countedFigures(basis);
  const reports = countedReports(basis);
  return Prisma.sql`
    WITH RECURSIVE
      target AS (
        SELECT u.id AS target_id
        FROM unit_closure c JOIN unit u ON u.id = c.descendant_id
        WHERE c.ancestor_id = ${unitId} AND ${validOn("u", structureDay)}
          AND ${hasNoChildOn("u.id", structureDay)}
      ),
      back (unit_id) AS (
        SELECT target_id FROM target
        UNION
        SELECT s.predecessor_id FROM back b JOIN unit_succession s ON s.successor_id = b.unit_id
      ),
      source_unit AS (
        SELECT u.id AS source_id, u.valid_from, u.valid_to
        FROM back b JOIN unit u ON u.id = b.unit_id
        WHERE u.valid_from <= ${to}::date AND (u.valid_to IS NULL OR u.valid_to > ${from}::date)
      ),
      link AS (
        SELECT s.predecessor_id, s.successor_id, s.kind::text AS kind, s.share_bp,
               COUNT(*) FILTER (WHERE s.kind = 'PARTIAL' AND s.share_bp IS NULL) OVER p AS unset,
               COALESCE(SUM(CASE WHEN s.kind = 'FULL' THEN 10000 ELSE s.share_bp END) OVER p, 0) AS given
        FROM unit_succession s
        WINDOW p AS (PARTITION BY s.predecessor_id)
      ),
      link_weight AS (
        SELECT l.predecessor_id, l.successor_id,
               (${LINK_WEIGHT})::numeric / NULLIF(SUM(${LINK_WEIGHT}) OVER (PARTITION BY l.predecessor_id), 0) AS w
        FROM link l
      ),
      forward (source_id, unit_id, w, step) AS (
        SELECT source_id, source_id, 1::numeric, 0 FROM source_unit
        UNION ALL
        SELECT f.source_id, lw.successor_id, f.w * lw.w, f.step + 1
        FROM forward f
        JOIN unit cur ON cur.id = f.unit_id AND NOT (${validOn("cur", structureDay)})
        JOIN link_weight lw ON lw.predecessor_id = f.unit_id
        WHERE f.step < ${MAX_SUCCESSION_STEPS} AND lw.w > 0
      ),
      source_end_sum AS (
        SELECT f.source_id, f.unit_id AS end_id, e.code AS end_code, SUM(f.w) AS w,
               f.unit_id IN (SELECT target_id FROM target) AS in_target
        FROM forward f JOIN unit e ON e.id = f.unit_id
        WHERE ${validOn("e", structureDay)}
           OR NOT EXISTS (SELECT 1 FROM unit_succession s WHERE s.predecessor_id = f.unit_id)
        GROUP BY f.source_id, f.unit_id, e.code
      ),
      -- "whole": the source's counts need no division, because it goes entirely into one end (most
      -- units) or, when only totals over all the targets are read, entirely into the targets (its
      -- parts would add up to it exactly). Such a source keeps one end, which takes its counts.
      source_end_ranked AS (
        SELECT *,
               (COUNT(*) OVER s = 1 AND w = 1)${totalsOnly ? Prisma.sql` OR BOOL_AND(in_target) OVER s` : Prisma.empty} AS whole,
               ROW_NUMBER() OVER (PARTITION BY source_id ORDER BY end_id) AS nth
        FROM source_end_sum
        WINDOW s AS (PARTITION BY source_id)
      ),
      source_end AS (
        SELECT source_id, end_id, end_code, w, in_target, whole FROM source_end_ranked WHERE NOT whole OR nth = 1
      ),
      -- Sources divided between ends: every end of a source that reaches a target, so that the
      -- largest remainder is taken over all its ends; only the targets' parts are kept below.
      split_end AS (
        SELECT * FROM source_end
        WHERE NOT whole AND source_id IN (SELECT source_id FROM source_end WHERE in_target AND NOT whole)
      ),
      split_figure AS (
        SELECT x.end_id AS target_id, x.in_target, x.period, x.part AS group_id,
               ${allocated("insured")} AS insured,
               ${allocated("eligible")} AS eligible,
               ${allocated("newly_enrolled")} AS newly_enrolled,
               ${allocated("renewed")} AS renewed
        FROM (
          SELECT se.source_id, se.end_id, se.end_code, se.w, se.in_target, r.period, r.group_id AS part,
                 r.insured, r.eligible, r.newly_enrolled, r.renewed
          ${sourceRows("split_end", figures, from, to)}
        ) x
      ),
      carried_figure AS (
        SELECT se.end_id AS target_id, r.period, r.group_id, r.insured, r.eligible, r.newly_enrolled, r.renewed
        ${sourceRows("source_end", figures, from, to, Prisma.sql`se.whole AND se.in_target`)}
        UNION ALL
        SELECT target_id, period, group_id, insured, eligible, newly_enrolled, renewed
        FROM split_figure WHERE in_target
      ),
      split_report AS (
        SELECT x.end_id AS target_id, x.source_id, x.in_target, x.period,
               ${allocated("population")} AS population,
               ${allocated("voluntary_social_insured")} AS voluntary_social_insured,
               ${allocated("voluntary_social_assigned")} AS voluntary_social_assigned
        FROM (
          SELECT se.source_id, se.end_id, se.end_code, se.w, se.in_target, r.period, 0 AS part,
                 r.population,
                 ${countedVoluntary("r").insured} AS voluntary_social_insured,
                 ${countedVoluntary("r").assigned} AS voluntary_social_assigned
          ${sourceRows("split_end", reports, from, to)}
        ) x
      ),
      carried_report AS (
        SELECT se.end_id AS target_id, se.source_id, r.period, r.population,
               ${countedVoluntary("r").insured} AS voluntary_social_insured,
               ${countedVoluntary("r").assigned} AS voluntary_social_assigned
        ${sourceRows("source_end", reports, from, to, Prisma.sql`se.whole AND se.in_target`)}
        UNION ALL
        SELECT target_id, source_id, period, population, voluntary_social_insured, voluntary_social_assigned
        FROM split_report WHERE in_target
      )`;
}
