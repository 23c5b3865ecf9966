// The ranking of child units (pure; the dashboard's "Xếp hạng đơn vị trực thuộc" and its file).
// Units with figures are ranked by a key — coverage rate, a participant group's rate, people still
// to enroll (to the target), people not yet insured or the change of the rate since last month or
// since the same month last year — most first, each with its rank (1, 2, …); a unit none of
// whose base units has a counted report has no figures to rank, so it gets no rank and follows the
// others, in the order given (by code), whatever the sort. Shown lowest first, the ranks stay.
// Filters (statuses, a name searched without diacritics) then hide rows without renumbering them.
// The plan view ranks its child units by their standing against the plan (rankStandings): furthest
// behind first, by people still to enroll or by points (./standing.ts).
import type { ReportingCount } from "@/lib/reports/month-standing-rules";
import { foldDiacritics } from "@/lib/text/fold";

import type { Comparison } from "./comparison";
import { compareStandings, type Standing, type StandingSort } from "./standing";
import type { TargetStatus } from "./target-status";

/** What the ranking is sorted by: a group's rate is `group-<code>`. */
export type RankingSort = "rate" | "gap" | "uninsured" | "change" | "change-year" | `group-${string}`;

export type SortOrder = "desc" | "asc";

/** How much of a unit has reported: every base unit, some of them, or none. */
export type Reported = "all" | "some" | "none";

/** A unit's place in the ranking's filters: its status against the target, or not reported. */
export type RankingStatus = TargetStatus | "notReported";

/** In the order the filters list them. */
export const RANKING_STATUSES: readonly RankingStatus[] = [
  "met",
  "near",
  "behind",
  "notReported",
  "noTarget",
  "noData",
];

export type RankingView = {
  sort: RankingSort;
  order: SortOrder;
  /** The statuses shown; none chosen shows every unit. */
  statuses: readonly RankingStatus[];
  /** Part of a unit's name or code, compared without case or diacritics ("bac ninh" finds "Bắc Ninh"). */
  search: string;
};

export type RankableUnit = ReportingCount & {
  code: string;
  name: string;
  rate: number | null;
  /** People still to enroll to reach the target rate. */
  gap: number | null;
  /** People not yet insured: population − insured, 0 when over-covered (./not-yet-insured.ts). */
  uninsured: number | null;
  /** Against last month and the same month last year (./comparison.ts). */
  sinceLastMonth: Comparison;
  sinceLastYear: Comparison;
  status: TargetStatus;
  /** Each participant group's rate, by group code. */
  groupRates: Readonly<Record<string, number | null>>;
};

export type Ranked<Row> = { row: Row; rank: number | null };

export function reportedShare({ reportingUnits, baseUnits }: ReportingCount): Reported {
  if (reportingUnits === 0 && baseUnits > 0) return "none";
  return reportingUnits >= baseUnits ? "all" : "some";
}

export function rankingStatus(row: ReportingCount & { status: TargetStatus }): RankingStatus {
  return reportedShare(row) === "none" ? "notReported" : row.status;
}

/** The group a sort names, or null. */
export function sortedGroup(sort: RankingSort): string | null {
  return sort.startsWith("group-") ? sort.slice("group-".length) : null;
}

/** A change in points, or null when there is nothing to compare with. */
function changeInPoints(comparison: Comparison): number | null {
  return comparison.kind === "change" ? comparison.points : null;
}

function sortValue(row: RankableUnit, sort: RankingSort): number | null {
  const group = sortedGroup(sort);
  if (group !== null) return row.groupRates[group] ?? null;
  if (sort === "gap") return row.gap;
  if (sort === "uninsured") return row.uninsured;
  if (sort === "change") return changeInPoints(row.sinceLastMonth);
  return sort === "change-year" ? changeInPoints(row.sinceLastYear) : row.rate;
}

/**
 * The rows in ranking order, most first, each with its rank, or null for a unit that has not
 * reported. A unit without the value sorted by (no population, no target, no figures last month)
 * ranks last among the reported ones; ties keep the order given.
 */
export function rankUnits<Row extends RankableUnit>(rows: readonly Row[], sort: RankingSort): Ranked<Row>[] {
  const reported = rows.filter((row) => reportedShare(row) !== "none");
  const valued = reported
    .filter((row) => sortValue(row, sort) !== null)
    .sort((a, b) => sortValue(b, sort)! - sortValue(a, sort)!);
  const unvalued = reported.filter((row) => sortValue(row, sort) === null);
  const silent = rows.filter((row) => reportedShare(row) === "none");
  return [
    ...[...valued, ...unvalued].map((row, index) => ({ row, rank: index + 1 })),
    ...silent.map((row) => ({ row, rank: null })),
  ];
}

/** Lowest first: the units with a value reversed, ties in the order given; the others stay after them. */
function lowestFirst<Row extends RankableUnit>(ranked: readonly Ranked<Row>[], sort: RankingSort): Ranked<Row>[] {
  const hasValue = (entry: Ranked<Row>) => entry.rank !== null && sortValue(entry.row, sort) !== null;
  const valued = ranked.filter(hasValue);
  const runs: Ranked<Row>[][] = [];
  for (const entry of valued) {
    const run = runs.at(-1);
    if (run && sortValue(run[0]!.row, sort) === sortValue(entry.row, sort)) run.push(entry);
    else runs.push([entry]);
  }
  return [...runs.reverse().flat(), ...ranked.filter((entry) => !hasValue(entry))];
}

/** Search text as compared: folded, spaces collapsed. */
export function searchKey(text: string): string {
  return foldDiacritics(text).replace(/\s+/g, " ").trim();
}

function matches(row: RankableUnit, key: string): boolean {
  return key === "" || searchKey(row.name).includes(key) || row.code.includes(key);
}

/** How many units are in each status (every unit, whatever the filters). */
export function countStatuses(rows: readonly RankableUnit[]): Record<RankingStatus, number> {
  const counts = Object.fromEntries(RANKING_STATUSES.map((status) => [status, 0])) as Record<RankingStatus, number>;
  for (const row of rows) counts[rankingStatus(row)] += 1;
  return counts;
}

/** The ranking as shown: ranked, in the order asked for, then filtered by status and name. */
export function showRanking<Row extends RankableUnit>(rows: readonly Row[], view: RankingView): Ranked<Row>[] {
  const ranked = rankUnits(rows, view.sort);
  const ordered = view.order === "asc" ? lowestFirst(ranked, view.sort) : ranked;
  const key = searchKey(view.search);
  return ordered.filter(
    ({ row }) => (view.statuses.length === 0 || view.statuses.includes(rankingStatus(row))) && matches(row, key),
  );
}

/** The plan view's ranking: furthest behind the plan first (compareStandings), each with its rank. */
export function rankStandings<Row extends { standing: Standing }>(
  rows: readonly Row[],
  sort: StandingSort,
): Ranked<Row>[] {
  const compare = compareStandings(sort);
  return [...rows].sort((a, b) => compare(a.standing, b.standing)).map((row, index) => ({ row, rank: index + 1 }));
}
