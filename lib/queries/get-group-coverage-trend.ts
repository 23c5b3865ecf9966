// Monthly coverage of each participant group of one unit (insured and eligible summed over the units
// below it valid in each month), zero-filled: one series per group that has figures in the range.
// Read from the store of counted figures (./counted-store.ts).
import "server-only";

import { Prisma } from "@prisma/client";
import { cache } from "react";
import { z } from "zod";

import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { db } from "@/lib/db";
import { dateToMonth, monthRange, monthToDate, type Month } from "@/lib/period";

import { storedGroupFigures, storeReadingForSeries } from "./counted-store";
import { sqlCount } from "./sql";

const groupMonthRow = z.object({ groupId: z.number().int(), period: z.date(), insured: sqlCount, eligible: sqlCount });

export type GroupTrendPoint = { month: Month; insured: number; eligible: number };

export const getGroupCoverageTrend = cache(
  async (
    unitId: number,
    from: Month,
    to: Month,
    basis: CountingBasis = "submitted",
  ): Promise<Map<number, GroupTrendPoint[]>> => {
    const start = monthToDate(from);
    const end = monthToDate(to);
    const reading = await storeReadingForSeries(null);
    const rows = await db.$queryRaw<unknown[]>`
    SELECT f.group_id AS "groupId", f.period, SUM(f.insured)::bigint AS insured, SUM(f.eligible)::bigint AS eligible
    FROM ${storedGroupFigures(Prisma.sql`${unitId}`, start, end, basis, reading)} f
    GROUP BY f.group_id, f.period`;
    const byGroup = new Map<number, Map<Month, GroupTrendPoint>>();
    for (const row of z.array(groupMonthRow).parse(rows)) {
      const month = dateToMonth(row.period);
      const series = byGroup.get(row.groupId) ?? new Map<Month, GroupTrendPoint>();
      series.set(month, { month, insured: row.insured, eligible: row.eligible });
      byGroup.set(row.groupId, series);
    }
    const months = to < from ? [] : monthRange(from, to);
    return new Map(
      [...byGroup].map(([groupId, series]) => [
        groupId,
        months.map((month) => series.get(month) ?? { month, insured: 0, eligible: 0 }),
      ]),
    );
  },
);
