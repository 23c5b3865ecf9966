import type { Metadata } from "next";
import Link from "next/link";

import { CampaignSummary } from "@/components/campaigns/campaign-summary";
import { buttonClasses } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { CAMPAIGN_STATUSES, type CampaignStatus } from "@/lib/campaigns/campaign-status";
import { getCampaignsWithProgress } from "@/lib/campaigns/campaigns-with-progress";
import { formatCount } from "@/lib/format";
import { getI18n } from "@/lib/i18n/server";
import { can } from "@/lib/permissions/can";
import { campaignHref } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.campaigns.list.title };
}

type Props = { searchParams: Promise<{ status?: string }> };

/** The order of the list: running first, then those to come, then the finished ones. */
const ORDER: Record<CampaignStatus, number> = { running: 0, upcoming: 1, finished: 2 };

export default async function CampaignsPage({ searchParams }: Props) {
  const [user, query, { locale, t }] = await Promise.all([requireUser(), searchParams, getI18n()]);
  const campaigns = await getCampaignsWithProgress(user, { kind: "all" });
  const status = CAMPAIGN_STATUSES.find((value) => value === query.status) ?? null;
  const shown = campaigns
    .filter((campaign) => status === null || campaign.status === status)
    .sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  const manages = can(user, "campaign:manage");
  const filters: { value: CampaignStatus | null; label: string; count: number }[] = [
    { value: null, label: t.campaigns.list.all, count: campaigns.length },
    ...CAMPAIGN_STATUSES.map((value) => ({
      value,
      label: t.campaigns.status[value],
      count: campaigns.filter((c) => c.status === value).length,
    })),
  ];

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t.campaigns.list.title}</h1>
          <p className="max-w-3xl text-sm text-slate-500">{t.campaigns.list.description}</p>
        </div>
        {manages && (
          <Link href={campaignHref()} className={buttonClasses("primary", "px-3 py-2 text-sm")}>
            {t.campaigns.list.create}
          </Link>
        )}
      </div>
      <nav aria-label={t.campaigns.list.filter} className="flex flex-wrap gap-2">
        {filters.map(({ value, label, count }) => (
          <Link
            key={value ?? "all"}
            href={value ? `/campaigns?status=${value}` : "/campaigns"}
            aria-current={value === status ? "page" : undefined}
            className="rounded-full border border-slate-300 bg-white px-3 py-1 text-sm text-slate-800 hover:bg-slate-100 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {label} <span className="tabular-nums">({formatCount(count, locale)})</span>
          </Link>
        ))}
      </nav>
      {shown.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          {t.campaigns.list.empty}
        </p>
      ) : (
        <ul className="space-y-3">
          {shown.map((campaign) => (
            <li key={campaign.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <CampaignSummary
                campaign={campaign}
                locale={locale}
                t={t.campaigns}
                editHref={manages ? campaignHref(campaign.id) : undefined}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
