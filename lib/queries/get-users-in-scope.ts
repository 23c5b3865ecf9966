// Users whose scope unit the actor may manage (every user for an administrator), for the user
// management page: by unit, then username. Never returns password hashes or sessions.
import "server-only";

import { Prisma } from "@prisma/client";

import { db } from "@/lib/db";
import { manageableUnitsSql, type ScopedUser } from "@/lib/permissions/scope";

export async function listUsersInScope(actor: ScopedUser) {
  const manageable = await manageableUnitsSql(actor);
  const ids = manageable
    ? (
        await db.$queryRaw<{ id: string }[]>(
          Prisma.sql`SELECT u.id FROM app_user u WHERE u.scope_unit_id IN (SELECT unit_id FROM (${manageable}) m)`,
        )
      ).map((row) => row.id)
    : undefined;
  return db.user.findMany({
    where: ids ? { id: { in: ids } } : {},
    orderBy: [{ scopeUnit: { level: "asc" } }, { scopeUnit: { code: "asc" } }, { username: "asc" }],
    select: {
      id: true,
      username: true,
      name: true,
      role: true,
      active: true,
      mustChangePassword: true,
      phone: true,
      scopeUnit: { select: { code: true, name: true, validTo: true } },
    },
  });
}
