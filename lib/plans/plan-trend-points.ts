// The trend of a unit's coverage under a plan, month by month from the start of its history to the
// later of the month viewed, the projection's milestone and the plan's end: the rate where there are
// figures, the plan's target in force (a step at each milestone) and the projection, a straight line
// from the month viewed to the milestone. Read once for the chart (components/plans/plan-trend.tsx)
// and for the plan's workbook (./plan-file.ts).
import "server-only";

import { applicableTarget } from "@/lib/coverage/applicable-target";
import { coverageRate } from "@/lib/coverage/rates";
import { dateToMonth, monthRange, monthsBetween, type Month } from "@/lib/period";
import { getOverallStanding } from "@/lib/queries/get-plan-progress";

export type PlanTrendPoint = { month: Month; rate: number | null; targetBp: number | null; projection: number | null };

export async function getPlanTrendPoints(
  plan: { id: number; periodEnd: Date },
  unitId: number,
  month: Month,
  historyFrom: Month,
): Promise<{ points: PlanTrendPoint[]; projected: boolean }> {
  const { history, candidates, standing } = await getOverallStanding(plan.id, unitId, month, historyFrom);
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
  return {
    points: monthRange(historyFrom, until).map((m) => ({
      month: m,
      rate: rates.get(m) ?? null,
      targetBp: applicableTarget(candidates, unitId, null, m)?.rateBp ?? null,
      projection: projected(m),
    })),
    projected: projection !== null,
  };
}
