// Where a user may act: the scope rule, as SQL on the unit tree.
//
// A user's scope is a unit S. In a month M it covers:
//   • when S is valid in M: S and its descendants valid in M (unit_closure: ancestor_id = S);
//   • when S is not valid in M (the structure changed): the base units valid in M linked through
//     unit_succession to a base unit of S — following predecessors when M is before S existed,
//     successors when M is after S ended, transitively, between base units only — and the higher
//     units valid in M ALL of whose base units are among them.
//     So the staff of an old commune see, from July 2025, the new commune(s) it went into, and the
//     staff of a merged commune see every commune it came from (a split commune is in the scope of
//     every commune that took part of it). An old province's official sees the new communes its
//     communes went into, and a new province only when every one of its communes did; a new
//     province's official sees the old provinces that went whole into it and, of a province that
//     was split, only the communes that came to them. A higher unit's figures are the sums of its
//     base units, so a unit is never visible whose figures include a base unit that is not.
//     Links between higher units (province to province) are not followed: they summarise the
//     communes' links, and following them would give a whole new province to the official of any
//     old province that went into it.
// That is the rule for READING, and every read path asks it (dashboards in both views, review,
// exports and templates, plans, reports). CHANGING a unit's data for a month (entering,
// submitting, reviewing, importing its report) also requires that S had not ended by that month:
// an account of a unit that no longer exists reads its successors' figures but does not enter them
// (its people get accounts of the new unit), while the officials of today's units may correct the
// history of the units theirs succeeded (nobody else is left to do it). Likewise MANAGING users and
// plans (not tied to a month) requires that S still exists today (managesToday).
// Administrators (UNRESTRICTED_SCOPE_ROLES) have every unit in scope.
import "server-only";

import { Prisma, type Role } from "@prisma/client";

import { currentMonth, now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { monthToDate, type Month } from "@/lib/period";
import { hasNoChildOn, lastMonthOf, neverHadChild, validOn } from "@/lib/units/unit-in-month";

import { UNRESTRICTED_SCOPE_ROLES } from "./roles";

export type ScopedUser = { role: Role; scopeUnitId: number };

/** The ids (column `unit_id`) of the units in the scope of unit `scopeUnitId` in `month`. */
export function scopeUnitsSql(scopeUnitId: number, month: Month): Prisma.Sql {
  const day = monthToDate(month);
  return Prisma.sql`
    WITH RECURSIVE
      scope_unit AS (
        SELECT id,
          CASE
            WHEN valid_from > ${day}::date THEN 'predecessors'
            WHEN valid_to IS NOT NULL AND valid_to <= ${day}::date THEN 'successors'
          END AS follow
        FROM unit
        WHERE id = ${scopeUnitId}
      ),
      own AS (
        SELECT c.descendant_id AS unit_id
        FROM unit_closure c JOIN scope_unit s ON c.ancestor_id = s.id AND s.follow IS NULL
        JOIN unit d ON d.id = c.descendant_id AND ${validOn("d", day)}
      ),
      scope_base AS (
        SELECT c.descendant_id AS unit_id, s.follow
        FROM unit_closure c JOIN scope_unit s ON c.ancestor_id = s.id AND s.follow IS NOT NULL
        WHERE ${neverHadChild("c.descendant_id")}
      ),
      earlier (unit_id) AS (
        SELECT unit_id FROM scope_base WHERE follow = 'predecessors'
        UNION
        SELECT us.predecessor_id FROM earlier e JOIN unit_succession us ON us.successor_id = e.unit_id
        WHERE ${neverHadChild("us.predecessor_id")}
      ),
      later (unit_id) AS (
        SELECT unit_id FROM scope_base WHERE follow = 'successors'
        UNION
        SELECT us.successor_id FROM later l JOIN unit_succession us ON us.predecessor_id = l.unit_id
        WHERE ${neverHadChild("us.successor_id")}
      ),
      linked_base AS MATERIALIZED (
        SELECT b.id AS unit_id
        FROM (SELECT unit_id FROM earlier UNION SELECT unit_id FROM later) l
        JOIN unit b ON b.id = l.unit_id AND ${validOn("b", day)}
      ),
      parent_candidate AS MATERIALIZED (
        SELECT DISTINCT c.ancestor_id AS unit_id
        FROM linked_base lb JOIN unit_closure c ON c.descendant_id = lb.unit_id AND c.depth > 0
      ),
      whole_parent AS (
        SELECT a.id AS unit_id
        FROM parent_candidate pc
        JOIN unit a ON a.id = pc.unit_id AND ${validOn("a", day)}
        WHERE NOT EXISTS (
          SELECT 1 FROM unit_closure cd JOIN unit d ON d.id = cd.descendant_id AND ${validOn("d", day)}
          WHERE cd.ancestor_id = a.id
            AND ${hasNoChildOn("d.id", day)}
            AND d.id NOT IN (SELECT unit_id FROM linked_base))
      )
    SELECT unit_id FROM own
    UNION SELECT unit_id FROM linked_base
    UNION SELECT unit_id FROM whole_parent`;
}

export function hasUnrestrictedScope(user: { role: Role }): boolean {
  return UNRESTRICTED_SCOPE_ROLES.includes(user.role);
}

/** Whether unit `unitId` is in the user's scope in `month` (see the rule above). */
export async function canAccessUnit(
  user: ScopedUser,
  unitId: number,
  month: Month,
  client: DbClient = db,
): Promise<boolean> {
  if (hasUnrestrictedScope(user)) return true;
  const rows = await client.$queryRaw<{ allowed: boolean }[]>(
    Prisma.sql`SELECT EXISTS (SELECT 1 FROM (${scopeUnitsSql(user.scopeUnitId, month)}) s WHERE s.unit_id = ${unitId}) AS allowed`,
  );
  return rows[0]?.allowed === true;
}

/** One scope question: is this unit in the user's scope in this month? */
export type ScopeCheck = { unitId: number; month: Month };

/**
 * Which of several units, each judged in its own month, are in the user's scope: one query,
 * whatever the number of units (one scope expression per distinct month, joined by UNION ALL). For
 * lists that link only the units the user may open (a lineage, the periods of a code). Answers
 * with a predicate on (unit, month); a pair not asked is answered false.
 */
export async function unitsInScope(
  user: ScopedUser,
  checks: readonly ScopeCheck[],
  client: DbClient = db,
): Promise<(unitId: number, month: Month) => boolean> {
  if (hasUnrestrictedScope(user)) return () => true;
  const idsByMonth = new Map<Month, Set<number>>();
  for (const { unitId, month } of checks) idsByMonth.set(month, (idsByMonth.get(month) ?? new Set()).add(unitId));
  if (idsByMonth.size === 0) return () => false;
  const parts = [...idsByMonth].map(
    ([month, ids]) =>
      Prisma.sql`SELECT s.unit_id, ${month}::text AS month FROM (${scopeUnitsSql(user.scopeUnitId, month)}) s
        WHERE s.unit_id IN (${Prisma.join([...ids])})`,
  );
  const rows = await client.$queryRaw<{ unit_id: number; month: string }[]>(Prisma.join(parts, " UNION ALL "));
  const allowed = new Set(rows.map((row) => `${row.unit_id}@${row.month}`));
  return (unitId, month) => allowed.has(`${unitId}@${month}`);
}

/**
 * The ids (column `unit_id`) of the units whose data for `month` a user with scope unit
 * `scopeUnitId` may change: those in scope, and none when the scope unit had ended by that month.
 */
export function changeableUnitsSql(scopeUnitId: number, month: Month): Prisma.Sql {
  const day = monthToDate(month);
  return Prisma.sql`
    SELECT x.unit_id FROM (${scopeUnitsSql(scopeUnitId, month)}) x
    WHERE EXISTS (SELECT 1 FROM unit s WHERE s.id = ${scopeUnitId} AND (s.valid_to IS NULL OR s.valid_to > ${day}::date))`;
}

/** Whether the user may change unit `unitId`'s data for `month` (see the rule above). */
export async function canChangeUnitData(
  user: ScopedUser,
  unitId: number,
  month: Month,
  client: DbClient = db,
): Promise<boolean> {
  if (hasUnrestrictedScope(user)) return true;
  const rows = await client.$queryRaw<{ allowed: boolean }[]>(
    Prisma.sql`SELECT EXISTS (SELECT 1 FROM (${changeableUnitsSql(user.scopeUnitId, month)}) c WHERE c.unit_id = ${unitId}) AS allowed`,
  );
  return rows[0]?.allowed === true;
}

/**
 * The ids (column `unit_id`) of the units a user may manage whatever the month: each unit is
 * judged in its reference month, the current month for a unit valid now and the last month of its
 * validity for a unit that has ended (an old district is judged in June 2025). Used for user
 * management and the audit log, which are not tied to a month. Units valid only in the future are
 * left out. Null for administrators: no restriction.
 */
export async function manageableUnitsSql(
  user: ScopedUser,
  client: DbClient = db,
  at: Date = now(),
): Promise<Prisma.Sql | null> {
  if (hasUnrestrictedScope(user)) return null;
  const thisMonth = currentMonth(at);
  const monthStart = monthToDate(thisMonth);
  const ends = await client.$queryRaw<{ valid_to: Date }[]>(
    Prisma.sql`SELECT DISTINCT valid_to FROM unit WHERE valid_to IS NOT NULL AND valid_to <= ${monthStart}::date`,
  );
  const parts = [
    Prisma.sql`SELECT x.id AS unit_id FROM unit x
      WHERE ${validOn("x", monthStart)} AND x.id IN (${scopeUnitsSql(user.scopeUnitId, thisMonth)})`,
    ...ends.map(({ valid_to: end }) => {
      const lastMonth = lastMonthOf({ validTo: end })!;
      return Prisma.sql`SELECT x.id AS unit_id FROM unit x
        WHERE x.valid_to = ${end}::date AND x.id IN (${scopeUnitsSql(user.scopeUnitId, lastMonth)})`;
    }),
  ];
  return Prisma.join(parts, " UNION ALL ");
}

/**
 * Whether the user may change what they manage (users, plans) at all: only while their scope unit
 * exists. An account of a unit abolished by a reorganisation keeps reading its history, and its
 * successors' by the rule above, but changes nothing until an administrator gives it a unit of
 * today's structure: the rule of changeableUnitsSql for monthly data, applied today.
 */
export async function managesToday(user: ScopedUser, client: DbClient = db, at: Date = now()): Promise<boolean> {
  if (hasUnrestrictedScope(user)) return true;
  // Judged in the current month, as manageableUnitsSql judges the units valid now.
  const monthStart = monthToDate(currentMonth(at));
  const rows = await client.$queryRaw<{ exists: boolean }[]>(
    Prisma.sql`SELECT EXISTS (SELECT 1 FROM unit WHERE id = ${user.scopeUnitId} AND (valid_to IS NULL OR valid_to > ${monthStart}::date)) AS exists`,
  );
  return rows[0]?.exists === true;
}

/** Whether the user may change something of unit `unitId`: its users, its plans (see managesToday). */
export async function canManageUnit(user: ScopedUser, unitId: number, client: DbClient = db): Promise<boolean> {
  const manageable = await manageableUnitsSql(user, client);
  if (!manageable) return true;
  if (!(await managesToday(user, client))) return false;
  const rows = await client.$queryRaw<{ allowed: boolean }[]>(
    Prisma.sql`SELECT EXISTS (SELECT 1 FROM (${manageable}) m WHERE m.unit_id = ${unitId}) AS allowed`,
  );
  return rows[0]?.allowed === true;
}
