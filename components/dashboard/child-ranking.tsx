import Link from "next/link";
import { Card } from "@/components/ui/card";
import { applicableTarget } from "@/lib/coverage/applicable-target";
import { type CountingBasis, basisParams } from "@/lib/coverage/counting-rule";
import { progressAgainstTarget } from "@/lib/coverage/progress";
import { basisPointsToRate } from "@/lib/coverage/rates";
import { formatCount, formatPercent, formatPoints } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import { getChildCoverage } from "@/lib/queries/get-child-coverage";
import { getTargetCandidates } from "@/lib/queries/get-target-candidates";
import { viewParams } from "@/lib/dashboard/structure-view";
import { coverageHref } from "@/lib/routes";
import { STATUS_TEXT, StatusBadge } from "./status-badge";
import { TableHead } from "@/components/ui/data-table";

export type RankingSort = "rate" | "gap";

export async function ChildRanking({ unitId, unitCode, month, sort, locale, t, structureMonth = null, basis = "submitted" }: {
  unitId: number;
  unitCode: string;
  month: Month;
  sort: RankingSort;
  locale: Locale;
  t: Messages;
  /** Today's month in today's structure (children of today, figures carried); null: the month's structure. */
  structureMonth?: Month | null;
  /** Which reports count (lib/coverage/counting-rule.ts). */
  basis?: CountingBasis;
}) {
  const children = await getChildCoverage(unitId, month, structureMonth, basis);
  const params = { ...viewParams(structureMonth ? "current" : "month"), ...basisParams(basis) };
  if (children.length === 0) return null;
  const candidates = await getTargetCandidates(children.map((child) => child.id));
  const rows = children.map((child) => ({
    child,
    progress: progressAgainstTarget(child.insured, child.population, applicableTarget(candidates, child.id, null, month)),
  }));
  rows.sort((a, b) =>
    sort === "gap"
      ? (b.progress.gap ?? -1) - (a.progress.gap ?? -1)
      : (b.progress.rate ?? -1) - (a.progress.rate ?? -1),
  );
  const n = (value: number) => formatCount(value, locale);
  const sortLink = (value: RankingSort, label: string) => (
    <Link
      href={coverageHref(unitCode, month, { ...params, sort: value })}
      aria-current={sort === value ? "true" : undefined}
      className={`rounded px-2 py-1 ${sort === value ? "bg-brand-600 text-white" : "text-brand-700 hover:bg-brand-50"}`}
    >
      {label}
    </Link>
  );
  return (
    <Card title={t.ranking.title} description={t.ranking.description}>
      <div className="no-print mb-2 flex gap-1 text-sm">
        {sortLink("rate", t.ranking.sortByRate)}
        {sortLink("gap", t.ranking.sortByGap)}
      </div>
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm" data-testid="child-ranking">
          <TableHead
            className="border-b text-left text-slate-600"
            columns={[
              { label: t.ranking.rank },
              { label: t.ranking.unit },
              { label: t.ranking.population, numeric: true },
              { label: t.ranking.insured, numeric: true },
              { label: t.ranking.rate, numeric: true },
              { label: t.ranking.target, numeric: true },
              { label: t.ranking.points, numeric: true },
              { label: t.ranking.gap, numeric: true },
              { label: t.ranking.reporting, numeric: true },
              { label: t.ranking.status },
            ]}
          />
          <tbody>
            {rows.map(({ child, progress }, index) => (
              <tr key={child.id} className="border-b border-slate-100 hover:bg-brand-50/60">
                <td className="px-2 py-1.5 tabular-nums text-slate-500">{index + 1}</td>
                <td className="px-2 py-1.5">
                  <Link href={coverageHref(child.code, month, params)} className="font-medium text-brand-700 hover:underline">
                    {child.name}
                  </Link>
                </td>
                <td className="px-2 py-1.5 text-right tabular-nums">{n(child.population)}</td>
                <td className="px-2 py-1.5 text-right tabular-nums">{n(child.insured)}</td>
                <td className={`px-2 py-1.5 text-right font-semibold tabular-nums ${STATUS_TEXT[progress.status]}`}>
                  {formatPercent(progress.rate, locale)}
                </td>
                <td className="px-2 py-1.5 text-right tabular-nums">
                  {progress.targetBp === null ? "–" : formatPercent(basisPointsToRate(progress.targetBp), locale)}
                </td>
                <td className="px-2 py-1.5 text-right tabular-nums">
                  {progress.points === null ? "–" : formatPoints(progress.points, locale)}
                </td>
                <td className="px-2 py-1.5 text-right tabular-nums">{progress.gap === null ? "–" : n(progress.gap)}</td>
                <td className="px-2 py-1.5 text-right tabular-nums text-slate-600">
                  {n(child.reportingUnits)}/{n(child.baseUnits)}
                </td>
                <td className="px-2 py-1.5">
                  <StatusBadge status={progress.status} t={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
