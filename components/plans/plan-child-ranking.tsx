// The child units of the unit viewed, ranked by how far they are from the plan's target: by people
// still to enroll (default) or by points, with the assigned number's attainment and the outlook to
// the milestone. A unit's name opens its own progress against the plan. The table is the
// dashboard's (components/ui/ranked-table.tsx), with the plan's columns; the order is
// lib/coverage/ranking.ts's rankStandings.
import Link from "next/link";

import { STATUS_TEXT, StatusMark } from "@/components/dashboard/status-badge";
import { Card } from "@/components/ui/card";
import { entered } from "@/components/ui/entered";
import { RankedTable, type RankedColumn } from "@/components/ui/ranked-table";
import { SortLinks } from "@/components/ui/sort-links";
import { rankStandings } from "@/lib/coverage/ranking";
import type { StandingSort } from "@/lib/coverage/standing";
import { formatCount, formatPercent, formatPoints } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { getChildStandings, type ChildStanding } from "@/lib/queries/get-plan-progress";
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
  const rows = rankStandings(await getChildStandings(plan.id, unit.id, month), sort);
  if (rows.length === 0) return null;
  const v = t.plans.view;
  const shown = showAll ? rows : rows.slice(0, RANKING_LENGTH);
  const rankingHref = (params: Record<string, string>) =>
    `${planHref(plan.id, { unit: unit.code, month, ...params })}#ranking`;
  const columns: RankedColumn<ChildStanding>[] = [
    {
      key: "unit",
      label: v.unitColumn,
      cellClassName: "min-w-[11rem]",
      cell: ({ child }) => (
        <Link
          href={planHref(plan.id, { unit: child.code, month })}
          className="font-medium text-brand-700 hover:underline"
          {...entered("unit")}
        >
          {child.name}
        </Link>
      ),
    },
    {
      key: "rate",
      label: v.rate,
      numeric: true,
      cellClassName: ({ standing }) => `font-semibold ${STATUS_TEXT[standing.progress.status]}`,
      cell: ({ standing }) => (
        <>
          {formatPercent(standing.progress.rate, locale)}
          <StatusMark status={standing.progress.status} t={t} />
        </>
      ),
    },
    {
      key: "target",
      label: v.targetColumn,
      numeric: true,
      cellClassName: "whitespace-nowrap",
      cell: ({ standing }) => targetText(standing.target, locale, t),
    },
    {
      key: "points",
      label: v.pointsColumn,
      numeric: true,
      cell: ({ standing }) =>
        standing.progress.points === null ? "–" : formatPoints(standing.progress.points, locale),
    },
    {
      key: "gap",
      label: v.gapColumn,
      numeric: true,
      cellClassName: "font-semibold",
      cell: ({ standing }) => (standing.progress.gap === null ? "–" : formatCount(standing.progress.gap, locale)),
    },
    {
      key: "attainment",
      label: v.attainmentColumn,
      numeric: true,
      cell: ({ standing }) => (
        <>
          {formatPercent(standing.progress.attainment, locale)}
          {standing.progress.measuresDiffer && (
            <span data-testid="measures-differ">
              <span aria-hidden="true">†</span>
              <span className="sr-only"> ({v.measuresDifferMark})</span>
            </span>
          )}
        </>
      ),
    },
    {
      key: "outlook",
      label: v.outlookColumn,
      cell: ({ standing }) => <OutlookBadge outlook={standing.outlook} outcome={standing.projection?.outcome} t={t} />,
    },
  ];
  return (
    <section id="ranking" className="break-before-page">
      <Card title={v.rankingTitle} description={v.rankingDescription} className="print:shadow-none">
        <SortLinks
          options={[
            { value: "gap", label: v.sortByGap },
            { value: "points", label: v.sortByPoints },
          ]}
          current={sort}
          href={(value) => rankingHref({ sort: value, ...(showAll ? { ranking: "all" } : {}) })}
          label={t.ranking.sort.label}
        />
        <RankedTable
          rows={shown}
          columns={columns}
          rowKey={({ child }) => child.id}
          rankLabel={v.rank}
          size="comfortable"
          testId="plan-ranking"
        />
        {shown.some(({ row }) => row.standing.progress.measuresDiffer) && (
          <p className="mt-2 text-sm text-slate-700" data-testid="measures-differ-note">
            {v.measuresDiffer}
          </p>
        )}
        {!showAll && rows.length > RANKING_LENGTH && (
          <Link
            href={rankingHref({ sort, ranking: "all" })}
            className="no-print mt-2 inline-block text-brand-700 hover:underline"
          >
            {fill(v.showAll, { count: formatCount(rows.length, locale) })}
          </Link>
        )}
      </Card>
    </section>
  );
}
