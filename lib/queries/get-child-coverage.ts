// Coverage of each child unit of a unit in one month (the structure valid in that month), for the
// ranking table and drill-down. With a structure month (today's structure), the children are those
// of that structure and their figures for earlier months are carried from their predecessors
// (./carried-figures.ts); base units and reports are then counted among the predecessors. Read from
// the store of counted figures (./counted-store.ts); the raw-row
// version remains for the benchmark and the store's tests, which compare the two.
import "server-only";

import { Prisma, UnitKind } from "@prisma/client";
import { cache } from "react";
import { z } from "zod";

import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";
import { hasNoChildOn, validOn } from "@/lib/units/unit-in-month";

import { carriedFiguresSql } from "./carried-figures";
import {
  storedBaseUnits,
  storedGroupFigures,
  storedUnitFigures,
  storeReading,
  type StoreReading,
} from "./counted-store";
import { countedFigures, countedReports, sqlCount } from "./sql";

const childRow = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(UnitKind),
  insured: sqlCount,
  population: sqlCount,
  baseUnits: sqlCount,
  reportingUnits: sqlCount,
});

export type ChildCoverage = z.infer<typeof childRow>;

export const getChildCoverage = cache(
  async (
    unitId: number,
    month: Month,
    structureMonth: Month | null = null,
    basis: CountingBasis = "submitted",
  ): Promise<ChildCoverage[]> => {
    return childrenFromStore(unitId, month, structureMonth, basis, await storeReading(month, structureMonth));
  },
);

/** The same ranking from the raw rows (the benchmark and the store's tests compare the two). */
export async function childCoverageFromRawRows(
  unitId: number,
  month: Month,
  structureMonth: Month | null,
  basis: CountingBasis,
): Promise<ChildCoverage[]> {
  const rows =
    structureMonth === null || structureMonth === month
      ? await childrenInMonthStructure(unitId, month, basis)
      : await childrenInStructure(unitId, month, structureMonth, basis);
  return z.array(childRow).parse(rows);
}

async function childrenFromStore(
  unitId: number,
  month: Month,
  structureMonth: Month | null,
  basis: CountingBasis,
  reading: StoreReading,
): Promise<ChildCoverage[]> {
  const day = monthToDate(month);
  const structureDay = structureMonth === null ? day : monthToDate(structureMonth);
  const children = Prisma.sql`SELECT ch.id FROM unit ch WHERE ch.parent_id = ${unitId} AND ${validOn("ch", structureDay)}`;
  const rows = await db.$queryRaw<unknown[]>`
    WITH insured AS (
      SELECT f.unit_id, SUM(f.insured) AS insured
      FROM ${storedGroupFigures(children, day, day, basis, reading)} f GROUP BY f.unit_id
    ),
    reports AS (
      SELECT r.unit_id, SUM(r.population) AS population, SUM(r.reports) AS reporting_units
      FROM ${storedUnitFigures(children, day, day, basis, reading)} r GROUP BY r.unit_id
    )
    SELECT ch.id, ch.code, ch.name, ch.kind::text AS kind,
           COALESCE(i.insured, 0)::bigint AS insured,
           COALESCE(r.population, 0)::bigint AS population,
           COALESCE(b.base_units, 0)::bigint AS "baseUnits",
           COALESCE(r.reporting_units, 0)::bigint AS "reportingUnits"
    FROM unit ch
    LEFT JOIN insured i ON i.unit_id = ch.id
    LEFT JOIN reports r ON r.unit_id = ch.id
    LEFT JOIN ${storedBaseUnits(children, day, reading)} b ON b.unit_id = ch.id
    WHERE ch.parent_id = ${unitId} AND ${validOn("ch", structureDay)}
    ORDER BY ch.code`;
  return z.array(childRow).parse(rows);
}

function childrenInMonthStructure(unitId: number, month: Month, basis: CountingBasis): Promise<unknown[]> {
  const day = monthToDate(month);
  return db.$queryRaw<unknown[]>`
    WITH children AS (
      SELECT ch.id, ch.code, ch.name, ch.kind::text AS kind
      FROM unit ch WHERE ch.parent_id = ${unitId} AND ${validOn("ch", day)}
    ),
    leaves AS (
      SELECT c.ancestor_id AS child_id, c.descendant_id AS unit_id
      FROM children ch
      JOIN unit_closure c ON c.ancestor_id = ch.id
      JOIN unit u ON u.id = c.descendant_id
      WHERE ${validOn("u", day)}
        AND ${hasNoChildOn("u.id", day)}
    ),
    insured AS (
      SELECT l.child_id, SUM(f.insured) AS insured
      FROM leaves l JOIN ${countedFigures(basis)} f ON f.unit_id = l.unit_id AND f.period = ${day}::date
      GROUP BY l.child_id
    ),
    reports AS (
      SELECT l.child_id, SUM(r.population) AS population, COUNT(*) AS base_units, COUNT(r.id) AS reporting_units
      FROM leaves l LEFT JOIN ${countedReports(basis)} r ON r.unit_id = l.unit_id AND r.period = ${day}::date
      GROUP BY l.child_id
    )
    SELECT ch.id, ch.code, ch.name, ch.kind,
           COALESCE(i.insured, 0)::bigint AS insured,
           COALESCE(r.population, 0)::bigint AS population,
           COALESCE(r.base_units, 0)::bigint AS "baseUnits",
           COALESCE(r.reporting_units, 0)::bigint AS "reportingUnits"
    FROM children ch
    LEFT JOIN insured i ON i.child_id = ch.id
    LEFT JOIN reports r ON r.child_id = ch.id
    ORDER BY ch.code`;
}

function childrenInStructure(
  unitId: number,
  month: Month,
  structureMonth: Month,
  basis: CountingBasis,
): Promise<unknown[]> {
  const day = monthToDate(month);
  const structureDay = monthToDate(structureMonth);
  return db.$queryRaw<unknown[]>`
    ${carriedFiguresSql(unitId, structureDay, day, day, { basis })},
    children AS (
      SELECT ch.id, ch.code, ch.name, ch.kind::text AS kind
      FROM unit ch WHERE ch.parent_id = ${unitId} AND ${validOn("ch", structureDay)}
    ),
    target_child AS (
      SELECT c.ancestor_id AS child_id, t.target_id
      FROM target t JOIN unit_closure c ON c.descendant_id = t.target_id
      WHERE c.ancestor_id IN (SELECT id FROM children)
    ),
    insured AS (
      SELECT tc.child_id, SUM(f.insured) AS insured
      FROM target_child tc JOIN carried_figure f ON f.target_id = tc.target_id
      GROUP BY tc.child_id
    ),
    reports AS (
      SELECT tc.child_id, SUM(r.population) AS population, COUNT(DISTINCT r.source_id) AS reporting_units
      FROM target_child tc JOIN carried_report r ON r.target_id = tc.target_id
      GROUP BY tc.child_id
    ),
    sources AS (
      SELECT tc.child_id, COUNT(DISTINCT f.source_id) AS base_units
      FROM target_child tc
      JOIN forward f ON f.unit_id = tc.target_id
      JOIN source_unit su ON su.source_id = f.source_id
      WHERE su.valid_from <= ${day}::date AND (su.valid_to IS NULL OR su.valid_to > ${day}::date)
        AND ${hasNoChildOn("su.source_id", day)}
      GROUP BY tc.child_id
    )
    SELECT ch.id, ch.code, ch.name, ch.kind,
           COALESCE(i.insured, 0)::bigint AS insured,
           COALESCE(r.population, 0)::bigint AS population,
           COALESCE(s.base_units, 0)::bigint AS "baseUnits",
           COALESCE(r.reporting_units, 0)::bigint AS "reportingUnits"
    FROM children ch
    LEFT JOIN insured i ON i.child_id = ch.id
    LEFT JOIN reports r ON r.child_id = ch.id
    LEFT JOIN sources s ON s.child_id = ch.id
    ORDER BY ch.code`;
}
