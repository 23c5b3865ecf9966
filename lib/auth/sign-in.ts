// Signing in with a username and password, with throttling and locks (./throttle.ts) around
// better-auth's check, and an audit entry for every outcome: signed in, failed (wrong username or
// password, locked, deactivated) and locked out. The caller (the sign-in server action) passes the
// request headers; better-auth's nextCookies plugin sets the session cookie on success.
import "server-only";

import { APIError } from "better-auth/api";

import { writeAuditEntry, type AuditActor, type AuditRecord } from "@/lib/audit/write-audit-entry";
import { wallClock } from "@/lib/clock";
import { db } from "@/lib/db";

import { ACCOUNT_INACTIVE, getAuth } from "./auth";
import { requestOriginFrom } from "./request-origin";
import { admitAttempt, lockStarted, releaseAttempt, signInDelayMs, UNKNOWN_ADDRESS, type SignInLock } from "./throttle";

export type SignInCredentials = { username: string; password: string };

export type SignedInUser = {
  id: string;
  mustChangePassword: boolean;
  scopeUnit: { code: string; validTo: Date | null };
};

export type SignInOutcome =
  | { ok: true; user: SignedInUser; setCookie: string | null }
  | { ok: false; reason: "invalid" | "inactive" }
  | { ok: false; reason: "locked"; lock: SignInLock };

export type SignInOptions = { now?: Date; sleep?: (ms: number) => Promise<void> };

const MAX_LOGGED_USERNAME_LENGTH = 64;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The request's headers as better-auth should see them: the client address we resolved, not the one the client sent. */
function withResolvedAddress(requestHeaders: Headers, ip: string | null): Headers {
  const headers = new Headers(requestHeaders);
  if (ip) headers.set("x-forwarded-for", ip);
  else headers.delete("x-forwarded-for");
  return headers;
}

export async function signInWithPassword(
  credentials: SignInCredentials,
  requestHeaders: Headers,
  { now = wallClock(), sleep = wait }: SignInOptions = {},
): Promise<SignInOutcome> {
  const username = credentials.username.trim().toLowerCase().slice(0, MAX_LOGGED_USERNAME_LENGTH);
  const origin = requestOriginFrom(requestHeaders);
  const known = await db.user.findUnique({
    where: { username },
    select: {
      id: true,
      scopeUnitId: true,
      mustChangePassword: true,
      scopeUnit: { select: { code: true, validTo: true } },
    },
  });
  const actor: AuditActor = { userId: known?.id ?? null, username };
  const audit = (record: AuditRecord) =>
    writeAuditEntry(db, actor, origin, {
      entityType: "user",
      entityId: known?.id,
      unitId: known?.scopeUnitId,
      ...record,
    });

  const attempt = { username, address: origin.ip ?? UNKNOWN_ADDRESS, userId: known?.id ?? null };
  const admission = await admitAttempt(db, attempt, now);
  if (!admission.admitted) {
    await audit({ action: "auth.sign_in_failed", after: { reason: "locked", scope: admission.lock.scope } });
    return { ok: false, reason: "locked", lock: admission.lock };
  }
  await sleep(signInDelayMs(admission.failuresBefore));

  try {
    const { headers } = await getAuth().api.signInUsername({
      body: { username, password: credentials.password },
      headers: withResolvedAddress(requestHeaders, origin.ip),
      returnHeaders: true,
    });
    if (!known) throw new Error(`Signed in as ${username}, who was not found before`);
    await releaseAttempt(db, attempt, admission.counted);
    await audit({ action: "auth.sign_in" });
    const { id, mustChangePassword, scopeUnit } = known;
    return { ok: true, user: { id, mustChangePassword, scopeUnit }, setCookie: headers.get("set-cookie") };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if (error.body?.code === ACCOUNT_INACTIVE) {
      await releaseAttempt(db, attempt, admission.counted); // the password was right
      await audit({ action: "auth.sign_in_failed", after: { reason: "inactive" } });
      return { ok: false, reason: "inactive" };
    }
  }

  // A wrong password (or an unknown username): the failure counted in advance stands.
  for (const { key, lockedUntil } of admission.counted) {
    if (lockedUntil)
      await audit({ action: "auth.locked_out", after: { scope: key.scope, lockedUntil: lockedUntil.toISOString() } });
  }
  await audit({ action: "auth.sign_in_failed", after: { reason: "invalid" } });
  const lock = lockStarted(admission.counted);
  return lock ? { ok: false, reason: "locked", lock } : { ok: false, reason: "invalid" };
}
