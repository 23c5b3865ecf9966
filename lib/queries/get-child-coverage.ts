// Coverage of each child unit of a unit in one month (the structure valid in that month), for the
// ranking table and drill-down.
import "server-only";
import { cache } from "react";
import { UnitKind } from "@prisma/client";
import { z } from "zod";
import { db } from "@/lib/db";
import { type Month, monthToDate } from "@/lib/period";
import { sqlCount, validOn } from "./sql";

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

export const getChildCoverage = cache(async (unitId: number, month: Month): Promise<ChildCoverage[]> => {
  const day = monthToDate(month);
  const rows = await db.$queryRaw<unknown[]>`
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
        AND NOT EXISTS (SELECT 1 FROM unit k WHERE k.parent_id = u.id AND ${validOn("k", day)})
    ),
    insured AS (
      SELECT l.child_id, SUM(f.insured) AS insured
      FROM leaves l JOIN enrollment_figure f ON f.unit_id = l.unit_id AND f.period = ${day}::date
      GROUP BY l.child_id
    ),
    reports AS (
      SELECT l.child_id, SUM(r.population) AS population, COUNT(*) AS base_units, COUNT(r.id) AS reporting_units
      FROM leaves l LEFT JOIN unit_month_report r ON r.unit_id = l.unit_id AND r.period = ${day}::date
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
  return z.array(childRow).parse(rows);
});
