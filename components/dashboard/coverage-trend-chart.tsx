"use client";

import type { DataTable } from "@/components/charts/chart-frame";
import { TrendChart, type TrendDatum } from "@/components/charts/trend-chart";
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

/** Monthly overall coverage (percent) with the target in force each month. */
export function CoverageTrendChart({ points, marker, table, locale, labels }: {
  points: TrendDatum[];
  marker?: { label: string; at: string };
  table: DataTable;
  locale: Locale;
  labels: { rate: string; target: string; showData: string };
}) {
  return (
    <TrendChart
      data={points}
      valueLabel={labels.rate}
      targetLabel={labels.target}
      formatValue={(value) => formatPercent(value / 100, locale, 1)}
      marker={marker}
      table={table}
      showDataLabel={labels.showData}
    />
  );
}
