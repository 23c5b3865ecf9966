// The campaign form as posted: unitId, planId (blank: none), name, firstMonth and lastMonth
// (YYYY-MM), targetNewlyEnrolled, targetRenewed (people), targetRate (percent, "97,2"),
// responsibleAgency, notes; campaignId and version when editing. Every field is checked (all errors
// at once) and each error is a code on its input (CAMPAIGN_ISSUES), worded in the reader's language
// by the form (t.campaigns.issues), never a sentence here.
import { z } from "zod";

import { monthsBetween, type Month } from "@/lib/period";

import { parseAssignedCount, parseMonthInput, parseRatePercent } from "./plan-values";

/** A campaign lasts weeks or months: at most two years. */
export const MAX_CAMPAIGN_MONTHS = 24;

export const CAMPAIGN_ISSUES = [
  "unitRequired",
  "nameRequired",
  "nameTooLong",
  "agencyRequired",
  "agencyTooLong",
  "notesTooLong",
  "monthRequired",
  "lastBeforeFirst",
  "tooManyMonths",
  "countInvalid",
  "rateInvalid",
  "targetRequired",
  "planInvalid",
  "invalid",
  // Refusals decided against the database (lib/campaigns/save-campaign.ts).
  "unitNotValidThroughout",
  "planNotForUnit",
  "notRunning",
  "stale",
] as const;

export type CampaignIssue = (typeof CAMPAIGN_ISSUES)[number];

export function isCampaignIssue(value: string): value is CampaignIssue {
  return (CAMPAIGN_ISSUES as readonly string[]).includes(value);
}

export type CampaignFormValues = {
  unitId: number;
  planId: number | null;
  name: string;
  firstMonth: Month;
  lastMonth: Month;
  targetNewlyEnrolled: number | null;
  targetRenewed: number | null;
  targetRateBp: number | null;
  responsibleAgency: string;
  notes: string | null;
};

const text = z.string().optional();

const rawSchema = z.object({
  unitId: text,
  planId: text,
  name: text,
  firstMonth: text,
  lastMonth: text,
  targetNewlyEnrolled: text,
  targetRenewed: text,
  targetRate: text,
  responsibleAgency: text,
  notes: text,
});

type Issue = (name: string, code: CampaignIssue) => void;

function id(raw: string | undefined): number | null {
  const value = (raw ?? "").trim();
  return /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

function positiveCount(raw: string | undefined, name: string, issue: Issue): number | null {
  const count = parseAssignedCount(raw);
  if (count === "invalid" || count === 0) {
    issue(name, "countInvalid");
    return null;
  }
  return count;
}

export function readCampaignForm(raw: z.infer<typeof rawSchema>, issue: Issue): CampaignFormValues | null {
  let failed = false;
  const report: Issue = (name, code) => {
    failed = true;
    issue(name, code);
  };
  const unitId = id(raw.unitId);
  if (unitId === null) report("unitId", "unitRequired");
  const planText = (raw.planId ?? "").trim();
  const planId = planText === "" ? null : id(planText);
  if (planText !== "" && planId === null) report("planId", "planInvalid");

  const name = (raw.name ?? "").trim();
  if (name === "") report("name", "nameRequired");
  else if (name.length > 200) report("name", "nameTooLong");
  const responsibleAgency = (raw.responsibleAgency ?? "").trim();
  if (responsibleAgency === "") report("responsibleAgency", "agencyRequired");
  else if (responsibleAgency.length > 200) report("responsibleAgency", "agencyTooLong");
  const notes = (raw.notes ?? "").trim();
  if (notes.length > 2000) report("notes", "notesTooLong");

  const firstMonth = parseMonthInput(raw.firstMonth);
  const lastMonth = parseMonthInput(raw.lastMonth);
  if (!firstMonth) report("firstMonth", "monthRequired");
  if (!lastMonth) report("lastMonth", "monthRequired");
  if (firstMonth && lastMonth) {
    if (lastMonth < firstMonth) report("lastMonth", "lastBeforeFirst");
    else if (monthsBetween(firstMonth, lastMonth) >= MAX_CAMPAIGN_MONTHS) report("lastMonth", "tooManyMonths");
  }

  const targetNewlyEnrolled = positiveCount(raw.targetNewlyEnrolled, "targetNewlyEnrolled", report);
  const targetRenewed = positiveCount(raw.targetRenewed, "targetRenewed", report);
  const rate = parseRatePercent(raw.targetRate);
  if (rate === "invalid") report("targetRate", "rateInvalid");
  const targetRateBp = rate === "invalid" ? null : rate;
  const typed = [raw.targetNewlyEnrolled, raw.targetRenewed, raw.targetRate].some(
    (value) => (value ?? "").trim() !== "",
  );
  if (!typed) report("targets", "targetRequired");

  if (failed || unitId === null || !firstMonth || !lastMonth) return null;
  return {
    unitId,
    planId,
    name,
    firstMonth,
    lastMonth,
    targetNewlyEnrolled,
    targetRenewed,
    targetRateBp,
    responsibleAgency,
    notes: notes === "" ? null : notes,
  };
}

function issueIn(context: z.RefinementCtx): Issue {
  return (name, code) => context.addIssue({ code: "custom", path: [name], message: code });
}

const idSchema = z.coerce.number({ message: "invalid" }).int({ message: "invalid" }).positive({ message: "invalid" });

export const campaignIdSchema = idSchema;
export const campaignVersionSchema = idSchema;

export const createCampaignSchema = rawSchema.transform(
  (raw, context) => readCampaignForm(raw, issueIn(context)) ?? z.NEVER,
);

export const updateCampaignSchema = rawSchema
  .extend({ campaignId: campaignIdSchema, version: campaignVersionSchema })
  .transform((raw, context) => {
    const values = readCampaignForm(raw, issueIn(context));
    return values ? { ...values, campaignId: raw.campaignId, version: raw.version } : z.NEVER;
  });
export const endCampaignSchema = z.object({ campaignId: campaignIdSchema, version: campaignVersionSchema });
