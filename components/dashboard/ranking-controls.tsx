// The ranking's controls (./ranking-table.tsx): status counts that filter, the name search, the sort
// and its order, and the download of what is shown. They only report the change; the table keeps
// the state and writes it to the URL.
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { RANKING_STATUSES, type RankingSort, type RankingStatus, type RankingView } from "@/lib/coverage/ranking";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";

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

const chip = (pressed: boolean) =>
  `inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 ${
    pressed ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
  }`;
const field =
  "rounded border border-slate-300 bg-white px-2 py-1.5 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600";

export function RankingControls({
  options,
  update,
  counts,
  total,
  groups,
  downloadHref,
  basis,
  n,
  t,
}: {
  options: RankingView;
  update: (change: Partial<RankingView>) => void;
  /** How many units are in each status, whatever the filters. */
  counts: Record<RankingStatus, number>;
  total: number;
  groups: RankingGroup[];
  downloadHref: string;
  basis: CountingBasis;
  n: (value: number) => string;
  t: Pick<Messages, "ranking" | "status">;
}) {
  const r = t.ranking;
  const statusLabel = (status: RankingStatus) =>
    status === "notReported" ? r.filter.notReported[basis] : t.status[status];
  const offered = RANKING_STATUSES.filter((status) => ALWAYS_OFFERED.includes(status) || counts[status] > 0);
  const toggleStatus = (status: RankingStatus) =>
    update({
      statuses: RANKING_STATUSES.filter((s) =>
        s === status ? !options.statuses.includes(s) : options.statuses.includes(s),
      ),
    });

  return (
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
          {r.filter.all} <span className="tabular-nums">{n(total)}</span>
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
          href={downloadHref}
          download
          title={r.downloadHint}
          className="col-span-2 inline-flex items-center justify-center rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 sm:ml-auto"
          data-testid="ranking-download"
        >
          {r.download} (.xlsx)
        </a>
      </div>
    </div>
  );
}
