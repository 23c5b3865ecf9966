import type { ProjectionStatus } from "@/lib/coverage/projection";
import type { Messages } from "@/lib/i18n/messages";

const STYLES: Record<ProjectionStatus, string> = {
  onTrack: "bg-green-100 text-met ring-green-600/20",
  atRisk: "bg-amber-100 text-near ring-amber-600/20",
  offTrack: "bg-red-100 text-behind ring-red-600/20",
};

/** On track / at risk / off track, by the milestone, from the unit's trend; a dash without a projection. */
export function OutlookBadge({ outlook, t }: { outlook: ProjectionStatus | null; t: Messages }) {
  if (!outlook) return <span className="text-slate-600">–</span>;
  return (
    <span className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-sm font-medium ring-1 ring-inset print:ring-0 ${STYLES[outlook]}`}>
      {t.plans.view.outlook[outlook]}
    </span>
  );
}
