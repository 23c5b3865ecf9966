// Insured and eligible people of each participant group in each child unit of a unit, in one month,
// for every child at once: the shares of a group target's allocation and the ranking's group rates.
// In the month's structure, or with a structure month in today's structure (children of today,
// figures carried from their predecessors), as ./get-child-coverage.ts. Read from the store of
// counted figures (./counted-store.ts).
import "server-only";

import { Prisma } from "@prisma/client";
import { cache } from "react";
import { z } from "zod";

import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";
import { validOn } from "@/lib/units/unit-in-month";

import { storedGroupFigures, storeReading } from "./counted-store";
import { sqlCount } from "./sql";

const row = z.object({ childId: z.number().int(), groupId: z.number().int(), insured: sqlCount, eligible: sqlCount });

export type ChildGroupCoverage = z.infer<typeof row>;

export const getChildGroupCoverage = cache(
  async (
    unitId: number,
    month: Month,
    structureMonth: Month | null = null,
    basis: CountingBasis = "submitted",
  ): Promise<ChildGroupCoverage[]> => {
    const day = monthToDate(month);
    const structureDay = structureMonth === null ? day : monthToDate(structureMonth);
    const reading = await storeReading(month, structureMonth);
    const children = Prisma.sql`SELECT ch.id FROM unit ch WHERE ch.parent_id = ${unitId} AND ${validOn("ch", structureDay)}`;
    const rows = await db.$queryRaw<unknown[]>`
      SELECT f.unit_id AS "childId", f.group_id AS "groupId", SUM(f.insured)::bigint AS insured, SUM(f.eligible)::bigint AS eligible
      FROM ${storedGroupFigures(children, day, day, basis, reading)} f
      GROUP BY f.unit_id, f.group_id`;
    return z.array(row).parse(rows);
  },
);
