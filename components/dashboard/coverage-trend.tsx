import { Card } from "@/components/ui/card";
import { applicableTarget } from "@/lib/coverage/applicable-target";
import { basisPointsToRate, coverageRate } from "@/lib/coverage/rates";
import { formatCount, formatMonth, formatMonthShort, formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { type Month, addMonths } from "@/lib/period";
import { getCoverageTrend } from "@/lib/queries/get-coverage-trend";
import { getUnitTargetCandidates } from "@/lib/queries/get-target-candidates";
import { REORGANISATION_MONTH } from "@/lib/units/reorganisation";
import { CoverageTrendChart } from "./coverage-trend-chart";

/** How many months the trend shows, ending with the selected month. */
export const TREND_MONTHS = 24;

export async function CoverageTrend({ unitId, month, firstMonth, locale, t }: {
  unitId: number;
  month: Month;
  firstMonth: Month;
  locale: Locale;
  t: Messages;
}) {
  const start = addMonths(month, 1 - TREND_MONTHS);
  const from = start < firstMonth ? firstMonth : start;
  const [trend, candidates] = await Promise.all([getCoverageTrend(unitId, from, month), getUnitTargetCandidates(unitId)]);
  const points = trend.map((point) => {
    const rate = coverageRate(point.insured, point.population);
    const target = applicableTarget(candidates, unitId, null, point.month);
    return { point, rate, targetBp: target?.rateBp ?? null };
  });
  const hasMarker = points.some(({ point }) => point.month === REORGANISATION_MONTH) && from !== REORGANISATION_MONTH;
  return (
    <Card title={t.trend.title} description={t.trend.description}>
      <CoverageTrendChart
        locale={locale}
        labels={{ rate: t.trend.rate, target: t.trend.target, showData: t.table.showData }}
        marker={hasMarker ? { at: formatMonthShort(REORGANISATION_MONTH, locale), label: t.trend.reorganisation } : undefined}
        points={points.map(({ point, rate, targetBp }) => ({
          label: formatMonthShort(point.month, locale),
          value: rate === null ? null : rate * 100,
          target: targetBp === null ? null : targetBp / 100,
        }))}
        table={{
          caption: t.trend.title,
          columns: [t.dashboard.month, t.cards.insured, t.cards.population, t.trend.rate, t.trend.target],
          rows: points.map(({ point, rate, targetBp }) => [
            formatMonth(point.month, locale),
            point.reportingUnits ? formatCount(point.insured, locale) : t.trend.noReports,
            point.reportingUnits ? formatCount(point.population, locale) : "–",
            formatPercent(rate, locale),
            targetBp === null ? "–" : formatPercent(basisPointsToRate(targetBp), locale),
          ]),
        }}
      />
    </Card>
  );
}
