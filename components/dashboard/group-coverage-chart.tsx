"use client";

import { BarTargetChart } from "@/components/charts/bar-target-chart";
import type { ChartDownload } from "@/components/charts/chart-download-menu";
import type { DataTable } from "@/components/charts/chart-frame";
import type { TargetStatus } from "@/lib/coverage/target-status";
import { formatPercent, formatPoints } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

export type GroupBar = {
  label: string;
  /** Percentages (93 for 93%). */
  actual: number | null;
  target: number | null;
  /** Points above (+) or below (−) the target, written above the bar in the status's colour. */
  points: number | null;
  status: TargetStatus;
};

const NOTE_COLOR: Partial<Record<TargetStatus, string>> = {
  met: "var(--color-met)",
  near: "var(--color-near)",
  behind: "var(--color-behind)",
};

/** Coverage per participant group against the plan's group targets, each bar with its gap in points. */
export function GroupCoverageChart({
  bars,
  table,
  locale,
  labels,
  download,
  height,
  fontSize,
}: {
  bars: GroupBar[];
  table: DataTable;
  locale: Locale;
  labels: { actual: string; target: string; showData: string };
  download?: ChartDownload;
  height?: number;
  fontSize?: number;
}) {
  return (
    <BarTargetChart
      height={height}
      fontSize={fontSize}
      data={bars.map(({ label, actual, target, points, status }) => ({
        label,
        actual,
        target,
        note:
          points === null ? null : { text: formatPoints(points, locale), color: NOTE_COLOR[status] ?? "currentColor" },
      }))}
      actualLabel={labels.actual}
      targetLabel={labels.target}
      formatValue={(value) => formatPercent(value / 100, locale, 1)}
      table={table}
      showDataLabel={labels.showData}
      download={download}
    />
  );
}
