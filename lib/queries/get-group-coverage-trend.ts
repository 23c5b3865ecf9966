// Monthly coverage of each participant group of one unit (insured and eligible summed over the units
// below it valid in each month), zero-filled: one series per group that has figures in the range.
// Read from the store of counted figures (./counted-store.ts). A group of a new group set continues,
// in the months before its set, the groups of the previous set it was mapped to (their summed figures,
// lib/coverage/group-succession.ts), so a plan's target for it is judged on one series across the
// boundary; a group that continues none starts at it.
import "server-only";

import { Prisma } from "@prisma/client";
import { cache } from "react";
import { z } from "zod";

import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { figuresOfGroup } from "@/lib/coverage/group-succession";
import { db } from "@/lib/db";
import { dateToMonth, monthRange, monthToDate, type Month } from "@/lib/period";

import { storedGroupFigures, storeReadingForSeries } from "./counted-store";
import { sqlCount } from "./sql";

const groupMonthRow = z.object({ groupId: z.number().int(), period: z.date(), insured: sqlCount, eligible: sqlCount });

export type GroupTrendPoint = { month: Month; insured: number; eligible: number };

type GroupFigures = Omit<GroupTrendPoint, "month">;

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
    const byMonth = new Map<Month, Map<number, GroupFigures>>();
    for (const row of z.array(groupMonthRow).parse(rows)) {
      const month = dateToMonth(row.period);
      const figures = byMonth.get(month) ?? new Map<number, GroupFigures>();
      figures.set(row.groupId, { insured: row.insured, eligible: row.eligible });
      byMonth.set(month, figures);
    }
    const ids = [...new Set([...byMonth.values()].flatMap((figures) => [...figures.keys()]))];
    const links = await db.groupSuccession.findMany({
      where: { OR: [{ groupId: { in: ids } }, { predecessorId: { in: ids } }] },
      select: { groupId: true, predecessorId: true },
    });
    const groups = new Map<number, number[]>(ids.map((id) => [id, []]));
    for (const link of links) groups.set(link.groupId, [...(groups.get(link.groupId) ?? []), link.predecessorId]);
    const months = to < from ? [] : monthRange(from, to);
    return new Map(
      [...groups].map(([id, predecessorIds]) => [
        id,
        months.map((month) => {
          const figures = figuresOfGroup(byMonth.get(month) ?? new Map<number, GroupFigures>(), { id, predecessorIds });
          return { month, insured: figures?.insured ?? 0, eligible: figures?.eligible ?? 0 };
        }),
      ]),
    );
  },
);
