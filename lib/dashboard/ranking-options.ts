// How the dashboard's ranking of child units is shown, from the URL: the sort (?sort=gap, default
// by rate) and whether units without a counted report are hidden (?reported=only). Both are kept
// in the URL when a link changes the month, the unit, the view or the counting basis.
import { type RankingSort } from "@/lib/coverage/ranking";

export type RankingOptions = { sort: RankingSort; reportedOnly: boolean };

export function rankingOptionsFrom(query: { sort?: unknown; reported?: unknown }): RankingOptions {
  return { sort: query.sort === "gap" ? "gap" : "rate", reportedOnly: query.reported === "only" };
}

/** Query parameters that keep the ranking's options; none for the defaults. */
export function rankingParams({ sort, reportedOnly }: RankingOptions): Record<string, string> {
  return { ...(sort === "gap" ? { sort } : {}), ...(reportedOnly ? { reported: "only" } : {}) };
}
