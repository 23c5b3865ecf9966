// A user's own page: the dashboard of their scope unit, in the last month that unit existed when
// it belongs to an earlier structure (an old district's code may mean nothing today).
import type { UnitKind } from "@prisma/client";

import { addMonths, dateToMonth, type Month } from "@/lib/period";
import { SCOPE_UNIT_KINDS } from "@/lib/permissions/roles";
import { coverageHref, reviewHref } from "@/lib/routes";

export function homeHref(scopeUnit: { code: string; validTo: Date | null }): string {
  if (!scopeUnit.validTo) return `/coverage/${encodeURIComponent(scopeUnit.code)}`;
  return coverageHref(scopeUnit.code, addMonths(dateToMonth(scopeUnit.validTo), -1));
}

const REVIEWED_KINDS: readonly UnitKind[] = [
  ...SCOPE_UNIT_KINDS.PROVINCIAL_OFFICIAL,
  ...SCOPE_UNIT_KINDS.DISTRICT_OFFICER,
];

/**
 * The review page of a reviewer's own province or district (in its last month for an earlier
 * structure's unit); null when the scope unit is not a province or district (the country).
 */
export function reviewHomeHref(scopeUnit: { code: string; kind: UnitKind; validTo: Date | null }): string | null {
  if (!REVIEWED_KINDS.includes(scopeUnit.kind)) return null;
  if (!scopeUnit.validTo) return `/review/${encodeURIComponent(scopeUnit.code)}`;
  const lastMonth: Month = addMonths(dateToMonth(scopeUnit.validTo), -1);
  return reviewHref(scopeUnit.code, lastMonth);
}
