// Creating, editing and ending a campaign, each through the action wrapper (permission
// campaign:manage, Zod, scope, audit in one transaction). The unit must be valid throughout the
// campaign's months (so its progress reads one structure), and the user must be allowed to change
// its data in its first and its last month (lib/campaigns/campaign-access.ts): the wrapper checks
// the stored campaign (or, on creation, the last month), the action the values posted. A plan it
// belongs to must apply to the unit (issued for it or a unit above it), be visible to the user and
// not archived. Editing and ending check the version the page was loaded with. Refusals name the
// field with an issue code (lib/validation/campaign-form.ts), worded by the form.
import type { Campaign } from "@prisma/client";

import {
  AccessRefusal,
  ActionRefusal,
  defineAction,
  type ActionContext,
  type ScopeTarget,
} from "@/lib/actions/authed-action";
import { currentMonth, now } from "@/lib/clock";
import type { DbClient } from "@/lib/db-client";
import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { addMonths, dateToMonth, monthToDate, type Month } from "@/lib/period";
import { canViewPlan } from "@/lib/plans/plan-access";
import {
  createCampaignSchema,
  endCampaignSchema,
  updateCampaignSchema,
  type CampaignFormValues,
  type CampaignIssue,
} from "@/lib/validation/campaign-form";

import { checkCampaignScope } from "./campaign-access";
import { campaignStatus } from "./campaign-status";

function refuse(field: string, issue: CampaignIssue, { t }: Pick<ActionContext, "t">): never {
  throw new ActionRefusal(t.actions.invalidInput, { [field]: [issue] });
}

async function checkCampaignValues(values: CampaignFormValues, context: ActionContext): Promise<void> {
  const { tx, user, t } = context;
  const unit = await tx.unit.findUnique({
    where: { id: values.unitId },
    select: { kind: true, validFrom: true, validTo: true },
  });
  if (!unit) throw new AccessRefusal(t, "not_found");
  if (unit.kind === "COUNTRY") refuse("unitId", "unitRequired", context);
  const validThroughout =
    unit.validFrom <= monthToDate(values.firstMonth) &&
    (unit.validTo === null || unit.validTo > monthToDate(values.lastMonth));
  if (!validThroughout) refuse("unitId", "unitNotValidThroughout", context);
  await checkCampaignScope(user, { unitId: values.unitId, first: values.firstMonth, last: values.lastMonth }, tx, t);
  if (values.planId !== null) {
    const plan = await tx.plan.findUnique({
      where: { id: values.planId },
      select: { scopeUnitId: true, archivedAt: true },
    });
    if (!plan || plan.archivedAt || !(await canViewPlan(user, plan.scopeUnitId, tx)))
      refuse("planId", "planInvalid", context);
    const applies = await tx.unitClosure.findUnique({
      where: { ancestorId_descendantId: { ancestorId: plan.scopeUnitId, descendantId: values.unitId } },
      select: { depth: true },
    });
    if (!applies) refuse("planId", "planNotForUnit", context);
  }
}

function campaignData(values: CampaignFormValues) {
  return {
    unitId: values.unitId,
    planId: values.planId,
    name: values.name,
    firstMonth: monthToDate(values.firstMonth),
    lastMonth: monthToDate(values.lastMonth),
    targetNewlyEnrolled: values.targetNewlyEnrolled,
    targetRenewed: values.targetRenewed,
    targetRateBp: values.targetRateBp,
    responsibleAgency: values.responsibleAgency,
    notes: values.notes,
  };
}

/** What the audit log keeps of a campaign: its fields, months as YYYY-MM. */
function campaignSnapshot(campaign: Campaign) {
  return {
    unitId: campaign.unitId,
    planId: campaign.planId,
    name: campaign.name,
    firstMonth: dateToMonth(campaign.firstMonth),
    lastMonth: dateToMonth(campaign.lastMonth),
    targetNewlyEnrolled: campaign.targetNewlyEnrolled,
    targetRenewed: campaign.targetRenewed,
    targetRateBp: campaign.targetRateBp,
    responsibleAgency: campaign.responsibleAgency,
    notes: campaign.notes,
    endedEarlyAt: campaign.endedEarlyAt?.toISOString() ?? null,
    version: campaign.version,
  };
}

/** The unit a stored campaign is about, in its last month, for the wrapper's scope check. */
async function storedCampaignScope(
  { campaignId }: { campaignId: number },
  client: DbClient,
): Promise<ScopeTarget | null> {
  const campaign = await client.campaign.findUnique({
    where: { id: campaignId },
    select: { unitId: true, lastMonth: true },
  });
  return campaign ? { unitId: campaign.unitId, month: dateToMonth(campaign.lastMonth) } : null;
}

/**
 * The unit a new campaign is about, for the wrapper's scope check: in the campaign's last month, or
 * the nearest month of the unit's validity when it ended before (or began after) it, so that a unit
 * not valid throughout is answered by checkCampaignValues, naming the field.
 */
async function newCampaignScope(values: CampaignFormValues, client: DbClient): Promise<ScopeTarget | null> {
  const unit = await client.unit.findUnique({
    where: { id: values.unitId },
    select: { validFrom: true, validTo: true },
  });
  if (!unit) return null;
  const first = dateToMonth(unit.validFrom);
  const last = unit.validTo ? addMonths(dateToMonth(unit.validTo), -1) : null;
  const month = last !== null && values.lastMonth > last ? last : values.lastMonth < first ? first : values.lastMonth;
  return { unitId: values.unitId, month };
}

export const createCampaignSpec = defineAction(
  "campaign.create",
  createCampaignSchema,
  "campaign:manage",
  async (values, context) => {
    await checkCampaignValues(values, context);
    const campaign = await context.tx.campaign.create({ data: campaignData(values) });
    return {
      audit: {
        action: "campaign.create",
        entityType: "campaign",
        entityId: String(campaign.id),
        unitId: campaign.unitId,
        after: campaignSnapshot(campaign),
      },
      message: fill(context.t.campaigns.form.created, { name: campaign.name }),
      redirectTo: `/campaigns#campaign-${campaign.id}`,
    };
  },
  { scope: newCampaignScope, revalidate: ["/campaigns"] },
);

export const updateCampaignSpec = defineAction(
  "campaign.update",
  updateCampaignSchema,
  "campaign:manage",
  async (values, context) => {
    const { tx } = context;
    const before = await tx.campaign.findUniqueOrThrow({ where: { id: values.campaignId } });
    await checkCampaignValues(values, context);
    const updated = await tx.campaign.updateMany({
      where: { id: values.campaignId, version: values.version },
      // A campaign ended early and given a later last month again runs on.
      data: {
        ...campaignData(values),
        endedEarlyAt: values.lastMonth > dateToMonth(before.lastMonth) ? null : before.endedEarlyAt,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw new ActionRefusal(context.t.campaigns.issues.stale);
    const after = await tx.campaign.findUniqueOrThrow({ where: { id: values.campaignId } });
    return {
      audit: {
        action: "campaign.update",
        entityType: "campaign",
        entityId: String(after.id),
        unitId: after.unitId,
        before: campaignSnapshot(before),
        after: campaignSnapshot(after),
      },
      message: fill(context.t.campaigns.form.updated, { name: after.name }),
      redirectTo: `/campaigns#campaign-${after.id}`,
    };
  },
  { scope: storedCampaignScope, revalidate: ["/campaigns"] },
);

export const endCampaignSpec = defineAction(
  "campaign.end",
  endCampaignSchema,
  "campaign:manage",
  async ({ campaignId, version }, context) => {
    const { tx, t, user } = context;
    const before = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    const today: Month = currentMonth();
    const stored = {
      firstMonth: dateToMonth(before.firstMonth),
      lastMonth: dateToMonth(before.lastMonth),
      endedEarly: before.endedEarlyAt !== null,
    };
    if (campaignStatus(stored, today) !== "running") throw new ActionRefusal(t.campaigns.issues.notRunning);
    await checkCampaignScope(user, { unitId: before.unitId, first: stored.firstMonth, last: today }, tx, t);
    const updated = await tx.campaign.updateMany({
      where: { id: campaignId, version },
      data: { lastMonth: monthToDate(today), endedEarlyAt: now(), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ActionRefusal(t.campaigns.issues.stale);
    const after = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    return {
      audit: {
        action: "campaign.end",
        entityType: "campaign",
        entityId: String(campaignId),
        unitId: after.unitId,
        before: campaignSnapshot(before),
        after: campaignSnapshot(after),
      },
      message: fill(t.campaigns.end.ended, { name: after.name, month: formatMonth(today, t.locale) }),
      version: after.version,
    };
  },
  { scope: storedCampaignScope, revalidate: ["/campaigns"] },
);
