import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { CampaignForm } from "@/components/campaigns/campaign-form";
import { EndCampaignForm } from "@/components/campaigns/end-campaign-form";
import { entered } from "@/components/ui/entered";
import { requirePermission } from "@/lib/auth/current-user";
import { canManageCampaign } from "@/lib/campaigns/campaign-access";
import { campaignFormInitial } from "@/lib/campaigns/campaign-form-initial";
import { campaignStatus } from "@/lib/campaigns/campaign-status";
import { currentMonth } from "@/lib/clock";
import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { getI18n } from "@/lib/i18n/server";
import { getCampaignUnitOptions } from "@/lib/queries/get-campaign-unit-options";
import { getCampaign } from "@/lib/queries/get-campaigns";
import { getPlans } from "@/lib/queries/get-plans";

type Props = { params: Promise<{ id: string }> };

async function loadCampaign(id: string) {
  const user = await requirePermission("campaign:manage");
  const campaign = await getCampaign(user, /^\d{1,9}$/.test(id) ? Number(id) : 0);
  if (
    !campaign ||
    !(await canManageCampaign(user, { unitId: campaign.unitId, first: campaign.firstMonth, last: campaign.lastMonth }))
  )
    notFound();
  return { user, campaign };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { t }] = await Promise.all([params, getI18n()]);
  const { campaign } = await loadCampaign(id);
  return { title: `${t.campaigns.form.editTitle}: ${campaign.name}` };
}

export default async function EditCampaignPage({ params }: Props) {
  const [{ id }, { locale, t }] = await Promise.all([params, getI18n()]);
  const { user, campaign } = await loadCampaign(id);
  const [units, plans] = await Promise.all([getCampaignUnitOptions(user), getPlans(user)]);
  const today = currentMonth();
  const running = campaignStatus({ ...campaign, endedEarly: campaign.endedEarlyAt !== null }, today) === "running";
  return (
    <div className="space-y-4">
      <Link
        href={`/campaigns#campaign-${campaign.id}`}
        className="text-sm text-brand-700 underline-offset-2 hover:underline"
      >
        ← {t.campaigns.form.backToList}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t.campaigns.form.editTitle}</h1>
        <p className="text-sm text-slate-500" {...entered("campaign")}>
          {campaign.name}
        </p>
      </div>
      <CampaignForm
        initial={campaignFormInitial(campaign, locale)}
        units={units}
        plans={plans.filter((plan) => plan.archivedAt === null || plan.id === campaign.planId)}
        t={t.campaigns}
      />
      {running && (
        <EndCampaignForm
          campaignId={campaign.id}
          version={campaign.version}
          texts={{
            ...t.campaigns.end,
            description: fill(t.campaigns.end.description, { month: formatMonth(today, locale) }),
          }}
        />
      )}
    </div>
  );
}
