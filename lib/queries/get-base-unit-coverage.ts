// Coverage of every base unit (commune, ward…) below a unit in one month, for the lists of a plan's
// leader view: furthest behind, below the New Rural Area threshold, at 100%.
import "server-only";

import { UnitKind } from "@prisma/client";
import { cache } from "react";
import { z } from "zod";

import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";
import { baseUnitsOf } from "@/lib/units/unit-in-month";

import { countedFigures, countedReports, sqlCount } from "./sql";

const baseUnitRow = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(UnitKind),
  parentName: z.string().nullable(),
  insured: sqlCount,
  population: sqlCount,
  reported: z.boolean(),
});

export type BaseUnitCoverage = z.infer<typeof baseUnitRow>;

export const getBaseUnitCoverage = cache(
  async (unitId: number, month: Month, basis: CountingBasis = "submitted"): Promise<BaseUnitCoverage[]> => {
    const day = monthToDate(month);
    const rows = await db.$queryRaw<unknown[]>`
    WITH base AS (${baseUnitsOf(unitId, day)}),
    insured AS (
      SELECT f.unit_id, SUM(f.insured) AS insured
      FROM ${countedFigures(basis)} f JOIN base b ON b.unit_id = f.unit_id
      WHERE f.period = ${day}::date
      GROUP BY f.unit_id
    )
    SELECT u.id, u.code, u.name, u.kind::text AS kind, p.name AS "parentName",
           COALESCE(i.insured, 0)::bigint AS insured,
           COALESCE(r.population, 0)::bigint AS population,
           (r.id IS NOT NULL) AS reported
    FROM base b
    JOIN unit u ON u.id = b.unit_id
    LEFT JOIN unit p ON p.id = u.parent_id
    LEFT JOIN insured i ON i.unit_id = u.id
    LEFT JOIN ${countedReports(basis)} r ON r.unit_id = u.id AND r.period = ${day}::date
    ORDER BY u.code`;
    return z.array(baseUnitRow).parse(rows);
  },
);
