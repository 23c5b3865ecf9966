// The campaigns a user may see (lib/campaigns/campaign-access.ts): all of them, those of a unit and
// the units below it running in a month (the unit's dashboard), or those of a plan (the plan view);
// running and upcoming first, then the most recent.
import "server-only";

import { Prisma } from "@prisma/client";
import { z } from "zod";

import { campaignUnitsSql } from "@/lib/campaigns/campaign-access";
import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { dateToMonth, monthToDate, type Month } from "@/lib/period";
import type { ScopedUser } from "@/lib/permissions/scope";

const campaignRow = z.object({
  id: z.number().int(),
  name: z.string(),
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  planId: z.number().int().nullable(),
  planNumber: z.string().nullable(),
  firstMonth: z.date().transform(dateToMonth),
  lastMonth: z.date().transform(dateToMonth),
  targetNewlyEnrolled: z.number().int().nullable(),
  targetRenewed: z.number().int().nullable(),
  targetRateBp: z.number().int().nullable(),
  responsibleAgency: z.string(),
  notes: z.string().nullable(),
  endedEarlyAt: z.date().nullable(),
  version: z.number().int(),
});

export type CampaignItem = z.infer<typeof campaignRow>;

export type CampaignFilter =
  | { kind: "all" }
  /** The campaigns of a unit and of the units below it that run in a month. */
  | { kind: "unit"; unitId: number; month: Month }
  | { kind: "plan"; planId: number }
  | { kind: "id"; id: number };

function filterSql(filter: CampaignFilter): Prisma.Sql {
  switch (filter.kind) {
    case "all":
      return Prisma.sql`TRUE`;
    case "unit": {
      const day = monthToDate(filter.month);
      return Prisma.sql`c.unit_id IN (SELECT descendant_id FROM unit_closure WHERE ancestor_id = ${filter.unitId})
        AND c.first_month <= ${day}::date AND c.last_month >= ${day}::date`;
    }
    case "plan":
      return Prisma.sql`c.plan_id = ${filter.planId}`;
    case "id":
      return Prisma.sql`c.id = ${filter.id}`;
  }
}

export async function getCampaigns(
  user: ScopedUser,
  filter: CampaignFilter,
  client: DbClient = db,
): Promise<CampaignItem[]> {
  const visible = await campaignUnitsSql(user, client);
  const inScope = visible ? Prisma.sql`AND c.unit_id IN (SELECT unit_id FROM (${visible}) v)` : Prisma.empty;
  const rows = await client.$queryRaw<unknown[]>(Prisma.sql`
    SELECT c.id, c.name, c.unit_id AS "unitId", u.code AS "unitCode", u.name AS "unitName",
           c.plan_id AS "planId", p.number AS "planNumber",
           c.first_month AS "firstMonth", c.last_month AS "lastMonth",
           c.target_newly_enrolled AS "targetNewlyEnrolled", c.target_renewed AS "targetRenewed",
           c.target_rate_bp AS "targetRateBp", c.responsible_agency AS "responsibleAgency", c.notes,
           c.ended_early_at AS "endedEarlyAt", c.version
    FROM campaign c
    JOIN unit u ON u.id = c.unit_id
    LEFT JOIN plan p ON p.id = c.plan_id
    WHERE ${filterSql(filter)} ${inScope}
    ORDER BY c.last_month DESC, c.first_month DESC, c.id DESC`);
  return z.array(campaignRow).parse(rows);
}

/** One campaign, if the user may see it. */
export async function getCampaign(user: ScopedUser, id: number): Promise<CampaignItem | null> {
  return (await getCampaigns(user, { kind: "id", id }))[0] ?? null;
}
