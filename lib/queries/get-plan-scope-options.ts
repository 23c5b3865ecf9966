// Units a user may choose as a plan's scope: the units they manage that are the country, a province
// or a district (not a commune), before and after the July 2025 reorganisation, each province
// followed by its districts; none while the user's own unit no longer exists.
import "server-only";

import { Prisma, UnitKind } from "@prisma/client";
import { z } from "zod";

import { db } from "@/lib/db";
import { manageableUnitsSql, managesToday, type ScopedUser } from "@/lib/permissions/scope";
import { unitOptionRow, type UnitOption } from "@/lib/queries/unit-options";

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
  const rows = await db.$queryRaw<unknown[]>(Prisma.sql`
    SELECT x.id, x.code, x.name, x.kind::text AS kind, x.level, (x.valid_to IS NOT NULL) AS ended
    FROM unit x
    LEFT JOIN LATERAL (
      SELECT a.code FROM unit_closure c JOIN unit a ON a.id = c.ancestor_id WHERE c.descendant_id = x.id AND a.level = 1
    ) province ON true
    WHERE x.kind::text IN (${Prisma.join(PLAN_SCOPE_KINDS)}) ${inScope}
    ORDER BY x.valid_to IS NOT NULL, COALESCE(province.code, ''), x.level, x.code`);
  return z.array(unitOptionRow).parse(rows);
}
