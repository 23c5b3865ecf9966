// The child units of the unit viewed, ranked by how far they are from the plan's target: by people
// still to enroll (default) or by points, with the assigned number's attainment and the outlook to
// the milestone. A unit's name opens its own progress against the plan.
import Link from "next/link";

import { STATUS_TEXT, StatusMark } from "@/components/dashboard/status-badge";
import { Card } from "@/components/ui/card";
import { TableHead } from "@/components/ui/data-table";
import { compareStandings, type StandingSort } from "@/lib/coverage/standing";
import { formatCount, formatPercent, formatPoints } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { getChildStandings } from "@/lib/queries/get-plan-progress";
import { planHref } from "@/lib/routes";

import { OutlookBadge } from "./outlook-badge";
import type { PlanWidgetProps } from "./plan-widget";
import { targetText } from "./target-text";

/** How many child units the ranking lists before "show all". */
export const RANKING_LENGTH = 20;

export async function PlanChildRanking({
  plan,
  unit,
  month,
  locale,
  t,
  sort,
  showAll,
}: PlanWidgetProps & { sort: StandingSort; showAll: boolean }) {
  const rows = (await getChildStandings(plan.id, unit.id, month)).sort((a, b) =>
    compareStandings(sort)(a.standing, b.standing),
  );
  if (rows.length === 0) return null;
  const v = t.plans.view;
  const shown = showAll ? rows : rows.slice(0, RANKING_LENGTH);
  const n = (value: number) => formatCount(value, locale);
  const sortLink = (value: StandingSort, label: string) => (
    <Link
      href={`${planHref(plan.id, { unit: unit.code, month, sort: value, ...(showAll ? { ranking: "all" } : {}) })}#ranking`}
      aria-current={sort === value ? "true" : undefined}
      className={`rounded px-2 py-1 ${sort === value ? "bg-brand-600 text-white" : "text-brand-700 hover:bg-brand-50"}`}
    >
      {label}
    </Link>
  );
  return (
    <section id="ranking" className="break-before-page">
      <Card title={v.rankingTitle} description={v.rankingDescription} className="print:shadow-none">
        <div className="no-print mb-2 flex flex-wrap gap-1 text-sm">
          {sortLink("gap", v.sortByGap)}
          {sortLink("points", v.sortByPoints)}
        </div>
        <div className="overflow-x-auto">
          <table className="min-w-full text-base" data-testid="plan-ranking">
            <TableHead
              className="border-b text-left text-sm text-slate-600"
              columns={[
                { label: v.rank },
                { label: v.unitColumn },
                { label: v.rate, numeric: true },
                { label: v.targetColumn, numeric: true },
                { label: v.pointsColumn, numeric: true },
                { label: v.gapColumn, numeric: true },
                { label: v.attainmentColumn, numeric: true },
                { label: v.outlookColumn },
              ]}
            />
            <tbody>
              {shown.map(({ child, standing }, index) => (
                <tr key={child.id} className="break-inside-avoid border-b border-slate-100 hover:bg-brand-50/60">
                  <td className="px-3 py-1.5 tabular-nums text-slate-500">{index + 1}</td>
                  <td className="min-w-[11rem] px-3 py-1.5">
                    <Link
                      href={planHref(plan.id, { unit: child.code, month })}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {child.name}
                    </Link>
                  </td>
                  <td
                    className={`px-3 py-1.5 text-right font-semibold tabular-nums ${STATUS_TEXT[standing.progress.status]}`}
                  >
                    {formatPercent(standing.progress.rate, locale)}
                    <StatusMark status={standing.progress.status} t={t} />
                  </td>
                  <td className="whitespace-nowrap px-3 py-1.5 text-right tabular-nums">
                    {targetText(standing.target, locale, t)}
                  </td>
                  <td className="px-3 py-1.5 text-right tabular-nums">
                    {standing.progress.points === null ? "–" : formatPoints(standing.progress.points, locale)}
                  </td>
                  <td className="px-3 py-1.5 text-right font-semibold tabular-nums">
                    {standing.progress.gap === null ? "–" : n(standing.progress.gap)}
                  </td>
                  <td className="px-3 py-1.5 text-right tabular-nums">
                    {formatPercent(standing.progress.attainment, locale)}
                    {standing.progress.measuresDiffer && (
                      <span data-testid="measures-differ">
                        <span aria-hidden="true">†</span>
                        <span className="sr-only"> ({v.measuresDifferMark})</span>
                      </span>
                    )}
                  </td>
                  <td className="px-3 py-1.5">
                    <OutlookBadge outlook={standing.outlook} outcome={standing.projection?.outcome} t={t} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {shown.some(({ standing }) => standing.progress.measuresDiffer) && (
          <p className="mt-2 text-sm text-slate-700" data-testid="measures-differ-note">
            {v.measuresDiffer}
          </p>
        )}
        {!showAll && rows.length > RANKING_LENGTH && (
          <Link
            href={`${planHref(plan.id, { unit: unit.code, month, sort, ranking: "all" })}#ranking`}
            className="no-print mt-2 inline-block text-brand-700 hover:underline"
          >
            {fill(v.showAll, { count: formatCount(rows.length, locale) })}
          </Link>
        )}
      </Card>
    </section>
  );
}
