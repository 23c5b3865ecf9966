// Plan targets set on the given units or on any of their ancestors, for lib/coverage/applicable-target
// to choose from: from every plan in force (archived plans are left out), or from one plan.
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
});

async function readCandidates(unitIds: readonly number[], planCondition: Prisma.Sql): Promise<TargetCandidate[]> {
  if (unitIds.length === 0) return [];
  const rows = await db.$queryRaw<unknown[]>`
    SELECT x.unit_id AS "unitId", c.depth, t.group_id AS "groupId", t.rate_bp AS "rateBp",
           t.assigned_count AS "assignedCount", t.comparator::text AS comparator, t.due_on AS "dueOn",
           p.id AS "planId", p.number AS "planNumber", p.title AS "planTitle",
           p.period_start AS "planStart", p.issued_on AS "planIssuedOn"
    FROM unnest(${[...unitIds]}::int[]) AS x(unit_id)
    JOIN unit_closure c ON c.descendant_id = x.unit_id
    JOIN plan_target t ON t.unit_id = c.ancestor_id
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
