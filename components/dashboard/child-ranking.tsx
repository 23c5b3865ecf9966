import Link from "next/link";
import { Card } from "@/components/ui/card";
import { applicableTarget } from "@/lib/coverage/applicable-target";
import { type CountingBasis, basisParams } from "@/lib/coverage/counting-rule";
import { progressAgainstTarget } from "@/lib/coverage/progress";
import { type RankingSort, rankUnits, reportedShare } from "@/lib/coverage/ranking";
import { basisPointsToRate } from "@/lib/coverage/rates";
import { type RankingOptions, rankingParams } from "@/lib/dashboard/ranking-options";
import { formatCount, formatPercent, formatPoints } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { type Messages, fill } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import { getChildCoverage } from "@/lib/queries/get-child-coverage";
import { getTargetCandidates } from "@/lib/queries/get-target-candidates";
import { viewParams } from "@/lib/dashboard/structure-view";
import { coverageHref } from "@/lib/routes";
import { OverHundredNote } from "./over-hundred-note";
import { ProvisionalMark } from "./stat-card";
import { STATUS_TEXT, StatusBadge } from "./status-badge";
import { TableHead } from "@/components/ui/data-table";

/** The figure columns a unit without a counted report has nothing for (population … people to enroll). */
const FIGURE_COLUMNS = 6;

/**
 * Child units ranked by coverage rate or people still to enroll. A unit none of whose base units
 * has a counted report reads "chưa báo cáo" instead of zeros, has no rank and follows the others
 * (lib/coverage/ranking.ts); it can be hidden (?reported=only). A unit whose base units reported in
 * part is marked provisional beside its reporting count.
 */
export async function ChildRanking({ unitId, unitCode, month, ranking, locale, t, structureMonth = null, basis = "submitted" }: {
  unitId: number;
  unitCode: string;
  month: Month;
  ranking: RankingOptions;
  locale: Locale;
  t: Messages;
  /** Today's month in today's structure (children of today, figures carried); null: the month's structure. */
  structureMonth?: Month | null;
  /** Which reports count (lib/coverage/counting-rule.ts). */
  basis?: CountingBasis;
}) {
  const children = await getChildCoverage(unitId, month, structureMonth, basis);
  if (children.length === 0) return null;
  const keep = { ...viewParams(structureMonth ? "current" : "month"), ...basisParams(basis) };
  const params = { ...keep, ...rankingParams(ranking) };
  const candidates = await getTargetCandidates(children.map((child) => child.id));
  const ranked = rankUnits(
    children.map((child) => {
      const progress = progressAgainstTarget(child.insured, child.population, applicableTarget(candidates, child.id, null, month));
      return { ...child, progress, rate: progress.rate, gap: progress.gap };
    }),
    ranking.sort,
  );
  const silent = ranked.filter(({ rank }) => rank === null).length;
  const shown = ranking.reportedOnly ? ranked.filter(({ rank }) => rank !== null) : ranked;
  const n = (value: number) => formatCount(value, locale);
  const option = "rounded px-2 py-1";
  const sortLink = (value: RankingSort, label: string) => (
    <Link
      href={coverageHref(unitCode, month, { ...keep, ...rankingParams({ ...ranking, sort: value }) })}
      aria-current={ranking.sort === value ? "true" : undefined}
      className={`${option} ${ranking.sort === value ? "bg-brand-600 text-white" : "text-brand-700 hover:bg-brand-50"}`}
    >
      {label}
    </Link>
  );
  const filterLink = silent > 0 && (
    <Link
      href={coverageHref(unitCode, month, { ...keep, ...rankingParams({ ...ranking, reportedOnly: !ranking.reportedOnly }) })}
      className={`${option} text-brand-700 underline-offset-2 hover:bg-brand-50 hover:underline`}
      data-testid="reported-filter"
    >
      {fill(ranking.reportedOnly ? t.ranking.showNotReported[basis] : t.ranking.hideNotReported[basis], { count: n(silent) })}
    </Link>
  );
  return (
    <Card title={t.ranking.title} description={t.ranking.description}>
      <div className="no-print mb-2 flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-sm">
        <div className="flex gap-1">
          {sortLink("rate", t.ranking.sortByRate)}
          {sortLink("gap", t.ranking.sortByGap)}
        </div>
        {filterLink}
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
            {shown.map(({ row: child, rank }) => {
              const { progress } = child;
              const share = reportedShare(child);
              const reporting = (
                <td className={`px-2 py-1.5 text-right tabular-nums ${share === "all" ? "text-slate-600" : "font-medium text-amber-800"}`}>
                  {n(child.reportingUnits)}/{n(child.baseUnits)}
                </td>
              );
              const notReported = t.ranking.notReported[basis];
              const name = (
                <td className="px-2 py-1.5">
                  <Link href={coverageHref(child.code, month, params)} className="whitespace-nowrap font-medium text-brand-700 hover:underline">
                    {child.name}
                  </Link>
                  {/* On a narrow screen the figure columns scroll out of sight: say it under the name. */}
                  {rank === null && <span className="block text-xs italic text-slate-500 md:hidden">{notReported}</span>}
                </td>
              );
              if (rank === null) {
                return (
                  <tr key={child.id} className="border-b border-slate-100 bg-slate-50/70 hover:bg-brand-50/60">
                    <td className="px-2 py-1.5 tabular-nums text-slate-600">–</td>
                    {name}
                    <td colSpan={FIGURE_COLUMNS} className="px-2 py-1.5 text-center italic text-slate-500" data-testid="not-reported">
                      <span className="hidden md:inline">{notReported}</span>
                    </td>
                    {reporting}
                    <td className="px-2 py-1.5" />
                  </tr>
                );
              }
              return (
                <tr key={child.id} className="border-b border-slate-100 hover:bg-brand-50/60">
                  <td className="px-2 py-1.5 tabular-nums text-slate-500">{rank}</td>
                  {name}
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
                  {reporting}
                  <td className="px-2 py-1.5">
                    <span className="flex flex-wrap gap-1">
                      <StatusBadge status={progress.status} t={t} />
                      <OverHundredNote rate={progress.rate} t={t} />
                      {share === "some" && (
                        <ProvisionalMark
                          text={t.ranking.provisional}
                          title={fill(t.ranking.provisionalHint, { reporting: n(child.reportingUnits), total: n(child.baseUnits) })}
                          testId="ranking-provisional"
                        />
                      )}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
