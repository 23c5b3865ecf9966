// The comparison view's second scope check: in the month's own structure the unit, where it existed
// in the earlier month, must be in the user's scope then too (the view and its workbook ask the same).
import "server-only";

import type { Month } from "@/lib/period";
import { canAccessUnit, type ScopedUser } from "@/lib/permissions/scope";
import { existsInMonth, type UnitLife } from "@/lib/units/unit-in-month";

export async function earlierMonthInScope(
  user: ScopedUser,
  unit: { id: number } & UnitLife,
  from: Month,
  structureMonth: Month | null,
): Promise<boolean> {
  if (structureMonth !== null || !existsInMonth(unit, from)) return true;
  return canAccessUnit(user, unit.id, from);
}
