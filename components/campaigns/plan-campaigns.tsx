// In a plan's view: the campaigns that belong to the plan and that the user may see, with their
// progress to date. Nothing when there are none.
import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";
import { getCampaignsWithProgress } from "@/lib/campaigns/campaigns-with-progress";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

import { CampaignSummary } from "./campaign-summary";

export async function PlanCampaigns({
  user,
  planId,
  locale,
  t,
}: {
  user: SessionUser;
  planId: number;
  locale: Locale;
  t: Messages;
}) {
  const campaigns = await getCampaignsWithProgress(user, { kind: "plan", planId });
  if (campaigns.length === 0) return null;
  return (
    <div data-testid="plan-campaigns">
      <Card title={t.campaigns.plan.title}>
        <ul className="divide-y divide-slate-200">
          {campaigns.map((campaign) => (
            <li key={campaign.id} className="py-3 first:pt-0">
              <CampaignSummary campaign={campaign} locale={locale} t={t.campaigns} compact />
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
