// Who may see and who may change a campaign. A user sees the campaigns of the units in their scope,
// each unit judged in its reference month (manageableUnitsSql: an old district in June 2025), so a
// district officer keeps seeing the campaigns of their district and today's provincial officials
// those of the units theirs succeeded. Changing one (permission campaign:manage) follows the rule
// for a unit's monthly data (canChangeUnitData) in its first and its last month: provincial
// officials for the units in their scope, district officers for theirs before July 2025.
import "server-only";

import type { Prisma } from "@prisma/client";

import { AccessRefusal } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import { can } from "@/lib/permissions/can";
import { canChangeUnitData, manageableUnitsSql, type ScopedUser } from "@/lib/permissions/scope";

/** The ids (column `unit_id`) of the units whose campaigns the user may see; null: every unit. */
export async function campaignUnitsSql(user: ScopedUser, client: DbClient = db): Promise<Prisma.Sql | null> {
  return manageableUnitsSql(user, client);
}

/** Whether the user may create, edit or end a campaign of `unitId` running from `first` to `last`. */
export async function canManageCampaign(
  user: ScopedUser,
  campaign: { unitId: number; first: Month; last: Month },
  client: DbClient = db,
): Promise<boolean> {
  if (!can(user, "campaign:manage")) return false;
  return (
    (await canChangeUnitData(user, campaign.unitId, campaign.first, client)) &&
    (await canChangeUnitData(user, campaign.unitId, campaign.last, client))
  );
}

/** Refuses (security log) a campaign the user may not manage. */
export async function checkCampaignScope(
  user: ScopedUser,
  campaign: { unitId: number; first: Month; last: Month },
  client: DbClient,
  t: Messages,
): Promise<void> {
  if (!(await canManageCampaign(user, campaign, client))) throw new AccessRefusal(t, "out_of_scope", campaign.unitId);
}
