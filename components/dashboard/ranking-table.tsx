"use client";

// The ranking's table and its controls (./ranking-controls.tsx): status counts that filter, a name
// search, the sort and its order, the download of what is shown. They change the table in the
// browser, without leaving the page (so the scroll position stays), and write themselves to the
// URL, so that the address can be shared or reloaded and the dashboard's other links keep them
// (keep-ranking-link.tsx). The order and the filters are lib/coverage/ranking.ts's; the table is
// the one ranked table (components/ui/ranked-table.tsx) with the columns of ./ranking-columns.tsx.
import { useState } from "react";

import { RankedTable } from "@/components/ui/ranked-table";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { countStatuses, showRanking, sortedGroup, type RankingView } from "@/lib/coverage/ranking";
import { rankingParams, replaceRankingParams } from "@/lib/dashboard/ranking-options";
import { formatCount } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import type { ChildRankingRow } from "@/lib/queries/get-child-ranking";
import { coverageHref, rankingFileHref } from "@/lib/routes";

import { rankingColumns } from "./ranking-columns";
import { RankingControls, type RankingGroup } from "./ranking-controls";

export type { RankingGroup };

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

  const shown = showRanking(rows, options);
  const filtered = options.statuses.length > 0 || options.search !== "";
  const childParams = { ...linkParams, ...rankingParams(options, { search: false }) };
  const columns = rankingColumns({
    group: sortedGroup(options.sort),
    href: (code) => coverageHref(code, month, childParams),
    basis,
    locale,
    n,
    t,
  });

  return (
    <div className={filtered ? "min-h-screen" : undefined}>
      <RankingControls
        options={options}
        update={update}
        counts={countStatuses(rows)}
        total={rows.length}
        groups={groups}
        downloadHref={rankingFileHref(unitCode, month, { ...linkParams, ...rankingParams(options) })}
        basis={basis}
        n={n}
        t={t}
      />
      <p className="mb-1 mt-3 text-sm text-slate-600" aria-live="polite" data-testid="ranking-shown">
        {fill(r.shown, { shown: n(shown.length), total: n(rows.length) })}
      </p>
      <RankedTable
        rows={shown}
        columns={columns}
        rowKey={(child) => child.id}
        rankLabel={r.rank}
        unranked={{
          cell: () => <span className="hidden md:inline">{r.notReported[basis]}</span>,
          testId: "not-reported",
        }}
        empty={
          <>
            {r.noMatch}{" "}
            <button
              type="button"
              onClick={() => update({ statuses: [], search: "" })}
              className="text-brand-700 underline underline-offset-2"
            >
              {r.clearFilters}
            </button>
          </>
        }
        testId="child-ranking"
      />
      <p className="mt-2 text-xs text-slate-600" data-testid="ranking-uninsured-note">
        {r.uninsuredNotSummed}
      </p>
    </div>
  );
}
