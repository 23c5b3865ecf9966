"use client";

import type { ChartDownload } from "@/components/charts/chart-download-menu";
import type { DataTable } from "@/components/charts/chart-frame";
import { TrendChart, type TrendDatum } from "@/components/charts/trend-chart";
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

/** Monthly overall coverage (percent) with the target in force each month and, optionally, a projection. */
export function CoverageTrendChart({
  points,
  marker,
  table,
  locale,
  labels,
  download,
  height,
  fontSize,
}: {
  points: TrendDatum[];
  marker?: { label: string; at: string };
  table: DataTable;
  locale: Locale;
  labels: { rate: string; target: string; projection?: string; showData: string };
  download?: ChartDownload;
  height?: number;
  fontSize?: number;
}) {
  return (
    <TrendChart
      data={points}
      valueLabel={labels.rate}
      targetLabel={labels.target}
      projectionLabel={labels.projection}
      height={height}
      fontSize={fontSize}
      formatValue={(value) => formatPercent(value / 100, locale, 1)}
      marker={marker}
      table={table}
      showDataLabel={labels.showData}
      download={download}
    />
  );
}
