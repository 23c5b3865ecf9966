// Plan targets set on the given units or on any of their ancestors, for lib/coverage/applicable-target
// to choose from: from every plan in force (archived plans are left out), or from one plan. A target
// also reaches a unit's later versions: when a unit continues as another row with the same territory
// (renamed, re-coded or moved: its only successor, by a full succession, of which it is the only
// predecessor), the targets set on the earlier row count as the later row's own. Mergers and splits
// end the old units' targets: a merged unit has its own plans' targets and its ancestors'.
import "server-only";

import { Prisma, TargetComparator } from "@prisma/client";
import { cache } from "react";
import { z } from "zod";

import type { TargetCandidate } from "@/lib/coverage/applicable-target";
import { db } from "@/lib/db";

const candidateRow = z.object({
  unitId: z.number().int(),
  depth: z.number().int(),
  groupId: z.number().int().nullable(),
  rateBp: z.number().int().nullable(),
  assignedCount: z.number().int().nullable(),
  comparator: z.enum(TargetComparator),
  dueOn: z.date(),
  planId: z.number().int(),
  planNumber: z.string(),
  planTitle: z.string(),
  planStart: z.date(),
  planIssuedOn: z.date(),
  responsibleAgency: z.string().nullable(),
  derived: z.boolean(),
  bySchoolYear: z.boolean(),
});

async function readCandidates(unitIds: readonly number[], planCondition: Prisma.Sql): Promise<TargetCandidate[]> {
  if (unitIds.length === 0) return [];
  const rows = await db.$queryRaw<unknown[]>`
    WITH RECURSIVE holder (unit_id, depth, holder_id) AS (
      SELECT x.unit_id, c.depth, c.ancestor_id
      FROM unnest(${[...unitIds]}::int[]) AS x(unit_id)
      JOIN unit_closure c ON c.descendant_id = x.unit_id
      UNION
      SELECT h.unit_id, h.depth, s.predecessor_id
      FROM holder h
      JOIN unit_succession s ON s.successor_id = h.holder_id AND s.kind = 'FULL'
      WHERE (SELECT COUNT(*) FROM unit_succession o WHERE o.successor_id = h.holder_id) = 1
        AND (SELECT COUNT(*) FROM unit_succession o WHERE o.predecessor_id = s.predecessor_id) = 1
    )
    SELECT h.unit_id AS "unitId", h.depth, t.group_id AS "groupId", t.rate_bp AS "rateBp",
           t.assigned_count AS "assignedCount", t.comparator::text AS comparator, t.due_on AS "dueOn",
           p.id AS "planId", p.number AS "planNumber", p.title AS "planTitle",
           p.period_start AS "planStart", p.issued_on AS "planIssuedOn",
           t.responsible_agency AS "responsibleAgency", t.derived,
           t.by_school_year AS "bySchoolYear"
    FROM holder h
    JOIN plan_target t ON t.unit_id = h.holder_id
    JOIN plan p ON p.id = t.plan_id
    WHERE ${planCondition}`;
  return z.array(candidateRow).parse(rows);
}

export function getTargetCandidates(unitIds: readonly number[]): Promise<TargetCandidate[]> {
  return readCandidates(unitIds, Prisma.sql`p.archived_at IS NULL`);
}

/** Candidates from one plan only (archived or not), for the progress of that plan. */
export function getPlanTargetCandidates(planId: number, unitIds: readonly number[]): Promise<TargetCandidate[]> {
  return readCandidates(unitIds, Prisma.sql`p.id = ${planId}`);
}

/** Candidates for one unit, read once per request however many widgets ask. */
export const getUnitTargetCandidates = cache((unitId: number) => getTargetCandidates([unitId]));
