// The figures, in a month after a unit ended, of the territory it covered: the base units valid in
// that month that succeeded its base units (transitively, base unit to base unit, as the scope rule
// follows them: lib/permissions/scope.ts). Only when that territory is the unit's alone — no
// successor also took part of a unit outside it — do the sums stand for the ended unit; otherwise
// there is no figure. So an old province's plan (Bắc Giang, 2022–2025) can be judged at its last
// milestone (12/2025) although the province ended on 30 June 2025.
import "server-only";

import { Prisma } from "@prisma/client";
import { z } from "zod";

import { continuedGroupFigures } from "@/lib/coverage/group-succession";
import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";
import { neverHadChild, validOn } from "@/lib/units/unit-in-month";

import { storedGroupFigures, storeReadingCarriedInto } from "./counted-store";
import { getCarriedCoverageTrends } from "./get-coverage-trend";
import { sqlCount } from "./sql";

export type SuccessorFigures = {
  month: Month;
  insured: number;
  population: number;
  /** Base units of the territory in `month`, and how many of them have a counted report. */
  baseUnits: number;
  reportingUnits: number;
};

const successorRow = z.object({ originId: z.number().int(), unitIds: z.array(z.number().int()) });

/** Per unit of `unitIds` that ended before `month`, the base units of its territory in `month`. */
async function successorTerritories(unitIds: readonly number[], month: Month) {
  if (unitIds.length === 0) return [];
  const day = monthToDate(month);
  const rows = await db.$queryRaw<unknown[]>`
    WITH RECURSIVE
      origin AS (
        SELECT u.id FROM unit u
        WHERE u.id = ANY(${[...unitIds]}::int[]) AND u.valid_to IS NOT NULL AND u.valid_to <= ${day}::date
      ),
      later (origin_id, unit_id) AS (
        SELECT o.id, c.descendant_id
        FROM origin o JOIN unit_closure c ON c.ancestor_id = o.id
        WHERE ${neverHadChild("c.descendant_id")}
        UNION
        SELECT l.origin_id, us.successor_id
        FROM later l JOIN unit_succession us ON us.predecessor_id = l.unit_id
        WHERE ${neverHadChild("us.successor_id")}
      ),
      successor AS (
        SELECT l.origin_id, l.unit_id FROM later l JOIN unit b ON b.id = l.unit_id AND ${validOn("b", day)}
      ),
      shared AS (
        SELECT DISTINCT s.origin_id
        FROM successor s JOIN unit_succession us ON us.successor_id = s.unit_id
        WHERE NOT EXISTS (SELECT 1 FROM later l WHERE l.origin_id = s.origin_id AND l.unit_id = us.predecessor_id)
      )
    SELECT s.origin_id AS "originId", array_agg(s.unit_id ORDER BY s.unit_id) AS "unitIds"
    FROM successor s
    WHERE s.origin_id NOT IN (SELECT origin_id FROM shared)
    GROUP BY s.origin_id`;
  return z.array(successorRow).parse(rows);
}

/** Per unit of `unitIds` that ended before `month`, its territory's figures; absent when there are none. */
export async function getSuccessorFigures(
  unitIds: readonly number[],
  month: Month,
): Promise<Map<number, SuccessorFigures>> {
  const figures = new Map<number, SuccessorFigures>();
  const territories = await successorTerritories(unitIds, month);
  const trends = await getCarriedCoverageTrends(
    [...new Set(territories.flatMap((territory) => territory.unitIds))],
    month,
    month,
  );
  for (const { originId, unitIds: baseIds } of territories) {
    const points = baseIds.flatMap((id) => trends.get(id) ?? []);
    figures.set(originId, {
      month,
      insured: points.reduce((sum, point) => sum + point.insured, 0),
      population: points.reduce((sum, point) => sum + point.population, 0),
      baseUnits: baseIds.length,
      reportingUnits: points.reduce((sum, point) => sum + point.reportingUnits, 0),
    });
  }
  return figures;
}

/** A participant group's figures over an ended unit's territory in a month after it ended. */
export type SuccessorGroupFigures = { month: Month; insured: number; eligible: number; baseUnits: number };

const groupRow = z.object({ groupId: z.number().int(), insured: sqlCount, eligible: sqlCount });
const continuationRow = z.object({ groupId: z.number().int(), predecessorId: z.number().int() });

/**
 * The figures in `month` of the groups `groupIds` over the territory of the unit `unitId` (ended
 * before `month`): each group's own figures where the territory's reports still use its set, else
 * the figures of the groups of the later set that continue it (table group_succession,
 * lib/coverage/group-succession.ts). Absent for a group without figures, and all absent when the
 * territory is not the unit's alone (as getSuccessorFigures).
 */
export async function getSuccessorGroupFigures(
  unitId: number,
  groupIds: readonly number[],
  month: Month,
): Promise<Map<number, SuccessorGroupFigures>> {
  const found = new Map<number, SuccessorGroupFigures>();
  const [territory] = await successorTerritories([unitId], month);
  if (!territory || groupIds.length === 0) return found;
  const day = monthToDate(month);
  const units = Prisma.sql`SELECT unnest(${territory.unitIds}::int[])`;
  const reading = await storeReadingCarriedInto(month);
  const [rows, links] = await Promise.all([
    db.$queryRaw<unknown[]>`
      SELECT f.group_id AS "groupId", SUM(f.insured)::bigint AS insured, SUM(f.eligible)::bigint AS eligible
      FROM ${storedGroupFigures(units, day, day, "submitted", reading)} f
      GROUP BY f.group_id`,
    db.$queryRaw<unknown[]>`
      SELECT s.group_id AS "groupId", s.predecessor_id AS "predecessorId" FROM group_succession s
      WHERE s.group_id IN (SELECT s2.group_id FROM group_succession s2 WHERE s2.predecessor_id = ANY(${[...groupIds]}::int[]))`,
  ]);
  const figures = new Map(
    z
      .array(groupRow)
      .parse(rows)
      .map(({ groupId, ...row }) => [groupId, row]),
  );
  const continuations = z.array(continuationRow).parse(links);
  for (const groupId of groupIds) {
    const continued = continuedGroupFigures(figures, groupId, continuations);
    if (continued) found.set(groupId, { month, ...continued, baseUnits: territory.unitIds.length });
  }
  return found;
}
