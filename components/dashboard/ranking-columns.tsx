// The columns of the dashboard's ranking of child units (./ranking-table.tsx), for the one ranked
// table (components/ui/ranked-table.tsx): the unit, its figures (population, insured, rate, the
// group sorted by, target, points, people still to enroll, people not yet insured, the changes),
// the reporting count and the status. A unit that has not reported shows "chưa báo cáo" over the
// figure columns (the table's `unranked`), and under its name on a narrow screen.
import Link from "next/link";

import { Entered } from "@/components/ui/entered";
import type { RankedColumn } from "@/components/ui/ranked-table";
import type { Comparison } from "@/lib/coverage/comparison";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { reportedShare } from "@/lib/coverage/ranking";
import { basisPointsToRate } from "@/lib/coverage/rates";
import { formatPercent, formatPoints } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { ChildRankingRow } from "@/lib/queries/get-child-ranking";

import { peopleText, pointsText, shortReasonText } from "./comparison-text";
import { OverHundredNote } from "./over-hundred-note";
import { ProvisionalMark } from "./stat-card";
import { STATUS_TEXT, StatusBadge } from "./status-badge";

type Texts = Pick<Messages, "ranking" | "status" | "comparison">;

/**
 * Headings that may wrap, so that the thirteen columns fit a laptop's width (1366 px): with headings
 * on one line the status column was scrolled out of sight.
 */
const WRAPPING = "whitespace-normal text-balance";

export function rankingColumns({
  group,
  href,
  basis,
  locale,
  n,
  t,
}: {
  /** The group whose rate is sorted by (its column appears beside the rate), or null. */
  group: string | null;
  /** A child unit's dashboard. */
  href: (code: string) => string;
  basis: CountingBasis;
  locale: Locale;
  n: (value: number) => string;
  t: Texts;
}): RankedColumn<ChildRankingRow>[] {
  const r = t.ranking;
  const dash = (value: number | null, format: (value: number) => string) => (value === null ? "–" : format(value));
  /** The change in points over the change in people, or "–" over the reason there is none. */
  const change = (comparison: Comparison) =>
    comparison.kind === "change" ? (
      <>
        <span className="block whitespace-nowrap">{pointsText(comparison, locale, t)}</span>
        <span className="block whitespace-nowrap text-xs text-slate-600">{peopleText(comparison, locale, t)}</span>
      </>
    ) : (
      <>
        <span aria-hidden className="block">
          –
        </span>
        <span className="block whitespace-nowrap text-xs text-slate-600">
          {shortReasonText(comparison.reason, basis, t)}
        </span>
      </>
    );
  const figure = (column: Omit<RankedColumn<ChildRankingRow>, "figure" | "numeric">) =>
    ({ headerClassName: WRAPPING, ...column, figure: true, numeric: true }) satisfies RankedColumn<ChildRankingRow>;

  return [
    {
      key: "unit",
      label: r.unit,
      cell: (child, rank) => (
        <>
          <Link href={href(child.code)} className="whitespace-nowrap font-medium text-brand-700 hover:underline">
            <Entered kind="unit">{child.name}</Entered>
          </Link>
          {/* On a narrow screen the figure columns scroll out of sight: say it under the name. */}
          {rank === null && (
            <span className="block text-xs italic text-slate-600 md:hidden">{r.notReported[basis]}</span>
          )}
        </>
      ),
    },
    figure({ key: "population", label: r.population, cell: (child) => n(child.population) }),
    figure({ key: "insured", label: r.insured, cell: (child) => n(child.insured) }),
    figure({
      key: "rate",
      label: r.rate,
      cellClassName: (child) => `font-semibold ${STATUS_TEXT[child.status]}`,
      cell: (child) => formatPercent(child.rate, locale),
    }),
    ...(group === null
      ? []
      : [
          figure({
            key: "group",
            label: fill(r.groupRate, { code: group }),
            headerTestId: "ranking-group-column",
            testId: "ranking-group-rate",
            cell: (child) => formatPercent(child.groupRates[group] ?? null, locale),
          }),
        ]),
    figure({
      key: "target",
      label: r.target,
      cell: (child) => dash(child.targetBp, (bp) => formatPercent(basisPointsToRate(bp), locale)),
    }),
    figure({
      key: "points",
      label: r.points,
      cell: (child) => dash(child.points, (points) => formatPoints(points, locale)),
    }),
    figure({ key: "gap", label: r.gap, hint: r.gapHint, cell: (child) => dash(child.gap, n) }),
    figure({
      key: "uninsured",
      label: r.uninsured,
      hint: r.uninsuredHint,
      testId: "ranking-uninsured",
      cell: (child) => dash(child.uninsured, n),
    }),
    figure({
      key: "change",
      label: r.change,
      hint: r.changeHint,
      testId: "ranking-change",
      cell: (child) => change(child.sinceLastMonth),
    }),
    figure({
      key: "change-year",
      label: r.changeYear,
      hint: r.changeYearHint,
      testId: "ranking-change-year",
      cell: (child) => change(child.sinceLastYear),
    }),
    {
      key: "reporting",
      label: r.reporting,
      numeric: true,
      testId: "ranking-reporting",
      cellClassName: (child) => (reportedShare(child) === "all" ? "text-slate-600" : "font-medium text-amber-800"),
      cell: (child) => `${n(child.reportingUnits)}/${n(child.baseUnits)}`,
    },
    {
      key: "status",
      label: r.status,
      headerClassName: WRAPPING,
      cell: (child, rank) =>
        rank === null ? null : (
          <span className="flex flex-wrap gap-1">
            <StatusBadge status={child.status} t={t} />
            <OverHundredNote rate={child.rate} t={t} />
            {reportedShare(child) === "some" && (
              <ProvisionalMark
                text={r.provisional}
                title={fill(r.provisionalHint, { reporting: n(child.reportingUnits), total: n(child.baseUnits) })}
                testId="ranking-provisional"
              />
            )}
          </span>
        ),
    },
  ];
}
