// Signing in with a username and password, with throttling and lock-out (./throttle.ts) around
// better-auth's check, and an audit entry for every outcome: signed in, failed (wrong username or
// password, locked, deactivated) and locked out. The caller (the sign-in server action) passes the
// request headers; better-auth's nextCookies plugin sets the session cookie on success.
import "server-only";
import { APIError } from "better-auth/api";
import { type AuditActor, type AuditRecord, writeAuditEntry } from "@/lib/audit/write-audit-entry";
import { wallClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { ACCOUNT_INACTIVE, getAuth } from "./auth";
import { requestOriginFrom } from "./request-origin";
import { clearFailures, readThrottle, recordFailure, signInDelayMs, throttleKeys } from "./throttle";

export type SignInCredentials = { username: string; password: string };

export type SignedInUser = { id: string; mustChangePassword: boolean; scopeUnit: { code: string; validTo: Date | null } };

export type SignInOutcome =
  | { ok: true; user: SignedInUser; setCookie: string | null }
  | { ok: false; reason: "invalid" | "inactive" }
  | { ok: false; reason: "locked"; lockedUntil: Date };

export type SignInOptions = { now?: Date; sleep?: (ms: number) => Promise<void> };

const MAX_LOGGED_USERNAME_LENGTH = 64;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function signInWithPassword(
  credentials: SignInCredentials,
  requestHeaders: Headers,
  { now = wallClock(), sleep = wait }: SignInOptions = {},
): Promise<SignInOutcome> {
  const username = credentials.username.trim().toLowerCase().slice(0, MAX_LOGGED_USERNAME_LENGTH);
  const origin = requestOriginFrom(requestHeaders);
  const keys = throttleKeys(username, origin.ip);
  const known = await db.user.findUnique({
    where: { username },
    select: { id: true, scopeUnitId: true, mustChangePassword: true, scopeUnit: { select: { code: true, validTo: true } } },
  });
  const actor: AuditActor = { userId: known?.id ?? null, username };
  const audit = (record: AuditRecord) =>
    writeAuditEntry(db, actor, origin, { entityType: "user", entityId: known?.id, unitId: known?.scopeUnitId, ...record });

  const throttle = await readThrottle(db, keys, now);
  if (throttle.lockedUntil) {
    await audit({ action: "auth.sign_in_failed", after: { reason: "locked" } });
    return { ok: false, reason: "locked", lockedUntil: throttle.lockedUntil };
  }
  await sleep(signInDelayMs(throttle.failures));

  try {
    const { headers } = await getAuth().api.signInUsername({
      body: { username, password: credentials.password },
      headers: requestHeaders,
      returnHeaders: true,
    });
    if (!known) throw new Error(`Signed in as ${username}, who was not found before`);
    await clearFailures(db, username);
    await audit({ action: "auth.sign_in" });
    const { id, mustChangePassword, scopeUnit } = known;
    return { ok: true, user: { id, mustChangePassword, scopeUnit }, setCookie: headers.get("set-cookie") };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if (error.body?.code === ACCOUNT_INACTIVE) {
      await audit({ action: "auth.sign_in_failed", after: { reason: "inactive" } });
      return { ok: false, reason: "inactive" };
    }
  }

  let lockedUntil: Date | null = null;
  for (const key of keys) {
    const lockEnd = await recordFailure(db, key, now);
    if (lockEnd) {
      lockedUntil = lockEnd;
      await audit({ action: "auth.locked_out", after: { key: key.key, lockedUntil: lockEnd.toISOString() } });
    }
  }
  await audit({ action: "auth.sign_in_failed", after: { reason: "invalid" } });
  return lockedUntil ? { ok: false, reason: "locked", lockedUntil } : { ok: false, reason: "invalid" };
}
