// What the plan view's downloads need: the "Tải về" menu of its two charts (the picture's title and
// file name, and the link to the chart's figures in the plan's workbook, ./plan-file.ts), and the
// agency responsible for a group's target, shown on the page and written in the workbook.
import type { ChartDownload } from "@/components/charts/chart-download-menu";
import type { ApplicableTarget } from "@/lib/coverage/applicable-target";
import { formatMonth } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import type { PlanDetail } from "@/lib/queries/get-plan";
import { planFileHref, type PlanFilePart } from "@/lib/routes";

/** The file name of the plan's workbook, or of one chart's pictures and figures (ASCII, like the other downloads). */
export function planFileName(planId: number, unitCode: string, month: Month, part?: PlanFilePart): string {
  const chart = part === "trend" ? "dien-bien-" : part === "groups" ? "nhom-doi-tuong-" : "";
  return `ke-hoach-${planId}-${chart}${unitCode}-${month}`;
}

export function planChartDownload({
  part,
  title,
  plan,
  unit,
  month,
  locale,
  t,
}: {
  part: PlanFilePart;
  title: string;
  plan: { id: number };
  unit: { code: string; name: string };
  month: Month;
  locale: Locale;
  t: Messages;
}): ChartDownload {
  const d = t.downloads;
  return {
    title: `${title} · ${unit.name} · ${formatMonth(month, locale)}`,
    fileName: planFileName(plan.id, unit.code, month, part),
    xlsxHref: planFileHref(plan.id, unit.code, month, { part }),
    labels: { menu: d.menu, menuHint: d.menuHint, png: d.png, svg: d.svg, excel: d.excel, failed: d.failed },
  };
}

/** The agency the plan names for a group's target (the scope unit's own target due at the same milestone). */
export function responsibleAgency(
  plan: Pick<PlanDetail, "scopeUnitId" | "targets">,
  groupId: number,
  target: ApplicableTarget | null,
): string | null {
  if (!target) return null;
  return (
    plan.targets.find(
      (own) =>
        own.unitId === plan.scopeUnitId && own.groupId === groupId && own.dueOn.getTime() === target.dueOn.getTime(),
    )?.responsibleAgency ?? null
  );
}
