// Where a campaign stands in time, judged in the current month: not started yet, running (the
// month is one of its months), or finished (its last month has passed, or an official ended it).
import type { Month } from "@/lib/period";

export const CAMPAIGN_STATUSES = ["running", "upcoming", "finished"] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export function campaignStatus(
  campaign: { firstMonth: Month; lastMonth: Month; endedEarly: boolean },
  today: Month,
): CampaignStatus {
  if (campaign.endedEarly || campaign.lastMonth < today) return "finished";
  if (campaign.firstMonth > today) return "upcoming";
  return "running";
}
