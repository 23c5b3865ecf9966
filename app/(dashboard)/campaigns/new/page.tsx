import type { Metadata } from "next";
import Link from "next/link";

import { CampaignForm } from "@/components/campaigns/campaign-form";
import { requirePermission } from "@/lib/auth/current-user";
import { emptyCampaignForm } from "@/lib/campaigns/campaign-form-initial";
import { getI18n } from "@/lib/i18n/server";
import { getCampaignUnitOptions } from "@/lib/queries/get-campaign-unit-options";
import { getPlans } from "@/lib/queries/get-plans";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.campaigns.form.newTitle };
}

type Props = { searchParams: Promise<{ unitId?: string }> };

export default async function NewCampaignPage({ searchParams }: Props) {
  const [user, query, { t }] = await Promise.all([requirePermission("campaign:manage"), searchParams, getI18n()]);
  const [units, plans] = await Promise.all([getCampaignUnitOptions(user), getPlans(user)]);
  const chosen = units.find((unit) => String(unit.id) === query.unitId)?.id ?? null;
  return (
    <div className="space-y-4">
      <Link href="/campaigns" className="text-sm text-brand-700 underline-offset-2 hover:underline">
        ← {t.campaigns.form.backToList}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t.campaigns.form.newTitle}</h1>
        <p className="max-w-3xl text-sm text-slate-500">{t.campaigns.form.newDescription}</p>
      </div>
      {units.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          {t.campaigns.form.noUnit}
        </p>
      ) : (
        <CampaignForm
          initial={emptyCampaignForm(chosen)}
          units={units}
          plans={plans.filter((plan) => plan.archivedAt === null)}
          t={t.campaigns}
        />
      )}
    </div>
  );
}
