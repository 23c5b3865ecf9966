// Appends a refused write to the security log (table `security_event`, read at /admin/security),
// in a transaction of its own: the refused action's transaction has been rolled back, so the
// refusal changes no other table. Rate-limited per user so that nobody can flood the log: at most
// SECURITY_EVENTS_PER_MINUTE rows per user in any minute; a refusal beyond that raises the
// `suppressed` count of the user's latest row instead. Check and write hold an advisory lock on the
// user, so parallel refusals cannot overshoot the limit.
import type { PrismaClient } from "@prisma/client";

import type { ActionName } from "@/lib/actions/action-names";
import type { RequestOrigin } from "@/lib/audit/write-audit-entry";

import type { AttemptedIds } from "./attempted-ids";
import type { RefusalReason } from "./refusal-reasons";

export const SECURITY_EVENTS_PER_MINUTE = 10;
const WINDOW_MS = 60_000;
/** First key of the advisory lock (the second is the user): a number no other lock uses. */
const LOCK_CLASS = 5_217_301;

export type SecurityEvent = {
  user: { id: string; username: string };
  action: ActionName;
  reason: RefusalReason;
  unitId: number | null;
  target: AttemptedIds | null;
  origin: RequestOrigin;
};

export async function recordSecurityEvent(
  db: PrismaClient,
  event: SecurityEvent,
  now: Date,
): Promise<"recorded" | "suppressed"> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_CLASS}::int, hashtext(${event.user.id}))`;
    const window = { userId: event.user.id, at: { gt: new Date(now.getTime() - WINDOW_MS), lte: now } };
    const recent = await tx.securityEvent.findMany({
      where: window,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      select: { id: true },
      take: SECURITY_EVENTS_PER_MINUTE,
    });
    if (recent.length >= SECURITY_EVENTS_PER_MINUTE) {
      await tx.securityEvent.update({ where: { id: recent[0]!.id }, data: { suppressed: { increment: 1 } } });
      return "suppressed";
    }
    await tx.securityEvent.create({
      data: {
        at: now,
        userId: event.user.id,
        username: event.user.username,
        action: event.action,
        reason: event.reason,
        unitId: event.unitId,
        target: event.target ?? undefined,
        ip: event.origin.ip,
        userAgent: event.origin.userAgent,
      },
    });
    return "recorded";
  });
}
