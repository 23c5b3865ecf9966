import { Card } from "@/components/ui/card";
import { basisParams } from "@/lib/coverage/counting-rule";
import { notYetInsured } from "@/lib/coverage/not-yet-insured";
import { basisPointsToRate } from "@/lib/coverage/rates";
import { chartDownload } from "@/lib/dashboard/chart-download";
import { getGroupFigures } from "@/lib/dashboard/chart-figures";
import { viewParams } from "@/lib/dashboard/structure-view";
import { formatCount, formatPercent, formatPoints } from "@/lib/format";

import type { FigureWidgetProps } from "./figure-widget-props";
import { GroupCoverageChart } from "./group-coverage-chart";

export async function GroupCoverage({
  unitId,
  unitCode,
  unitName,
  month,
  locale,
  t,
  structureMonth = null,
  basis = "submitted",
}: FigureWidgetProps & {
  unitCode: string;
  unitName: string;
}) {
  const rows = await getGroupFigures(unitId, month, structureMonth, basis, locale);
  const percent = (rate: number | null) => formatPercent(rate, locale);
  return (
    <Card title={t.groups.title} description={t.groups.description}>
      <GroupCoverageChart
        locale={locale}
        labels={{ actual: t.groups.actual, target: t.groups.target, showData: t.table.showData }}
        download={chartDownload({
          chart: "groups",
          title: t.groups.title,
          unit: { code: unitCode, name: unitName },
          month,
          params: { ...viewParams(structureMonth ? "current" : "month"), ...basisParams(basis) },
          locale,
          t,
        })}
        bars={rows.map(({ group, progress }) => ({
          label: `${t.groups.group} ${group.code}`,
          actual: progress.rate === null ? null : progress.rate * 100,
          target: progress.targetBp === null ? null : progress.targetBp / 100,
          points: progress.points,
          status: progress.status,
        }))}
        table={{
          caption: t.groups.title,
          columns: [
            t.groups.group,
            t.groups.insured,
            t.groups.eligible,
            t.groups.actual,
            t.groups.target,
            t.groups.points,
            t.groups.gap,
            t.groups.uninsured,
          ],
          rows: rows.map(({ group, progress }) => [
            `${group.code}. ${group.shortName}`,
            formatCount(group.insured, locale),
            formatCount(group.eligible, locale),
            percent(progress.rate),
            progress.targetBp === null ? "–" : percent(basisPointsToRate(progress.targetBp)),
            progress.points === null ? "–" : formatPoints(progress.points, locale),
            progress.gap === null ? "–" : formatCount(progress.gap, locale),
            formatCount(notYetInsured(group.insured, group.eligible), locale),
          ]),
        }}
      />
      <p className="mt-2 text-xs text-slate-600">{t.groups.uninsuredNote}</p>
      <ul className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 text-xs text-slate-600 sm:grid-cols-2">
        {rows.map(({ group }) => (
          <li key={group.groupId}>
            <span className="font-medium">
              {t.groups.group} {group.code}:
            </span>{" "}
            {group.name}
          </li>
        ))}
      </ul>
    </Card>
  );
}
