// Slowing and locking repeated failed sign-ins, so that a stranger can neither guess a password
// nor keep its owner out. Failures are counted per key, in a 15-minute window:
//   • pair (username, address): 5 failures lock that username from that address for 15 minutes.
//     This is the lock a person who mistypes meets; it never affects the user anywhere else.
//   • username, from any address: 30 failures lock the username for 15 minutes (guessing from
//     many addresses).
//   • address, across usernames: 20 failures lock the address for 15 minutes (many usernames tried).
// The two wider locks spare a user's own addresses: from an address where the user signed in
// successfully in the last 30 days (audit log), only the pair counts. Whoever manages an account
// can lift its locks at once (lib/users/unlock-sign-in.ts). Unknown usernames are counted and
// locked the same way, so that locking reveals nothing about which usernames exist. Each attempt
// waits longer the more failures its keys have (0.5 s after the first, then 1 s, 2 s, 4 s).
//
// Parallel attempts cannot check more passwords than the limits allow: `admitAttempt` checks the
// locks and counts the attempt as a failure BEFORE its password is checked, in one short
// transaction that holds advisory locks on the username and the address; a successful sign-in
// then takes its count back (`releaseAttempt`). No lock is held while the password is checked (by
// better-auth, on the app's connection), which PGlite, with its single connection, requires.
// The counters live in the database (`sign_in_throttle`), so they hold across restarts and servers.
import { Prisma, type PrismaClient } from "@prisma/client";

import type { DbClient } from "@/lib/db-client";

export type LockScope = "pair" | "username" | "address";
export type ThrottleRule = { maxFailures: number; windowMs: number; lockMs: number };

const MINUTE = 60 * 1000;
export const THROTTLE_RULES: Record<LockScope, ThrottleRule> = {
  pair: { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  username: { maxFailures: 30, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  address: { maxFailures: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
};
/** How long a successful sign-in makes its address the user's own. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * MINUTE;
/** The address key of requests whose address could not be determined (they share one counter). */
export const UNKNOWN_ADDRESS = "unknown";

const MAX_DELAY_MS = 4000;
/** When several locks hold, the one a user can least do something about is named. */
const SCOPE_PRIORITY: readonly LockScope[] = ["address", "username", "pair"];
// Advisory-lock classes (first argument of pg_advisory_xact_lock), so usernames and addresses
// never share a lock. Every transaction takes the username's lock before the address's.
const USERNAME_LOCK_CLASS = 1;
const ADDRESS_LOCK_CLASS = 2;

export type ThrottleKey = { key: string; scope: LockScope; username: string | null };
export type SignInLock = { scope: LockScope; until: Date };
export type SignInAttempt = { username: string; address: string; userId: string | null };

/** The counters an attempt counts against: the pair always, the wider two unless the address is the user's own. */
export function throttleKeys(username: string, address: string, knownAddress: boolean): ThrottleKey[] {
  const pair: ThrottleKey = { key: `pair:${address} ${username}`, scope: "pair", username };
  if (knownAddress) return [pair];
  return [
    pair,
    { key: `user:${username}`, scope: "username", username },
    { key: `ip:${address}`, scope: "address", username: null },
  ];
}

/** How long to wait before checking a password, given the failures already counted. */
export function signInDelayMs(failures: number): number {
  return failures === 0 ? 0 : Math.min(500 * 2 ** (failures - 1), MAX_DELAY_MS);
}

/** One counted failure: the window it was counted in, and the lock it started, if any. */
export type CountedFailure = { key: ThrottleKey; windowStart: Date; lockedUntil: Date | null };

export type Admission =
  { admitted: true; failuresBefore: number; counted: CountedFailure[] } | { admitted: false; lock: SignInLock };

async function takeAdvisoryLock(tx: Prisma.TransactionClient, lockClass: number, name: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${lockClass}::int, hashtext(${name}))`;
}

async function signedInFrom(client: DbClient, userId: string, address: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - KNOWN_ADDRESS_MS);
  const entry = await client.auditEntry.findFirst({
    where: { userId, action: "auth.sign_in", ip: address, at: { gte: since } },
    select: { id: true },
  });
  return entry !== null;
}

/** Of several locks, the one to tell the user about. */
function mostPressing(locks: SignInLock[]): SignInLock | null {
  return locks.sort((a, b) => SCOPE_PRIORITY.indexOf(a.scope) - SCOPE_PRIORITY.indexOf(b.scope))[0] ?? null;
}

function runningLock(
  rows: { key: string; lockedUntil: Date | null }[],
  keys: ThrottleKey[],
  now: Date,
): SignInLock | null {
  return mostPressing(
    rows.flatMap((row) => {
      const scope = keys.find((k) => k.key === row.key)!.scope;
      return row.lockedUntil && row.lockedUntil > now ? [{ scope, until: row.lockedUntil }] : [];
    }),
  );
}

/**
 * Counts one failure for a key, and locks the key when it reaches its limit (the count then
 * starts again from the lock). Runs under the key's advisory lock.
 */
async function countFailure(tx: Prisma.TransactionClient, key: ThrottleKey, now: Date): Promise<CountedFailure> {
  const rule = THROTTLE_RULES[key.scope];
  const windowOpenedAfter = new Date(now.getTime() - rule.windowMs);
  const lockUntil = new Date(now.getTime() + rule.lockMs);
  const rows = await tx.$queryRaw<{ window_start: Date; locked_now: boolean }[]>(Prisma.sql`
    INSERT INTO sign_in_throttle AS t (key, username, failures, window_start, locked_until)
    VALUES (${key.key}, ${key.username}, 1, ${now}, CASE WHEN 1 >= ${rule.maxFailures} THEN ${lockUntil}::timestamp END)
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
    RETURNING window_start, (locked_until = ${lockUntil}::timestamp) AS locked_now`);
  const row = rows[0]!;
  return { key, windowStart: row.window_start, lockedUntil: row.locked_now ? lockUntil : null };
}

/**
 * Lets an attempt check its password, or refuses it while a lock runs. An admitted attempt is
 * counted as a failure at once (and may start a lock), so that attempts running in parallel
 * see it; `releaseAttempt` takes the count back when the password was right.
 */
export async function admitAttempt(client: PrismaClient, attempt: SignInAttempt, now: Date): Promise<Admission> {
  return client.$transaction(
    async (tx) => {
      await takeAdvisoryLock(tx, USERNAME_LOCK_CLASS, attempt.username);
      const known =
        attempt.userId !== null &&
        attempt.address !== UNKNOWN_ADDRESS &&
        (await signedInFrom(tx, attempt.userId, attempt.address, now));
      const keys = throttleKeys(attempt.username, attempt.address, known);
      if (!known) await takeAdvisoryLock(tx, ADDRESS_LOCK_CLASS, attempt.address);
      const rows = await tx.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
      const lock = runningLock(rows, keys, now);
      if (lock) return { admitted: false, lock };
      const failuresBefore = Math.max(
        0,
        ...rows.map((row) => {
          const rule = THROTTLE_RULES[keys.find((k) => k.key === row.key)!.scope];
          return now.getTime() - row.windowStart.getTime() < rule.windowMs ? row.failures : 0;
        }),
      );
      const counted: CountedFailure[] = [];
      for (const key of keys) counted.push(await countFailure(tx, key, now));
      return { admitted: true, failuresBefore, counted };
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}

/**
 * After a right password: the pair's failures are forgotten, and the wider counters give back the
 * failure counted in advance (or the lock it started).
 */
export async function releaseAttempt(
  client: PrismaClient,
  attempt: SignInAttempt,
  counted: CountedFailure[],
): Promise<void> {
  await client.$transaction(
    async (tx) => {
      await takeAdvisoryLock(tx, USERNAME_LOCK_CLASS, attempt.username);
      if (counted.some((c) => c.key.scope === "address"))
        await takeAdvisoryLock(tx, ADDRESS_LOCK_CLASS, attempt.address);
      for (const { key, windowStart, lockedUntil } of counted) {
        if (key.scope === "pair") {
          await tx.signInThrottle.deleteMany({ where: { key: key.key } });
        } else if (lockedUntil) {
          await tx.signInThrottle.updateMany({ where: { key: key.key, lockedUntil }, data: { lockedUntil: null } });
        } else {
          await tx.signInThrottle.updateMany({
            where: { key: key.key, windowStart, failures: { gt: 0 } },
            data: { failures: { decrement: 1 } },
          });
        }
      }
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}

/** The lock a failed attempt started, to tell the user about; null when it started none. */
export function lockStarted(counted: CountedFailure[]): SignInLock | null {
  return mostPressing(
    counted.flatMap(({ key, lockedUntil }) => (lockedUntil ? [{ scope: key.scope, until: lockedUntil }] : [])),
  );
}
