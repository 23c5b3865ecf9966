// Units a user may choose for a campaign: the units below the country they manage, before and after
// the July 2025 reorganisation, each judged in its reference month (lib/permissions/scope.ts):
// provincial officials their province and its units, district officers their district and its
// communes (which ended in June 2025). Whether the user may change the chosen unit's data in the
// campaign's months is checked when it is saved (lib/campaigns/save-campaign.ts).
import "server-only";

import { Prisma } from "@prisma/client";

import { campaignUnitsSql } from "@/lib/campaigns/campaign-access";
import type { ScopedUser } from "@/lib/permissions/scope";
import { readUnitOptions, type UnitOption } from "@/lib/queries/unit-options";

export type CampaignUnitOption = UnitOption;

export async function getCampaignUnitOptions(user: ScopedUser): Promise<CampaignUnitOption[]> {
  const visible = await campaignUnitsSql(user);
  const inScope = visible ? Prisma.sql`AND x.id IN (SELECT unit_id FROM (${visible}) m)` : Prisma.empty;
  return readUnitOptions(Prisma.sql`x.kind <> 'COUNTRY' ${inScope}`);
}
