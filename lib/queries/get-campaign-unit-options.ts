// Units a user may choose for a campaign: the units below the country they manage, before and after
// the July 2025 reorganisation, each judged in its reference month (lib/permissions/scope.ts):
// provincial officials their province and its units, district officers their district and its
// communes (which ended in June 2025). Whether the user may change the chosen unit's data in the
// campaign's months is checked when it is saved (lib/campaigns/save-campaign.ts).
import "server-only";

import { Prisma } from "@prisma/client";
import { z } from "zod";

import { campaignUnitsSql } from "@/lib/campaigns/campaign-access";
import { db } from "@/lib/db";
import type { ScopedUser } from "@/lib/permissions/scope";
import { unitOptionRow, type UnitOption } from "@/lib/queries/unit-options";

export type CampaignUnitOption = UnitOption;

export async function getCampaignUnitOptions(user: ScopedUser): Promise<CampaignUnitOption[]> {
  const visible = await campaignUnitsSql(user);
  const inScope = visible ? Prisma.sql`AND x.id IN (SELECT unit_id FROM (${visible}) m)` : Prisma.empty;
  const rows = await db.$queryRaw<unknown[]>(Prisma.sql`
    SELECT x.id, x.code, x.name, x.kind::text AS kind, x.level, (x.valid_to IS NOT NULL) AS ended
    FROM unit x
    LEFT JOIN LATERAL (
      SELECT a.code FROM unit_closure c JOIN unit a ON a.id = c.ancestor_id WHERE c.descendant_id = x.id AND a.level = 1
    ) province ON true
    LEFT JOIN LATERAL (
      SELECT a.code FROM unit_closure c JOIN unit a ON a.id = c.ancestor_id WHERE c.descendant_id = x.id AND a.level = 2
    ) district ON true
    WHERE x.kind <> 'COUNTRY' ${inScope}
    ORDER BY x.valid_to IS NOT NULL, COALESCE(province.code, ''), COALESCE(district.code, ''), x.level, x.code`);
  return z.array(unitOptionRow).parse(rows);
}
