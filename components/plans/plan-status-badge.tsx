import type { Messages } from "@/lib/i18n/messages";
import type { PlanStatus } from "@/lib/plans/plan-status";

const STYLES: Record<PlanStatus, string> = {
  active: "bg-brand-50 text-brand-700 ring-brand-600/20",
  upcoming: "bg-slate-100 text-slate-700 ring-slate-500/20",
  ended: "bg-slate-100 text-slate-600 ring-slate-500/20",
  archived: "bg-amber-50 text-near ring-amber-600/20",
};

export function PlanStatusBadge({ status, t }: { status: PlanStatus; t: Messages }) {
  return (
    <span
      className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status]}`}
    >
      {t.plans.status[status]}
    </span>
  );
}
