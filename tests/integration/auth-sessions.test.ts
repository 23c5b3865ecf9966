// Passwords and sessions on a real database: hashes are scrypt and verify only the right
// password; a session cookie is accepted only untampered, unexpired, not idle, for an active user.
import { beforeAll, describe, expect, it } from "vitest";

import { resolveSessionUser } from "@/lib/auth/session";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { signOutSession } from "@/lib/auth/sign-out";
import { db } from "@/lib/db";
import { setCredentialPassword, verifyCredentialPassword } from "@/lib/users/credentials";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser, TEST_PASSWORD } from "../fixtures/users";

const noWait = async () => {};
let tree: ScopeTree;

beforeAll(async () => {
  tree = await createScopeTree(db);
});

/** Signs in and returns the request headers of a browser holding the session cookie. */
async function signedInHeaders(username: string): Promise<Headers> {
  const outcome = await signInWithPassword({ username, password: TEST_PASSWORD }, new Headers(), { sleep: noWait });
  if (!outcome.ok) throw new Error(`sign-in failed: ${outcome.reason}`);
  const cookie = /(bhyt\.session_token=[^;]+)/.exec(outcome.setCookie ?? "")?.[1];
  if (!cookie) throw new Error("no session cookie set");
  return new Headers({ cookie });
}

function sessionToken(headers: Headers): string {
  const value = decodeURIComponent(headers.get("cookie")!.split("=")[1]!);
  return value.split(".")[0]!;
}

describe("password hashing", () => {
  it("stores a salted scrypt hash, never the password, and verifies only the right password", async () => {
    const user = await createTestUser(db, { username: "hash.user", role: "LEADER", scopeUnitId: tree.vn });
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account.password).not.toContain(TEST_PASSWORD);
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(await verifyCredentialPassword(db, user.id, TEST_PASSWORD)).toBe(true);
    expect(await verifyCredentialPassword(db, user.id, `${TEST_PASSWORD}x`)).toBe(false);

    await setCredentialPassword(db, user.id, TEST_PASSWORD);
    const again = await db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(again.password).not.toBe(account.password); // a new salt every time
  });
});

describe("sessions", () => {
  it("accepts a valid session cookie and returns the user with their scope unit", async () => {
    await createTestUser(db, { username: "valid.user", role: "COMMUNE_STAFF", scopeUnitId: tree.c10001 });
    const user = await resolveSessionUser(await signedInHeaders("valid.user"));
    expect(user).toMatchObject({ username: "valid.user", role: "COMMUNE_STAFF", scopeUnitId: tree.c10001 });
    expect(user?.scopeUnit.code).toBe("10001");
  });

  it("rejects a cookie whose token or signature was tampered with, and a missing cookie", async () => {
    await createTestUser(db, { username: "tamper.user", role: "LEADER", scopeUnitId: tree.vn });
    const headers = await signedInHeaders("tamper.user");
    const [name, value] = headers.get("cookie")!.split("=") as [string, string];
    const [token, signature] = decodeURIComponent(value).split(".") as [string, string];
    const flip = (text: string) => `${text.slice(0, -1)}${text.endsWith("A") ? "B" : "A"}`;
    const tamperedToken = new Headers({ cookie: `${name}=${encodeURIComponent(`${flip(token)}.${signature}`)}` });
    const tamperedSignature = new Headers({ cookie: `${name}=${encodeURIComponent(`${token}.${flip(signature)}`)}` });
    const unsigned = new Headers({ cookie: `${name}=${token}` });

    expect(await resolveSessionUser(tamperedToken)).toBeNull();
    expect(await resolveSessionUser(tamperedSignature)).toBeNull();
    expect(await resolveSessionUser(unsigned)).toBeNull();
    expect(await resolveSessionUser(new Headers())).toBeNull();
    expect(await resolveSessionUser(headers)).not.toBeNull(); // the genuine cookie still works
  });

  it("rejects an expired session and deletes it", async () => {
    await createTestUser(db, { username: "expired.user", role: "LEADER", scopeUnitId: tree.vn });
    const headers = await signedInHeaders("expired.user");
    await db.session.update({
      where: { token: sessionToken(headers) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await resolveSessionUser(headers)).toBeNull();
    expect(await db.session.count({ where: { token: sessionToken(headers) } })).toBe(0);
  });

  it("ends a session idle for more than 8 hours, and records activity at most every 5 minutes", async () => {
    await createTestUser(db, { username: "idle.user", role: "LEADER", scopeUnitId: tree.vn });
    const headers = await signedInHeaders("idle.user");
    const token = sessionToken(headers);
    const started = (await db.session.findUniqueOrThrow({ where: { token } })).lastActiveAt;

    await resolveSessionUser(headers, new Date(started.getTime() + 60_000));
    expect((await db.session.findUniqueOrThrow({ where: { token } })).lastActiveAt).toEqual(started);
    const later = new Date(started.getTime() + 6 * 60_000);
    await resolveSessionUser(headers, later);
    expect((await db.session.findUniqueOrThrow({ where: { token } })).lastActiveAt).toEqual(later);

    expect(await resolveSessionUser(headers, new Date(later.getTime() + 8 * 60 * 60_000 + 1000))).toBeNull();
    expect(await db.session.count({ where: { token } })).toBe(0);
  });

  it("ends the sessions of a deactivated user", async () => {
    const user = await createTestUser(db, { username: "deactivated.user", role: "LEADER", scopeUnitId: tree.vn });
    const headers = await signedInHeaders("deactivated.user");
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await resolveSessionUser(headers)).toBeNull();
  });

  it("signs out: the session is deleted, the cookie no longer works, and the sign-out is audited", async () => {
    await createTestUser(db, { username: "leaving.user", role: "LEADER", scopeUnitId: tree.vn });
    const headers = await signedInHeaders("leaving.user");
    const user = await resolveSessionUser(headers);
    await signOutSession(user!, headers);
    expect(await resolveSessionUser(headers)).toBeNull();
    expect(await db.session.count({ where: { id: user!.sessionId } })).toBe(0);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "auth.sign_out", userId: user!.id } });
    expect(entry.entityId).toBe(user!.sessionId);
  });
});
