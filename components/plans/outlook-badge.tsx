import type { ProjectionStatus } from "@/lib/coverage/projection";
import type { Messages } from "@/lib/i18n/messages";

const STYLES: Record<ProjectionStatus, string> = {
  onTrack: "bg-green-100 text-met ring-green-600/20",
  atRisk: "bg-amber-100 text-near ring-amber-600/20",
  offTrack: "bg-red-100 text-behind ring-red-600/20",
};

/** The outlook's words: on track / at risk / off track, or met / missed once the milestone is reached. */
export function outlookText(outlook: ProjectionStatus, outcome: boolean, t: Messages): string {
  return outcome ? t.plans.view.outcomeStatus[outlook === "onTrack" ? "met" : "missed"] : t.plans.view.outlook[outlook];
}

/**
 * On track / at risk / off track, by the milestone, from the unit's projection; once the milestone
 * is reached (`outcome`), met or missed. A dash without a projection.
 */
export function OutlookBadge({
  outlook,
  outcome = false,
  t,
}: {
  outlook: ProjectionStatus | null;
  outcome?: boolean;
  t: Messages;
}) {
  if (!outlook) return <span className="text-slate-600">–</span>;
  const met = outlook === "onTrack";
  const style = outcome ? STYLES[met ? "onTrack" : "offTrack"] : STYLES[outlook];
  const text = outlookText(outlook, outcome, t);
  return (
    <span
      className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-sm font-medium ring-1 ring-inset print:ring-0 ${style}`}
    >
      {text}
    </span>
  );
}
