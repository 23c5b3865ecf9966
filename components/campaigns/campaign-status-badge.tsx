import type { CampaignStatus } from "@/lib/campaigns/campaign-status";
import type { Messages } from "@/lib/i18n/messages";

const STYLES: Record<CampaignStatus, string> = {
  running: "bg-brand-50 text-brand-700 ring-brand-600/20",
  upcoming: "bg-slate-100 text-slate-700 ring-slate-500/20",
  finished: "bg-slate-100 text-slate-600 ring-slate-500/20",
};

export function CampaignStatusBadge({ status, t }: { status: CampaignStatus; t: Messages["campaigns"] }) {
  return (
    <span
      className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status]}`}
    >
      {t.status[status]}
    </span>
  );
}
