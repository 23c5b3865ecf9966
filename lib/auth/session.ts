// The signed-in user behind a request, from its session cookie: better-auth checks the cookie's
// signature and finds the session (rejecting tampered, unknown and expired ones); we then end
// sessions idle for too long or of deactivated users, and record activity.
import "server-only";

import type { Role, UnitKind } from "@prisma/client";

import { wallClock } from "@/lib/clock";
import { db } from "@/lib/db";

import { getAuth } from "./auth";
import { isSessionIdle, shouldRecordActivity } from "./session-policy";

export type SessionUser = {
  id: string;
  username: string;
  name: string;
  role: Role;
  scopeUnitId: number;
  scopeUnit: { id: number; code: string; name: string; kind: UnitKind; validFrom: Date; validTo: Date | null };
  mustChangePassword: boolean;
  sessionId: string;
};

export async function resolveSessionUser(
  requestHeaders: Headers,
  now: Date = wallClock(),
): Promise<SessionUser | null> {
  const found = await getAuth().api.getSession({ headers: requestHeaders, query: { disableRefresh: true } });
  if (!found) return null;
  const sessionId = found.session.id;
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      lastActiveAt: true,
      user: {
        select: {
          id: true,
          username: true,
          name: true,
          role: true,
          active: true,
          mustChangePassword: true,
          scopeUnit: { select: { id: true, code: true, name: true, kind: true, validFrom: true, validTo: true } },
        },
      },
    },
  });
  if (!session || !session.user.active || isSessionIdle(session.lastActiveAt, now)) {
    await db.session.deleteMany({ where: { id: sessionId } });
    return null;
  }
  if (shouldRecordActivity(session.lastActiveAt, now)) {
    await db.session.updateMany({ where: { id: sessionId }, data: { lastActiveAt: now } });
  }
  const { id, username, name, role, mustChangePassword, scopeUnit } = session.user;
  return { id, username, name, role, mustChangePassword, scopeUnitId: scopeUnit.id, scopeUnit, sessionId };
}
