// The trend of a unit's coverage under a plan: the monthly rate up to the month viewed, the plan's
// target month by month (a step at each milestone) and the projection to the milestone.
import { CoverageTrendChart } from "@/components/dashboard/coverage-trend-chart";
import { Card } from "@/components/ui/card";
import { applicableTarget } from "@/lib/coverage/applicable-target";
import { basisPointsToRate, coverageRate } from "@/lib/coverage/rates";
import { formatMonth, formatMonthShort, formatPercent } from "@/lib/format";
import { dateToMonth, monthRange, monthsBetween, type Month } from "@/lib/period";
import { getOverallStanding } from "@/lib/queries/get-plan-progress";

import type { PlanWidgetProps } from "./plan-widget";

export async function PlanTrend({ plan, unit, month, historyFrom, locale, t }: PlanWidgetProps) {
  const { history, candidates, standing } = await getOverallStanding(plan.id, unit.id, month, historyFrom);
  const v = t.plans.view;
  const { projection } = standing;
  const planEnd = dateToMonth(plan.periodEnd);
  const until = [month, projection?.at ?? month, planEnd].sort().at(-1)!;
  const rates = new Map(history.map((point) => [point.month, coverageRate(point.insured, point.population)]));
  const projected = (m: Month): number | null => {
    if (!projection) return null;
    const ahead = monthsBetween(month, projection.at);
    const step = monthsBetween(month, m);
    if (ahead <= 0 || step < 0 || step > ahead) return null;
    return projection.lastRate + ((projection.rate - projection.lastRate) * step) / ahead;
  };
  const points = monthRange(historyFrom, until).map((m) => ({
    month: m,
    rate: rates.get(m) ?? null,
    targetBp: applicableTarget(candidates, unit.id, null, m)?.rateBp ?? null,
    projection: projected(m),
  }));
  const percent = (value: number | null) => formatPercent(value, locale);
  return (
    <Card title={v.trendTitle} description={v.trendDescription} className="break-inside-avoid print:shadow-none">
      <CoverageTrendChart
        locale={locale}
        height={340}
        fontSize={14}
        labels={{
          rate: v.trendActual,
          target: v.trendTarget,
          projection: projection ? v.trendProjection : undefined,
          showData: t.table.showData,
        }}
        points={points.map((point) => ({
          label: formatMonthShort(point.month, locale),
          value: point.rate === null ? null : point.rate * 100,
          target: point.targetBp === null ? null : point.targetBp / 100,
          projection: point.projection === null ? null : point.projection * 100,
        }))}
        table={{
          caption: v.trendTitle,
          columns: [t.dashboard.month, v.trendActual, v.trendTarget, v.trendProjection],
          rows: points.map((point) => [
            formatMonth(point.month, locale),
            percent(point.rate),
            point.targetBp === null ? "–" : percent(basisPointsToRate(point.targetBp)),
            percent(point.projection),
          ]),
        }}
      />
    </Card>
  );
}
