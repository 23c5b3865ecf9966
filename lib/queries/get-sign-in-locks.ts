// The sign-in locks running on accounts (lib/auth/throttle.ts: a username's own lock and its
// locks at single addresses), for the users page: the latest end per username.
import "server-only";

import { db } from "@/lib/db";

export async function getSignInLocks(usernames: string[], now: Date): Promise<Map<string, Date>> {
  const rows = await db.signInThrottle.findMany({
    where: { username: { in: usernames }, lockedUntil: { gt: now } },
    select: { username: true, lockedUntil: true },
  });
  const locks = new Map<string, Date>();
  for (const { username, lockedUntil } of rows) {
    const latest = username ? locks.get(username) : undefined;
    if (username && lockedUntil && (!latest || lockedUntil > latest)) locks.set(username, lockedUntil);
  }
  return locks;
}
