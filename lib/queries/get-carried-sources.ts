// What the "today's structure" view of a unit is made of: how many old units' figures are carried
// into it, how many of them were split without a population share (the default even split applies),
// and until when (the earliest month that needs no carrying). Shown beside the carried trend.
import "server-only";

import { cache } from "react";
import { z } from "zod";

import { db } from "@/lib/db";
import { dateToMonth, monthToDate, type Month } from "@/lib/period";

import { carriedFiguresSql } from "./carried-figures";
import { sqlCount } from "./sql";

export type CarriedSources = { predecessors: number; splitByDefault: number; carriedUntil: Month | null };

const row = z.object({ predecessors: sqlCount, splitByDefault: sqlCount, carriedUntil: z.date().nullable() });

export const getCarriedSources = cache(async (unitId: number, structureMonth: Month): Promise<CarriedSources> => {
  const day = monthToDate(structureMonth);
  const rows = await db.$queryRaw<unknown[]>`
    ${carriedFiguresSql(unitId, day, day, day, { basis: "submitted" /* only the units are read, no figures */ })},
    predecessor AS (
      SELECT u.id, u.valid_to FROM back b JOIN unit u ON u.id = b.unit_id
      WHERE b.unit_id NOT IN (SELECT target_id FROM target)
    )
    SELECT COUNT(*) AS predecessors,
           COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM unit_succession s
             WHERE s.predecessor_id = p.id AND s.kind = 'PARTIAL' AND s.share_bp IS NULL)) AS "splitByDefault",
           MAX(p.valid_to) AS "carriedUntil"
    FROM predecessor p`;
  const { carriedUntil, ...counts } = row.parse(rows[0]);
  return { ...counts, carriedUntil: carriedUntil ? dateToMonth(carriedUntil) : null };
});
