// Units the actor may give as scope to a new user: units the actor manages, of a kind some role
// the actor may assign can have; none while the actor's own unit no longer exists. Listed by
// structure (before / from July 2025), level and name.
import "server-only";

import { Prisma, type UnitKind } from "@prisma/client";
import { z } from "zod";

import { db } from "@/lib/db";
import { ASSIGNABLE_ROLES, SCOPE_UNIT_KINDS } from "@/lib/permissions/roles";
import { manageableUnitsSql, managesToday, type ScopedUser } from "@/lib/permissions/scope";

const unitRow = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  kind: z.string().transform((kind) => kind as UnitKind),
  level: z.number(),
  valid_to: z.date().nullable(),
});

export type AssignableUnit = { id: number; code: string; name: string; kind: UnitKind; level: number; ended: boolean };

export async function getAssignableUnits(actor: ScopedUser): Promise<AssignableUnit[]> {
  const kinds = [...new Set(ASSIGNABLE_ROLES[actor.role].flatMap((role) => SCOPE_UNIT_KINDS[role]))];
  if (kinds.length === 0 || !(await managesToday(actor))) return [];
  const manageable = await manageableUnitsSql(actor);
  const inScope = manageable ? Prisma.sql`AND x.id IN (SELECT unit_id FROM (${manageable}) m)` : Prisma.empty;
  const rows = await db.$queryRaw<unknown[]>(Prisma.sql`
    SELECT x.id, x.code, x.name, x.kind::text AS kind, x.level, x.valid_to
    FROM unit x
    WHERE x.kind::text IN (${Prisma.join(kinds)}) ${inScope}
    ORDER BY x.valid_to IS NULL, x.level, x.name, x.code`);
  return rows.map((row) => {
    const unit = unitRow.parse(row);
    return {
      id: unit.id,
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      level: unit.level,
      ended: unit.valid_to !== null,
    };
  });
}
