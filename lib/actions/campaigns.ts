"use server";

// Server actions of campaigns (rules in lib/campaigns/*), all through authedAction.
import { createCampaignSpec, endCampaignSpec, updateCampaignSpec } from "@/lib/campaigns/save-campaign";

import { authedAction } from "./authed-action";

export const createCampaign = authedAction(createCampaignSpec);
export const updateCampaign = authedAction(updateCampaignSpec);
export const endCampaign = authedAction(endCampaignSpec);
