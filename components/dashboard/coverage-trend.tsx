import { Card } from "@/components/ui/card";
import { applicableTarget } from "@/lib/coverage/applicable-target";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { basisPointsToRate, coverageRate } from "@/lib/coverage/rates";
import { TREND_MONTHS } from "@/lib/dashboard/trend-months";
import { formatCount, formatMonth, formatMonthShort, formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { fill, type Messages } from "@/lib/i18n/messages";
import { addMonths, type Month } from "@/lib/period";
import { getCarriedSources, type CarriedSources } from "@/lib/queries/get-carried-sources";
import { getCoverageTrend } from "@/lib/queries/get-coverage-trend";
import { getUnitTargetCandidates } from "@/lib/queries/get-target-candidates";
import { REORGANISATION_MONTH } from "@/lib/units/reorganisation";

import { CoverageTrendChart } from "./coverage-trend-chart";

export async function CoverageTrend({
  unitId,
  month,
  firstMonth,
  locale,
  t,
  structureMonth = null,
  basis = "submitted",
}: {
  unitId: number;
  month: Month;
  firstMonth: Month;
  locale: Locale;
  t: Messages;
  /** Today's month in today's structure (the whole history, carried from predecessors); null: the month's structure. */
  structureMonth?: Month | null;
  /** Which reports count (lib/coverage/counting-rule.ts). */
  basis?: CountingBasis;
}) {
  const start = structureMonth ? firstMonth : addMonths(month, 1 - TREND_MONTHS);
  const from = start < firstMonth ? firstMonth : start;
  const [trend, candidates, carried] = await Promise.all([
    getCoverageTrend(unitId, from, month, structureMonth, basis),
    getUnitTargetCandidates(unitId),
    structureMonth ? getCarriedSources(unitId, structureMonth) : null,
  ]);
  const points = trend.map((point) => {
    const rate = coverageRate(point.insured, point.population);
    const target = applicableTarget(candidates, unitId, null, point.month);
    return { point, rate, targetBp: target?.rateBp ?? null };
  });
  const hasMarker = points.some(({ point }) => point.month === REORGANISATION_MONTH) && from !== REORGANISATION_MONTH;
  return (
    <Card title={t.trend.title} description={t.trend.description}>
      {carried && <CarriedNote carried={carried} from={from} locale={locale} t={t} />}
      <CoverageTrendChart
        locale={locale}
        labels={{ rate: t.trend.rate, target: t.trend.target, showData: t.table.showData }}
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
