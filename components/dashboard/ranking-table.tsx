"use client";

// The ranking's table and its controls: status counts that filter, a name search, the sort and
// its order, the download of what is shown. They change the table in the browser, without leaving
// the page (so the scroll position stays), and write themselves to the URL, so that the address
// can be shared or reloaded and the dashboard's other links keep them (keep-ranking-link.tsx).
import Link from "next/link";
import { useState } from "react";

import { Entered } from "@/components/ui/entered";
import type { Comparison } from "@/lib/coverage/comparison";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import {
  countStatuses,
  RANKING_STATUSES,
  reportedShare,
  showRanking,
  sortedGroup,
  type RankingSort,
  type RankingStatus,
  type RankingView,
} from "@/lib/coverage/ranking";
import { basisPointsToRate } from "@/lib/coverage/rates";
import { rankingParams, replaceRankingParams } from "@/lib/dashboard/ranking-options";
import { formatCount, formatPercent, formatPoints } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import type { ChildRankingRow } from "@/lib/queries/get-child-ranking";
import { coverageHref, rankingFileHref } from "@/lib/routes";

import { peopleText, pointsText, shortReasonText } from "./comparison-text";
import { OverHundredNote } from "./over-hundred-note";
import { ProvisionalMark } from "./stat-card";
import { STATUS_TEXT, StatusBadge } from "./status-badge";

export type RankingGroup = { code: string; name: string };

const CHIP_DOT: Record<RankingStatus, string> = {
  met: "bg-met",
  near: "bg-near",
  behind: "bg-behind",
  notReported: "bg-slate-400",
  noTarget: "bg-slate-300",
  noData: "bg-slate-300",
};

/** The statuses always offered; the others only when some unit has them. */
const ALWAYS_OFFERED: readonly RankingStatus[] = ["met", "near", "behind", "notReported"];

export function RankingTable({
  rows,
  groups,
  initial,
  unitCode,
  month,
  basis,
  linkParams,
  locale,
  t,
}: {
  rows: ChildRankingRow[];
  groups: RankingGroup[];
  initial: RankingView;
  unitCode: string;
  month: Month;
  basis: CountingBasis;
  /** Parameters every link keeps: the structure view and the counting basis. */
  linkParams: Record<string, string>;
  locale: Locale;
  t: Pick<Messages, "ranking" | "status" | "comparison">;
}) {
  const [options, setOptions] = useState(initial);
  const r = t.ranking;
  const n = (value: number) => formatCount(value, locale);

  const update = (change: Partial<RankingView>) => {
    const next = { ...options, ...change };
    setOptions(next);
    const query = replaceRankingParams(window.location.search, next);
    window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
  };
  const toggleStatus = (status: RankingStatus) =>
    update({
      statuses: RANKING_STATUSES.filter((s) =>
        s === status ? !options.statuses.includes(s) : options.statuses.includes(s),
      ),
    });

  const counts = countStatuses(rows);
  const shown = showRanking(rows, options);
  const group = sortedGroup(options.sort);
  const filtered = options.statuses.length > 0 || options.search !== "";
  const statusLabel = (status: RankingStatus) =>
    status === "notReported" ? r.filter.notReported[basis] : t.status[status];
  const offered = RANKING_STATUSES.filter((status) => ALWAYS_OFFERED.includes(status) || counts[status] > 0);
  const figureColumns = group === null ? 9 : 10;
  const childParams = { ...linkParams, ...rankingParams(options, { search: false }) };

  /** The change in points over the change in people, or "–" over the reason there is none. */
  const changeCell = (comparison: Comparison, testId: string) => (
    <td className="px-2 py-1.5 text-right tabular-nums" data-testid={testId}>
      {comparison.kind === "change" ? (
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
      )}
    </td>
  );
  const chip = (pressed: boolean) =>
    `inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 ${
      pressed
        ? "border-brand-700 bg-brand-700 text-white"
        : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
    }`;
  const field =
    "rounded border border-slate-300 bg-white px-2 py-1.5 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600";

  return (
    <div className={filtered ? "min-h-screen" : undefined}>
      <div className="no-print space-y-3">
        <div
          role="group"
          aria-label={r.filter.label}
          className="flex flex-wrap gap-1.5"
          data-testid="ranking-status-filter"
        >
          <button
            type="button"
            aria-pressed={options.statuses.length === 0}
            onClick={() => update({ statuses: [] })}
            className={chip(options.statuses.length === 0)}
          >
            {r.filter.all} <span className="tabular-nums">{n(rows.length)}</span>
          </button>
          {offered.map((status) => {
            const pressed = options.statuses.includes(status);
            return (
              <button
                key={status}
                type="button"
                aria-pressed={pressed}
                onClick={() => toggleStatus(status)}
                className={chip(pressed)}
                data-status={status}
              >
                <span aria-hidden className={`h-2.5 w-2.5 rounded-full ${CHIP_DOT[status]}`} />
                {statusLabel(status)} <span className="tabular-nums">{n(counts[status])}</span>
              </button>
            );
          })}
        </div>
        <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-end">
          <label className="col-span-2 flex flex-col gap-1 text-sm text-slate-600 sm:w-64">
            {r.search.label}
            <input
              type="search"
              value={options.search}
              onChange={(event) => update({ search: event.target.value })}
              placeholder={r.search.placeholder}
              className={field}
              data-testid="ranking-search"
            />
          </label>
          <label className="flex min-w-0 flex-col gap-1 text-sm text-slate-600">
            {r.sort.label}
            <select
              value={options.sort}
              onChange={(event) => update({ sort: event.target.value as RankingSort })}
              className={`${field} w-full`}
              data-testid="ranking-sort"
            >
              <option value="rate">{r.sort.rate}</option>
              {groups.map((g) => (
                <option key={g.code} value={`group-${g.code}`}>
                  {fill(r.sort.group, { code: g.code, name: g.name })}
                </option>
              ))}
              <option value="gap">{r.sort.gap}</option>
              <option value="uninsured">{r.sort.uninsured}</option>
              <option value="change">{r.sort.change}</option>
              <option value="change-year">{r.sort["change-year"]}</option>
            </select>
          </label>
          <label className="flex min-w-0 flex-col gap-1 text-sm text-slate-600">
            {r.order.label}
            <select
              value={options.order}
              onChange={(event) => update({ order: event.target.value === "asc" ? "asc" : "desc" })}
              className={`${field} w-full`}
              data-testid="ranking-order"
            >
              <option value="desc">{r.order.desc}</option>
              <option value="asc">{r.order.asc}</option>
            </select>
          </label>
          <a
            href={rankingFileHref(unitCode, month, { ...linkParams, ...rankingParams(options) })}
            download
            title={r.downloadHint}
            className="col-span-2 inline-flex items-center justify-center rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 sm:ml-auto"
            data-testid="ranking-download"
          >
            {r.download} (.xlsx)
          </a>
        </div>
      </div>
      <p className="mb-1 mt-3 text-sm text-slate-600" aria-live="polite" data-testid="ranking-shown">
        {fill(r.shown, { shown: n(shown.length), total: n(rows.length) })}
      </p>
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm" data-testid="child-ranking">
          <thead className="whitespace-nowrap border-b text-left align-bottom text-slate-600">
            <tr>
              <th scope="col" className="px-2 py-2 font-medium">
                {r.rank}
              </th>
              <th scope="col" className="px-2 py-2 font-medium">
                {r.unit}
              </th>
              <th scope="col" className="px-2 py-2 text-right font-medium">
                {r.population}
              </th>
              <th scope="col" className="px-2 py-2 text-right font-medium">
                {r.insured}
              </th>
              <th scope="col" className="px-2 py-2 text-right font-medium">
                {r.rate}
              </th>
              {group !== null && (
                <th scope="col" className="px-2 py-2 text-right font-medium" data-testid="ranking-group-column">
                  {fill(r.groupRate, { code: group })}
                </th>
              )}
              <th scope="col" className="px-2 py-2 text-right font-medium">
                {r.target}
              </th>
              {/* The two long headers may wrap, so that the table fits a laptop's width. */}
              <th scope="col" className="min-w-28 whitespace-normal text-balance px-2 py-2 text-right font-medium">
                {r.points}
              </th>
              <th scope="col" className="px-2 py-2 text-right font-medium" title={r.gapHint}>
                {r.gap}
              </th>
              <th scope="col" className="px-2 py-2 text-right font-medium" title={r.uninsuredHint}>
                {r.uninsured}
              </th>
              <th
                scope="col"
                className="min-w-28 whitespace-normal text-balance px-2 py-2 text-right font-medium"
                title={r.changeHint}
              >
                {r.change}
              </th>
              <th
                scope="col"
                className="min-w-28 whitespace-normal text-balance px-2 py-2 text-right font-medium"
                title={r.changeYearHint}
              >
                {r.changeYear}
              </th>
              <th scope="col" className="px-2 py-2 text-right font-medium">
                {r.reporting}
              </th>
              <th scope="col" className="px-2 py-2 font-medium">
                {r.status}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td colSpan={figureColumns + 4} className="px-2 py-4 text-center text-slate-600">
                  {r.noMatch}{" "}
                  <button
                    type="button"
                    onClick={() => update({ statuses: [], search: "" })}
                    className="text-brand-700 underline underline-offset-2"
                  >
                    {r.clearFilters}
                  </button>
                </td>
              </tr>
            )}
            {shown.map(({ row: child, rank }) => {
              const share = reportedShare(child);
              const reporting = (
                <td
                  className={`px-2 py-1.5 text-right tabular-nums ${share === "all" ? "text-slate-600" : "font-medium text-amber-800"}`}
                  data-testid="ranking-reporting"
                >
                  {n(child.reportingUnits)}/{n(child.baseUnits)}
                </td>
              );
              const notReported = r.notReported[basis];
              const name = (
                <td className="px-2 py-1.5">
                  <Link
                    href={coverageHref(child.code, month, childParams)}
                    className="whitespace-nowrap font-medium text-brand-700 hover:underline"
                  >
                    <Entered kind="unit">{child.name}</Entered>
                  </Link>
                  {/* On a narrow screen the figure columns scroll out of sight: say it under the name. */}
                  {rank === null && (
                    <span className="block text-xs italic text-slate-600 md:hidden">{notReported}</span>
                  )}
                </td>
              );
              if (rank === null) {
                return (
                  <tr key={child.id} className="border-b border-slate-100 bg-slate-50/70 hover:bg-brand-50/60">
                    <td className="px-2 py-1.5 tabular-nums text-slate-600">–</td>
                    {name}
                    <td
                      colSpan={figureColumns}
                      className="px-2 py-1.5 text-center italic text-slate-600"
                      data-testid="not-reported"
                    >
                      <span className="hidden md:inline">{notReported}</span>
                    </td>
                    {reporting}
                    <td className="px-2 py-1.5" />
                  </tr>
                );
              }
              const groupRate = group === null ? null : (child.groupRates[group] ?? null);
              return (
                <tr key={child.id} className="border-b border-slate-100 hover:bg-brand-50/60">
                  <td className="px-2 py-1.5 tabular-nums text-slate-600">{rank}</td>
                  {name}
                  <td className="px-2 py-1.5 text-right tabular-nums">{n(child.population)}</td>
                  <td className="px-2 py-1.5 text-right tabular-nums">{n(child.insured)}</td>
                  <td className={`px-2 py-1.5 text-right font-semibold tabular-nums ${STATUS_TEXT[child.status]}`}>
                    {formatPercent(child.rate, locale)}
                  </td>
                  {group !== null && (
                    <td className="px-2 py-1.5 text-right tabular-nums" data-testid="ranking-group-rate">
                      {formatPercent(groupRate, locale)}
                    </td>
                  )}
                  <td className="px-2 py-1.5 text-right tabular-nums">
                    {child.targetBp === null ? "–" : formatPercent(basisPointsToRate(child.targetBp), locale)}
                  </td>
                  <td className="px-2 py-1.5 text-right tabular-nums">
                    {child.points === null ? "–" : formatPoints(child.points, locale)}
                  </td>
                  <td className="px-2 py-1.5 text-right tabular-nums">{child.gap === null ? "–" : n(child.gap)}</td>
                  <td className="px-2 py-1.5 text-right tabular-nums" data-testid="ranking-uninsured">
                    {child.uninsured === null ? "–" : n(child.uninsured)}
                  </td>
                  {changeCell(child.sinceLastMonth, "ranking-change")}
                  {changeCell(child.sinceLastYear, "ranking-change-year")}
                  {reporting}
                  <td className="px-2 py-1.5">
                    <span className="flex flex-wrap gap-1">
                      <StatusBadge status={child.status} t={t} />
                      <OverHundredNote rate={child.rate} t={t} />
                      {share === "some" && (
                        <ProvisionalMark
                          text={r.provisional}
                          title={fill(r.provisionalHint, {
                            reporting: n(child.reportingUnits),
                            total: n(child.baseUnits),
                          })}
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
      <p className="mt-2 text-xs text-slate-600" data-testid="ranking-uninsured-note">
        {r.uninsuredNotSummed}
      </p>
    </div>
  );
}
