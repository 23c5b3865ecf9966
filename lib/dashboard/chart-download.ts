// What a dashboard chart's "Tải về" menu needs (components/charts/chart-download-menu.tsx): the
// picture's title (chart, unit, month), the files' name (chart, unit code, month) and the link to
// the chart's figures as a workbook (./chart-file.ts).
import type { ChartDownload } from "@/components/charts/chart-download-menu";
import { formatMonth } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import { chartFileHref, type DashboardChart } from "@/lib/routes";

/** The charts' names in file names (ASCII, the same in both languages, like the other downloads). */
export const CHART_FILE_NAMES: Record<DashboardChart, string> = {
  trend: "dien-bien-bao-phu",
  groups: "bao-phu-theo-nhom",
};

export function chartDownload({
  chart,
  title,
  unit,
  month,
  params,
  locale,
  t,
}: {
  chart: DashboardChart;
  title: string;
  unit: { code: string; name: string };
  month: Month;
  /** The dashboard's view and basis parameters. */
  params: Record<string, string>;
  locale: Locale;
  t: Messages;
}): ChartDownload {
  const d = t.downloads;
  return {
    title: `${title} · ${unit.name} · ${formatMonth(month, locale)}`,
    fileName: `${CHART_FILE_NAMES[chart]}-${unit.code}-${month}`,
    xlsxHref: chartFileHref(unit.code, chart, month, params),
    labels: { menu: d.menu, menuHint: d.menuHint, png: d.png, svg: d.svg, excel: d.excel, failed: d.failed },
  };
}
