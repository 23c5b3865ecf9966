// The order of a ranking of child units (pure; the dashboard's "Xếp hạng đơn vị trực thuộc"):
// units with figures are ranked by coverage rate or by people still to enroll, best or most first;
// a unit none of whose base units has a counted report has no figures to rank, so it gets no rank
// and follows the others, in the order given (by code), whatever the sort.
import type { ReportingCount } from "@/lib/reports/month-standing-rules";

export type RankingSort = "rate" | "gap";

/** How much of a unit has reported: every base unit, some of them, or none. */
export type Reported = "all" | "some" | "none";

export function reportedShare({ reportingUnits, baseUnits }: ReportingCount): Reported {
  if (reportingUnits === 0 && baseUnits > 0) return "none";
  return reportingUnits >= baseUnits ? "all" : "some";
}

type Rankable = ReportingCount & { rate: number | null; gap: number | null };

/**
 * The rows in ranking order, each with its rank (1, 2, …), or null for a unit that has not
 * reported. A missing rate or gap (no population, no target) ranks last among the reported ones;
 * ties keep the order given.
 */
export function rankUnits<Row extends Rankable>(rows: readonly Row[], sort: RankingSort): { row: Row; rank: number | null }[] {
  const key = (row: Row) => (sort === "gap" ? row.gap : row.rate) ?? -1;
  const reported = rows.filter((row) => reportedShare(row) !== "none").sort((a, b) => key(b) - key(a));
  const silent = rows.filter((row) => reportedShare(row) === "none");
  return [...reported.map((row, index) => ({ row, rank: index + 1 })), ...silent.map((row) => ({ row, rank: null }))];
}
