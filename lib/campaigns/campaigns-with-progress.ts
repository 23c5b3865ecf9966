// Campaigns as the pages show them: the campaigns a user may see (lib/queries/get-campaigns.ts),
// each with its status today and its progress (lib/coverage/campaign-progress.ts) from the counts
// of the reports (lib/queries/get-campaign-progress.ts), up to `asOf` when given (a dashboard's month).
import "server-only";

import { currentMonth } from "@/lib/clock";
import { campaignProgress, type CampaignProgress } from "@/lib/coverage/campaign-progress";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import type { Month } from "@/lib/period";
import type { ScopedUser } from "@/lib/permissions/scope";
import { getCampaignCounts } from "@/lib/queries/get-campaign-progress";
import { getCampaigns, type CampaignFilter, type CampaignItem } from "@/lib/queries/get-campaigns";

import { campaignStatus, type CampaignStatus } from "./campaign-status";

export type CampaignWithProgress = CampaignItem & {
  status: CampaignStatus;
  progress: CampaignProgress;
  /** The month the progress runs to (the latest counted month of the campaign, up to `asOf`). */
  latestMonth: Month | null;
};

export async function getCampaignsWithProgress(
  user: ScopedUser,
  filter: CampaignFilter,
  options: { basis?: CountingBasis; asOf?: Month | null } = {},
): Promise<CampaignWithProgress[]> {
  const campaigns = await getCampaigns(user, filter);
  const counts = await getCampaignCounts(campaigns, options.basis ?? "submitted", options.asOf ?? null);
  const today = currentMonth();
  return campaigns.map((campaign) => {
    const { latestMonth, ...count } = counts.get(campaign.id)!;
    return {
      ...campaign,
      status: campaignStatus({ ...campaign, endedEarly: campaign.endedEarlyAt !== null }, today),
      progress: campaignProgress(
        { newlyEnrolled: campaign.targetNewlyEnrolled, renewed: campaign.targetRenewed, rateBp: campaign.targetRateBp },
        count,
      ),
      latestMonth,
    };
  });
}
