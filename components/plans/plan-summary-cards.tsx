// The headline of a plan's leader view for one unit and month: actual rate, target, points above or
// below, people still to enroll, attainment of the assigned number (a different percentage, labelled
// so), and the projection to the milestone with its outlook; then how the projection is made.
import { STATUS_TEXT, StatusBadge } from "@/components/dashboard/status-badge";
import { AT_RISK_MARGIN_POINTS } from "@/lib/coverage/projection";
import { formatCount, formatDate, formatPercent, formatPoints } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { getOverallStanding } from "@/lib/queries/get-plan-progress";

import { BigStat } from "./big-stat";
import { OutlookBadge } from "./outlook-badge";
import type { PlanWidgetProps } from "./plan-widget";
import { overallStandingHint } from "./standing-text";
import { assignedText, targetText } from "./target-text";

export async function PlanSummaryCards({ plan, unit, month, historyFrom, locale, t }: PlanWidgetProps) {
  const overall = await getOverallStanding(plan.id, unit.id, month, historyFrom);
  const { summary, standing } = overall;
  const v = t.plans.view;
  const n = (value: number) => formatCount(value, locale);
  const { progress, target, projection, outlook } = standing;
  if (summary.reportingUnits === 0)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">{v.noFigures}</p>
    );
  const due = target ? formatDate(target.dueOn, locale) : "";
  return (
    <div className="space-y-2">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3 print:grid-cols-3">
        <BigStat
          testId="plan-actual"
          label={v.actual}
          value={formatPercent(progress.rate, locale)}
          valueClassName={STATUS_TEXT[progress.status]}
          hint={
            <>
              <StatusBadge status={progress.status} t={t} />{" "}
              {fill(v.actualHint, { insured: n(summary.insured), population: n(summary.population) })}
            </>
          }
        />
        <BigStat
          testId="plan-target"
          label={v.target}
          value={targetText(target, locale, t)}
          hint={
            target
              ? fill(v.targetHint, { due, source: target.inherited ? v.inherited : target.planNumber })
              : v.noTarget
          }
        />
        <BigStat
          testId="plan-points"
          label={v.points}
          value={progress.points === null ? "–" : `${formatPoints(progress.points, locale)} ${v.pointsUnit}`}
          valueClassName={STATUS_TEXT[progress.status]}
        />
        <BigStat
          testId="plan-gap"
          label={v.gap}
          value={progress.gap === null ? "–" : n(progress.gap)}
          hint={
            progress.gap === null
              ? v.noTarget
              : progress.gap === 0
                ? v.gapReached
                : fill(v.gapHint, { target: targetText(target, locale, t) })
          }
        />
        <BigStat
          testId="plan-attainment"
          label={v.attainment}
          value={formatPercent(progress.attainment, locale)}
          hint={
            target?.assignedCount ? (
              <>
                {fill(v.attainmentHint, {
                  reached: n(summary.insured),
                  assigned: assignedText(target.assignedBy, locale, t),
                })}
                {progress.measuresDiffer && (
                  <span className="mt-1 block" data-testid="attainment-differs">
                    {v.attainmentDiffers}
                  </span>
                )}
              </>
            ) : (
              v.noAssigned
            )
          }
        />
        <BigStat
          testId="plan-projection"
          label={fill(projection?.outcome ? v.outcome : v.projection, { due: target ? due : "…" })}
          value={
            <span className="flex flex-wrap items-center gap-3">
              {projection ? formatPercent(projection.rate, locale) : "–"}
              <span className="text-lg">
                <OutlookBadge outlook={outlook} outcome={projection?.outcome} t={t} />
              </span>
            </span>
          }
          hint={overallStandingHint(overall, unit.name, locale, t) ?? v.noProjection}
        />
      </div>
      <p className="text-sm text-slate-600" data-testid="projection-method">
        {fill(v.method, {
          margin: formatPoints(AT_RISK_MARGIN_POINTS, locale).replace("+", ""),
        })}
      </p>
    </div>
  );
}
