// How the dashboard's ranking of child units is shown, from the URL: the sort (?sort=gap|uninsured|change|
// change-year|group-<code>, default by rate), the order (?order=asc, default most first), the statuses shown
// (?status=behind,near) and a name searched (?q=). The ranking changes them in the browser, without
// leaving the page, and writes them back to the URL (to share or reload it); links to another month,
// unit, view or counting basis keep them, except the search, which is of one unit's children.
import { RANKING_STATUSES, sortedGroup, type RankingSort, type RankingView } from "@/lib/coverage/ranking";

/** The URL's parameters of the ranking. */
export const RANKING_PARAMS = ["sort", "order", "status", "q"] as const;

export const DEFAULT_RANKING: RankingView = { sort: "rate", order: "desc", statuses: [], search: "" };

/** Long enough for any unit's name. */
const MAX_SEARCH = 100;

const one = (value: unknown): string =>
  typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : "";

function sortFrom(value: string): RankingSort {
  if (value === "gap" || value === "uninsured" || value === "change" || value === "change-year") return value;
  return /^group-[A-Za-z0-9]{1,16}$/.test(value) ? (value as RankingSort) : "rate";
}

export function rankingOptionsFrom(query: {
  sort?: unknown;
  order?: unknown;
  status?: unknown;
  q?: unknown;
}): RankingView {
  const asked = new Set(one(query.status).split(","));
  return {
    sort: sortFrom(one(query.sort)),
    order: one(query.order) === "asc" ? "asc" : "desc",
    statuses: RANKING_STATUSES.filter((status) => asked.has(status)),
    search: one(query.q).trim().slice(0, MAX_SEARCH),
  };
}

/** The options with a sort by a group the month does not have replaced by the rate. */
export function withKnownGroup(options: RankingView, groupCodes: readonly string[]): RankingView {
  const group = sortedGroup(options.sort);
  return group === null || groupCodes.includes(group) ? options : { ...options, sort: "rate" };
}

/** Query parameters that keep the ranking's options (none for the defaults); `search: false` leaves the search out. */
export function rankingParams(options: RankingView, { search = true } = {}): Record<string, string> {
  const { sort, order, statuses } = options;
  return {
    ...(sort !== "rate" ? { sort } : {}),
    ...(order === "asc" ? { order } : {}),
    ...(statuses.length > 0 ? { status: statuses.join(",") } : {}),
    ...(search && options.search ? { q: options.search } : {}),
  };
}

/** A query string with its ranking parameters replaced by those of `options`. */
export function replaceRankingParams(query: string, options: RankingView, { search = true } = {}): string {
  const params = new URLSearchParams(query);
  for (const name of RANKING_PARAMS) params.delete(name);
  for (const [name, value] of Object.entries(rankingParams(options, { search }))) params.set(name, value);
  return params.toString();
}
