// URLs of the app's pages, built in one place. A unit is addressed by its GSO code plus a month,
// because codes are reused across reorganisations.
import type { Month } from "./period";

export function coverageHref(unitCode: string, month: Month, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ month, ...params });
  return `/coverage/${encodeURIComponent(unitCode)}?${query}`;
}

/** The entry form of a base unit's monthly report. */
export function reportHref(unitCode: string, month: Month): string {
  return `/reports/${encodeURIComponent(unitCode)}/${month}`;
}

/** A base unit's recent monthly reports. */
export function reportsHref(unitCode: string): string {
  return `/reports/${encodeURIComponent(unitCode)}`;
}

/** The review page of a province or district: its communes' reports for a month. */
export function reviewHref(unitCode: string, month: Month, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ month, ...params });
  return `/review/${encodeURIComponent(unitCode)}?${query}`;
}
