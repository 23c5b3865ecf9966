import { Card } from "@/components/ui/card";
import { basisParams } from "@/lib/coverage/counting-rule";
import { basisPointsToRate } from "@/lib/coverage/rates";
import { chartDownload } from "@/lib/dashboard/chart-download";
import { getTrendFigures, trendStart } from "@/lib/dashboard/chart-figures";
import { viewParams } from "@/lib/dashboard/structure-view";
import { formatCount, formatMonth, formatMonthShort, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import { getCarriedSources, type CarriedSources } from "@/lib/queries/get-carried-sources";
import { REORGANISATION_MONTH } from "@/lib/units/reorganisation";

import { CoverageTrendChart } from "./coverage-trend-chart";
import type { FigureWidgetProps } from "./figure-widget-props";

export async function CoverageTrend({
  unitId,
  unitCode,
  unitName,
  month,
  firstMonth,
  locale,
  t,
  structureMonth = null,
  basis = "submitted",
}: FigureWidgetProps & {
  unitCode: string;
  unitName: string;
  firstMonth: Month;
}) {
  const from = trendStart(month, firstMonth, structureMonth);
  const [points, carried] = await Promise.all([
    getTrendFigures(unitId, from, month, structureMonth, basis),
    structureMonth ? getCarriedSources(unitId, structureMonth) : null,
  ]);
  const hasMarker = points.some(({ point }) => point.month === REORGANISATION_MONTH) && from !== REORGANISATION_MONTH;
  return (
    <Card title={t.trend.title} description={t.trend.description}>
      {carried && <CarriedNote carried={carried} from={from} locale={locale} t={t} />}
      <CoverageTrendChart
        locale={locale}
        labels={{ rate: t.trend.rate, target: t.trend.target, showData: t.table.showData }}
        download={chartDownload({
          chart: "trend",
          title: t.trend.title,
          unit: { code: unitCode, name: unitName },
          month,
          params: { ...viewParams(structureMonth ? "current" : "month"), ...basisParams(basis) },
          locale,
          t,
        })}
        marker={
          hasMarker ? { at: formatMonthShort(REORGANISATION_MONTH, locale), label: t.trend.reorganisation } : undefined
        }
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

/** Which months of the series are carried from predecessors, and how split units were divided. */
function CarriedNote({
  carried,
  from,
  locale,
  t,
}: {
  carried: CarriedSources;
  from: Month;
  locale: Locale;
  t: Messages;
}) {
  if (carried.predecessors === 0 || !carried.carriedUntil || carried.carriedUntil <= from) return null;
  return (
    <div
      className="mb-3 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-slate-700"
      data-testid="carried-note"
    >
      <p>
        {fill(t.units.view.carriedNote, {
          month: formatMonth(carried.carriedUntil, locale),
          sources: formatCount(carried.predecessors, locale),
        })}
      </p>
      {carried.splitByDefault > 0 && (
        <p className="mt-1">
          {fill(t.units.view.carriedDefaultNote, { count: formatCount(carried.splitByDefault, locale) })}
        </p>
      )}
    </div>
  );
}
