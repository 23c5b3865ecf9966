// What the campaign form starts from: blank (a unit chosen when given) or a stored campaign, the
// rate written in the reader's locale.
import type { Locale } from "@/lib/i18n/locales";
import type { CampaignItem } from "@/lib/queries/get-campaigns";
import { rateInputValue } from "@/lib/validation/plan-values";

export type CampaignFormInitial = {
  campaignId?: number;
  version?: number;
  unitId: string;
  planId: string;
  name: string;
  firstMonth: string;
  lastMonth: string;
  targetNewlyEnrolled: string;
  targetRenewed: string;
  targetRate: string;
  responsibleAgency: string;
  notes: string;
};

export function emptyCampaignForm(unitId: number | null): CampaignFormInitial {
  return {
    unitId: unitId === null ? "" : String(unitId),
    planId: "",
    name: "",
    firstMonth: "",
    lastMonth: "",
    targetNewlyEnrolled: "",
    targetRenewed: "",
    targetRate: "",
    responsibleAgency: "",
    notes: "",
  };
}

export function campaignFormInitial(campaign: CampaignItem, locale: Locale): CampaignFormInitial {
  return {
    campaignId: campaign.id,
    version: campaign.version,
    unitId: String(campaign.unitId),
    planId: campaign.planId === null ? "" : String(campaign.planId),
    name: campaign.name,
    firstMonth: campaign.firstMonth,
    lastMonth: campaign.lastMonth,
    targetNewlyEnrolled: campaign.targetNewlyEnrolled === null ? "" : String(campaign.targetNewlyEnrolled),
    targetRenewed: campaign.targetRenewed === null ? "" : String(campaign.targetRenewed),
    targetRate: rateInputValue(campaign.targetRateBp, locale === "vi" ? "," : "."),
    responsibleAgency: campaign.responsibleAgency,
    notes: campaign.notes ?? "",
  };
}
