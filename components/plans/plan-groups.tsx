// A plan's progress per participant group for one unit and month: bars of each group's rate with the
// plan's target marks, and a table with points, people still to enroll, the projection and the
// responsible agency.
import { GroupCoverageChart } from "@/components/dashboard/group-coverage-chart";
import { STATUS_TEXT, StatusMark } from "@/components/dashboard/status-badge";
import { Card } from "@/components/ui/card";
import { TableHead } from "@/components/ui/data-table";
import { formatCount, formatPercent, formatPoints } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { groupNames } from "@/lib/i18n/reference-texts";
import { planChartDownload, responsibleAgency } from "@/lib/plans/plan-download";
import { getGroupStandings } from "@/lib/queries/get-plan-progress";

import { OutlookBadge } from "./outlook-badge";
import type { PlanWidgetProps } from "./plan-widget";
import { groupOutcomeHint } from "./standing-text";
import { TargetCell } from "./target-cell";
import { targetText } from "./target-text";

export async function PlanGroups({ plan, unit, month, historyFrom, locale, t }: PlanWidgetProps) {
  const standings = await getGroupStandings(plan.id, unit.id, month, historyFrom);
  const v = t.plans.view;
  const rows = standings.map(({ group, standing, afterEnd }) => ({
    group,
    standing,
    afterEnd,
    agency: responsibleAgency(plan, group.groupId, standing.target),
  }));
  const n = (value: number) => formatCount(value, locale);
  const label = (code: string) => fill(t.plans.group, { code });
  return (
    <Card title={v.groupsTitle} description={v.groupsDescription} className="break-inside-avoid print:shadow-none">
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-5 print:grid-cols-3">
        <div className="xl:col-span-2 print:col-span-1">
          <GroupCoverageChart
            locale={locale}
            height={320}
            fontSize={14}
            labels={{ actual: t.groups.actual, target: t.groups.target, showData: t.table.showData }}
            download={planChartDownload({ part: "groups", title: v.groupsTitle, plan, unit, month, locale, t })}
            bars={rows.map(({ group, standing }) => ({
              label: label(group.code),
              actual: standing.progress.rate === null ? null : standing.progress.rate * 100,
              target: standing.progress.targetBp === null ? null : standing.progress.targetBp / 100,
              points: standing.progress.points,
              status: standing.progress.status,
            }))}
            table={{
              caption: v.groupsTitle,
              columns: [v.groupColumn, t.groups.insured, t.groups.eligible, t.groups.actual, t.groups.target],
              rows: rows.map(({ group, standing }) => [
                `${group.code}. ${groupNames(group, locale).shortName}`,
                n(group.insured),
                n(group.eligible),
                formatPercent(standing.progress.rate, locale),
                targetText(standing.target, locale, t),
              ]),
            }}
          />
        </div>
        <div
          tabIndex={0}
          className="overflow-x-auto xl:col-span-3 print:col-span-2 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
        >
          <table
            className="min-w-[40rem] text-base xl:min-w-full print:w-full print:min-w-0 print:table-fixed print:text-sm"
            data-testid="plan-groups"
          >
            <TableHead
              className="border-b text-left text-sm text-slate-600"
              columns={[
                { label: v.groupColumn },
                { label: v.rate, numeric: true },
                { label: v.targetColumn, numeric: true },
                { label: v.pointsColumn, numeric: true },
                { label: v.gapColumn, numeric: true },
                { label: v.outlookColumn },
                { label: v.agency },
              ]}
            />
            <tbody>
              {rows.map((row) => {
                const { group, agency, standing } = row;
                return (
                  <tr
                    key={group.groupId}
                    className="border-b border-slate-100 align-top"
                    data-testid={`plan-group-${group.code}`}
                  >
                    <th scope="row" className="min-w-[9rem] px-3 py-2 text-left font-medium">
                      {label(group.code)}{" "}
                      <span className="block text-sm font-normal text-slate-500">
                        {groupNames(group, locale).shortName}
                      </span>
                    </th>
                    <td
                      className={`px-3 py-2 text-right font-semibold tabular-nums ${STATUS_TEXT[standing.progress.status]}`}
                    >
                      {formatPercent(standing.progress.rate, locale)}
                      <StatusMark status={standing.progress.status} t={t} />
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">
                      <TargetCell target={standing.target} locale={locale} t={t} />
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">
                      {standing.progress.points === null ? "–" : formatPoints(standing.progress.points, locale)}
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">
                      {standing.progress.gap === null ? "–" : n(standing.progress.gap)}
                    </td>
                    <td className="px-3 py-2">
                      <OutlookBadge outlook={standing.outlook} outcome={standing.projection?.outcome} t={t} />
                      {standing.projection && (
                        <span className="block text-sm text-slate-500 tabular-nums">
                          {formatPercent(standing.projection.rate, locale)}
                        </span>
                      )}
                      {groupOutcomeHint(row, locale, t) && (
                        <span className="block text-sm text-slate-500" data-testid="group-outcome-after-end">
                          {groupOutcomeHint(row, locale, t)}
                        </span>
                      )}
                    </td>
                    <td className="px-3 py-2 text-sm text-slate-600">{agency ?? "–"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </Card>
  );
}
