// Units a user may choose as a plan's scope: the units they manage that are the country, a province
// or a district (not a commune), before and after the July 2025 reorganisation, each province
// followed by its districts; none while the user's own unit no longer exists.
import "server-only";

import { Prisma, UnitKind } from "@prisma/client";

import { manageableUnitsSql, managesToday, type ScopedUser } from "@/lib/permissions/scope";
import { readUnitOptions, type UnitOption } from "@/lib/queries/unit-options";

/** Kinds of unit a plan may be issued for (People's Committees of the country's, provinces' and districts' levels). */
export const PLAN_SCOPE_KINDS: readonly UnitKind[] = [
  "COUNTRY",
  "PROVINCE",
  "MUNICIPALITY",
  "DISTRICT",
  "URBAN_DISTRICT",
  "TOWN",
  "PROVINCIAL_CITY",
];

export type PlanScopeOption = UnitOption;

export async function getPlanScopeOptions(user: ScopedUser): Promise<PlanScopeOption[]> {
  if (!(await managesToday(user))) return [];
  const manageable = await manageableUnitsSql(user);
  const inScope = manageable ? Prisma.sql`AND x.id IN (SELECT unit_id FROM (${manageable}) m)` : Prisma.empty;
  return readUnitOptions(Prisma.sql`x.kind::text IN (${Prisma.join(PLAN_SCOPE_KINDS)}) ${inScope}`);
}
