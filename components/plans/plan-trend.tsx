// The trend of a unit's coverage under a plan: the monthly rate up to the month viewed, the plan's
// target month by month (a step at each milestone) and the projection to the milestone
// (lib/plans/plan-trend-points.ts).
import { CoverageTrendChart } from "@/components/dashboard/coverage-trend-chart";
import { Card } from "@/components/ui/card";
import { basisPointsToRate } from "@/lib/coverage/rates";
import { formatMonth, formatMonthShort, formatPercent } from "@/lib/format";
import { planChartDownload } from "@/lib/plans/plan-download";
import { getPlanTrendPoints } from "@/lib/plans/plan-trend-points";

import type { PlanWidgetProps } from "./plan-widget";

export async function PlanTrend({ plan, unit, month, historyFrom, locale, t }: PlanWidgetProps) {
  const { points, projected } = await getPlanTrendPoints(plan, unit.id, month, historyFrom);
  const v = t.plans.view;
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
          projection: projected ? v.trendProjection : undefined,
          showData: t.table.showData,
        }}
        download={planChartDownload({ part: "trend", title: v.trendTitle, plan, unit, month, locale, t })}
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
