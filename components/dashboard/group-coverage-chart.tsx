"use client";

import { BarTargetChart } from "@/components/charts/bar-target-chart";
import type { DataTable } from "@/components/charts/chart-frame";
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

export type GroupBar = { label: string; actual: number | null; target: number | null };

/** Coverage per participant group against the plan's group targets (values in percent). */
export function GroupCoverageChart({ bars, table, locale, labels, height, fontSize }: {
  bars: GroupBar[];
  table: DataTable;
  locale: Locale;
  labels: { actual: string; target: string; showData: string };
  height?: number;
  fontSize?: number;
}) {
  return (
    <BarTargetChart
      height={height}
      fontSize={fontSize}
      data={bars}
      actualLabel={labels.actual}
      targetLabel={labels.target}
      formatValue={(value) => formatPercent(value / 100, locale, 1)}
      table={table}
      showDataLabel={labels.showData}
    />
  );
}
