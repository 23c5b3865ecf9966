// Slowing and locking repeated failed sign-ins. Failures are counted per username (known or not,
// so that the behaviour reveals nothing about which usernames exist) and per client address:
//   • each attempt waits longer the more failures its username or address has in the window
//     (0.5 s after the first, then 1 s, 2 s, 4 s);
//   • 5 failures of one username within 15 minutes lock that username for 15 minutes;
//   • 20 failures from one address within 15 minutes (e.g. many usernames tried) lock the address.
// While locked, attempts are refused without checking the password. The counters live in the
// database (`sign_in_throttle`), so they hold across server restarts and instances.
import { Prisma } from "@prisma/client";
import type { DbClient } from "@/lib/db-client";

export type ThrottleRule = { maxFailures: number; windowMs: number; lockMs: number };

const MINUTE = 60 * 1000;
export const USERNAME_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

const MAX_DELAY_MS = 4000;

export type ThrottleKey = { key: string; rule: ThrottleRule };

export function throttleKeys(username: string, ip: string | null): ThrottleKey[] {
  const keys = [{ key: `user:${username}`, rule: USERNAME_RULE }];
  return ip ? [...keys, { key: `ip:${ip}`, rule: ADDRESS_RULE }] : keys;
}

/** How long to wait before checking a password, given the failures already counted. */
export function signInDelayMs(failures: number): number {
  return failures === 0 ? 0 : Math.min(500 * 2 ** (failures - 1), MAX_DELAY_MS);
}

export type ThrottleState = { failures: number; lockedUntil: Date | null };

/** The most failures in a current window and the latest lock still running, over the keys. */
export async function readThrottle(client: DbClient, keys: ThrottleKey[], now: Date): Promise<ThrottleState> {
  const rows = await client.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  let failures = 0;
  let lockedUntil: Date | null = null;
  for (const row of rows) {
    const rule = keys.find((k) => k.key === row.key)!.rule;
    if (now.getTime() - row.windowStart.getTime() < rule.windowMs) failures = Math.max(failures, row.failures);
    if (row.lockedUntil && row.lockedUntil > now && (!lockedUntil || row.lockedUntil > lockedUntil)) {
      lockedUntil = row.lockedUntil;
    }
  }
  return { failures, lockedUntil };
}

/**
 * Counts one failure for a key (one statement, safe under concurrent attempts) and locks the key
 * when it reaches its limit. Returns the end of the lock when this failure started one.
 */
export async function recordFailure(client: DbClient, { key, rule }: ThrottleKey, now: Date): Promise<Date | null> {
  const windowOpenedAfter = new Date(now.getTime() - rule.windowMs);
  const lockUntil = new Date(now.getTime() + rule.lockMs);
  const rows = await client.$queryRaw<{ locked_until: Date | null; locked_now: boolean }[]>(Prisma.sql`
    INSERT INTO sign_in_throttle AS t (key, failures, window_start, locked_until)
    VALUES (${key}, 1, ${now}, CASE WHEN 1 >= ${rule.maxFailures} THEN ${lockUntil}::timestamp END)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE
        WHEN t.window_start <= ${windowOpenedAfter}::timestamp THEN 1
        WHEN t.failures + 1 >= ${rule.maxFailures} THEN 0
        ELSE t.failures + 1 END,
      window_start = CASE
        WHEN t.window_start <= ${windowOpenedAfter}::timestamp OR t.failures + 1 >= ${rule.maxFailures} THEN ${now}::timestamp
        ELSE t.window_start END,
      locked_until = CASE
        WHEN t.window_start > ${windowOpenedAfter}::timestamp AND t.failures + 1 >= ${rule.maxFailures} THEN ${lockUntil}::timestamp
        ELSE t.locked_until END
    RETURNING locked_until, (locked_until = ${lockUntil}::timestamp) AS locked_now`);
  const row = rows[0];
  return row?.locked_now ? row.locked_until : null;
}

/** Forgets the failures of a username after a successful sign-in (address counters run out). */
export async function clearFailures(client: DbClient, username: string): Promise<void> {
  await client.signInThrottle.deleteMany({ where: { key: `user:${username}` } });
}
