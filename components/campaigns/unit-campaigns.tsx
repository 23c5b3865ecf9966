// On a unit's dashboard: the campaigns of the unit and of the units below it that run in the month
// shown, each with its progress to the end of that month on the dashboard's counting basis, and a
// link to the list (and, for officials, to a new campaign of the unit). Without any, one line.
import Link from "next/link";

import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";
import { getCampaignsWithProgress } from "@/lib/campaigns/campaigns-with-progress";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import { can } from "@/lib/permissions/can";
import { campaignHref } from "@/lib/routes";

import { CampaignSummary } from "./campaign-summary";

type Props = { user: SessionUser; unitId: number; month: Month; basis: CountingBasis; locale: Locale; t: Messages };

export async function UnitCampaigns({ user, unitId, month, basis, locale, t }: Props) {
  const campaigns = await getCampaignsWithProgress(user, { kind: "unit", unitId, month }, { basis, asOf: month });
  const texts = t.campaigns;
  const links = (
    <span className="flex flex-wrap gap-x-4 gap-y-1">
      <Link href="/campaigns" className="font-medium text-brand-700 hover:underline">
        {texts.card.toList} →
      </Link>
      {can(user, "campaign:manage") && (
        <Link
          href={campaignHref(undefined, { unitId: String(unitId) })}
          className="font-medium text-brand-700 hover:underline"
        >
          {texts.card.create}
        </Link>
      )}
    </span>
  );
  if (campaigns.length === 0) {
    return (
      <nav
        aria-label={texts.nav}
        className="no-print flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm"
        data-testid="unit-campaigns"
      >
        <span className="text-slate-600">{texts.nav}:</span>
        <span className="text-slate-500">{texts.card.none}</span>
        {links}
      </nav>
    );
  }
  return (
    <div data-testid="unit-campaigns">
      <Card title={fill(texts.card.title, { month: formatMonth(month, locale) })}>
        <ul className="divide-y divide-slate-200">
          {campaigns.map((campaign) => (
            <li key={campaign.id} className="py-3 first:pt-0">
              <CampaignSummary campaign={campaign} locale={locale} t={texts} compact />
            </li>
          ))}
        </ul>
        <div className="mt-3 text-sm">{links}</div>
      </Card>
    </div>
  );
}
