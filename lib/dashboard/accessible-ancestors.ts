// The breadcrumb of a unit for one user: its ancestors from the root down, each marked with whether
// the user may open it (a commune officer sees the names above their commune but cannot go there).
import "server-only";

import type { SessionUser } from "@/lib/auth/session";
import type { Month } from "@/lib/period";
import { canAccessUnit } from "@/lib/permissions/scope";
import { getUnitAncestors, type UnitRef } from "@/lib/queries/units";

export type BreadcrumbUnit = UnitRef & { accessible: boolean };

export async function getAccessibleAncestors(
  user: SessionUser,
  unitId: number,
  month: Month,
): Promise<BreadcrumbUnit[]> {
  const ancestors = await getUnitAncestors(unitId);
  const accessible = await Promise.all(ancestors.map((unit) => canAccessUnit(user, unit.id, month)));
  return ancestors.map((unit, i) => ({ ...unit, accessible: accessible[i] ?? false }));
}
