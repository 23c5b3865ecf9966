// The comparison view's second scope check: in the month's own structure the unit, where it existed
// in the earlier month, must be in the user's scope then too (the view and its workbook ask the same).
import "server-only";

import type { Month } from "@/lib/period";
import { canAccessUnit, type ScopedUser } from "@/lib/permissions/scope";
import { getUnitByCode } from "@/lib/queries/units";

export async function earlierMonthInScope(
  user: ScopedUser,
  unit: { id: number; code: string },
  from: Month,
  structureMonth: Month | null,
): Promise<boolean> {
  if (structureMonth !== null) return true;
  const earlier = await getUnitByCode(unit.code, from);
  return earlier?.id !== unit.id || (await canAccessUnit(user, unit.id, from));
}
