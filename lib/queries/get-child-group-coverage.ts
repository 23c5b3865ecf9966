// Insured and eligible people of each participant group in each child unit of a unit, in one month
// (the structure valid in that month): the shares of a group target's allocation.
import "server-only";
import { cache } from "react";
import { z } from "zod";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { db } from "@/lib/db";
import { type Month, monthToDate } from "@/lib/period";
import { countedFigures, sqlCount, validOn } from "./sql";

const row = z.object({ childId: z.number().int(), groupId: z.number().int(), insured: sqlCount, eligible: sqlCount });

export type ChildGroupCoverage = z.infer<typeof row>;

export const getChildGroupCoverage = cache(async (unitId: number, month: Month, basis: CountingBasis = "submitted"): Promise<ChildGroupCoverage[]> => {
  const day = monthToDate(month);
  const rows = await db.$queryRaw<unknown[]>`
    SELECT c.ancestor_id AS "childId", f.group_id AS "groupId",
           SUM(f.insured)::bigint AS insured, SUM(f.eligible)::bigint AS eligible
    FROM unit ch
    JOIN unit_closure c ON c.ancestor_id = ch.id
    JOIN unit u ON u.id = c.descendant_id AND ${validOn("u", day)}
    JOIN ${countedFigures(basis)} f ON f.unit_id = u.id AND f.period = ${day}::date
    WHERE ch.parent_id = ${unitId} AND ${validOn("ch", day)}
    GROUP BY c.ancestor_id, f.group_id`;
  return z.array(row).parse(rows);
});
