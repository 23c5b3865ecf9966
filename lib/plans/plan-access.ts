// Who may see and who may change a plan. A user sees the plans of the units they manage (their scope,
// each unit judged in its reference month: lib/permissions/scope.ts) and the plans of the units
// above their own scope unit, which apply to them (a commune sees its province's and the national
// plan). Only provincial officials and administrators change plans (permission plan:manage), and
// only plans whose scope unit they manage.
import "server-only";

import { Prisma } from "@prisma/client";

import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { can } from "@/lib/permissions/can";
import { canManageUnit, manageableUnitsSql, type ScopedUser } from "@/lib/permissions/scope";

/** The ids (column `unit_id`) of the units whose plans the user may see; null: every unit. */
export async function planScopeUnitsSql(user: ScopedUser, client: DbClient = db): Promise<Prisma.Sql | null> {
  const manageable = await manageableUnitsSql(user, client);
  if (!manageable) return null;
  return Prisma.sql`
    SELECT unit_id FROM (${manageable}) m
    UNION
    SELECT c.ancestor_id AS unit_id FROM unit_closure c WHERE c.descendant_id = ${user.scopeUnitId}`;
}

export async function canViewPlan(user: ScopedUser, scopeUnitId: number, client: DbClient = db): Promise<boolean> {
  const visible = await planScopeUnitsSql(user, client);
  if (!visible) return true;
  const rows = await client.$queryRaw<{ allowed: boolean }[]>(
    Prisma.sql`SELECT EXISTS (SELECT 1 FROM (${visible}) v WHERE v.unit_id = ${scopeUnitId}) AS allowed`,
  );
  return rows[0]?.allowed === true;
}

/** Which of these plans (by id) the user may see, in one query. */
export async function viewablePlans(user: ScopedUser, planIds: number[], client: DbClient = db): Promise<Set<number>> {
  if (planIds.length === 0) return new Set();
  const visible = await planScopeUnitsSql(user, client);
  const rows = await client.$queryRaw<{ id: number }[]>(
    Prisma.sql`SELECT p.id FROM plan p WHERE p.id IN (${Prisma.join(planIds)})${visible ? Prisma.sql` AND p.scope_unit_id IN (${visible})` : Prisma.empty}`,
  );
  return new Set(rows.map((row) => Number(row.id)));
}

export async function canManagePlan(user: ScopedUser, scopeUnitId: number, client: DbClient = db): Promise<boolean> {
  return can(user, "plan:manage") && canManageUnit(user, scopeUnitId, client);
}
