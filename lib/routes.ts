// URLs of the app's pages, built in one place. A unit is addressed by its GSO code plus a month,
// because codes are reused across reorganisations.
import type { Month } from "./period";

export function coverageHref(unitCode: string, month: Month, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ month, ...params });
  return `/coverage/${encodeURIComponent(unitCode)}?${query}`;
}

/** A plan's page (leader view), or one of its sub-pages ("edit", "allocate"), with query parameters. */
export function planHref(planId: number, params: Record<string, string> = {}, page?: "edit" | "allocate"): string {
  const query = new URLSearchParams(params).toString();
  return `/plans/${planId}${page ? `/${page}` : ""}${query ? `?${query}` : ""}`;
}
