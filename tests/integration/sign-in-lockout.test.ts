// Repeated failed sign-ins are slowed, then locked, with every step in the audit log; a locked
// account stays locked even with the right password until the lock runs out.
import { beforeAll, describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { type ScopeTree, createScopeTree } from "../fixtures/scope-tree";
import { TEST_PASSWORD, createTestUser } from "../fixtures/users";

let tree: ScopeTree;
const MINUTE = 60_000;

beforeAll(async () => {
  tree = await createScopeTree(db);
});

function attempt(username: string, password: string, now: Date, { ip = "203.0.113.7", delays = [] as number[] } = {}) {
  return signInWithPassword({ username, password }, new Headers({ "x-forwarded-for": ip, "user-agent": "vitest" }), {
    now,
    sleep: async (ms) => {
      delays.push(ms);
    },
  });
}

describe("sign-in", () => {
  it("signs in with the right password and audits it with the client's address", async () => {
    const user = await createTestUser(db, { username: "right.user", role: "COMMUNE_STAFF", scopeUnitId: tree.c10001 });
    const outcome = await attempt("Right.User ", TEST_PASSWORD, new Date());
    expect(outcome).toMatchObject({ ok: true, user: { id: user.id, scopeUnit: { code: "10001" } } });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "auth.sign_in", userId: user.id } });
    expect(entry).toMatchObject({ username: "right.user", ip: "203.0.113.7", userAgent: "vitest", unitId: tree.c10001 });
  });

  it("refuses a deactivated user even with the right password, without creating a session", async () => {
    const user = await createTestUser(db, { username: "inactive.user", role: "LEADER", scopeUnitId: tree.vn, active: false });
    expect(await attempt("inactive.user", TEST_PASSWORD, new Date())).toEqual({ ok: false, reason: "inactive" });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "auth.sign_in_failed", userId: user.id } });
    expect(entry.after).toEqual({ reason: "inactive" });
  });
});

describe("lock-out after repeated failures", () => {
  it("slows each failure more, locks the username at the 5th within 15 minutes, and audits every step", async () => {
    const user = await createTestUser(db, { username: "target.user", role: "COMMUNE_STAFF", scopeUnitId: tree.c10002 });
    const start = new Date();
    const delays: number[] = [];
    const outcomes = [];
    for (let i = 0; i < 5; i++) {
      outcomes.push(await attempt("target.user", "wrong-password", new Date(start.getTime() + i * MINUTE), { delays }));
    }
    expect(outcomes.slice(0, 4).map((o) => o.ok === false && o.reason)).toEqual(["invalid", "invalid", "invalid", "invalid"]);
    expect(outcomes[4]).toMatchObject({ ok: false, reason: "locked" });
    expect(delays).toEqual([0, 500, 1000, 2000, 4000]);

    // The right password is refused while the lock runs, without being checked.
    const during = await attempt("target.user", TEST_PASSWORD, new Date(start.getTime() + 10 * MINUTE));
    expect(during).toMatchObject({ ok: false, reason: "locked" });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

    const entries = await db.auditEntry.findMany({ where: { username: "target.user" }, orderBy: { id: "asc" } });
    expect(entries.map((e) => e.action)).toEqual([
      ...Array(4).fill("auth.sign_in_failed"),
      "auth.locked_out",
      "auth.sign_in_failed",
      "auth.sign_in_failed",
    ]);
    expect(entries.every((e) => e.userId === user.id && e.unitId === tree.c10002)).toBe(true);
    expect(entries.at(-1)!.after).toEqual({ reason: "locked" });

    // After the lock, the right password works and the count starts again.
    const after = await attempt("target.user", TEST_PASSWORD, new Date(start.getTime() + 20 * MINUTE));
    expect(after.ok).toBe(true);
    expect(await db.signInThrottle.count({ where: { key: "user:target.user" } })).toBe(0);
  });

  it("counts failures within a 15-minute window only", async () => {
    await createTestUser(db, { username: "slow.user", role: "LEADER", scopeUnitId: tree.vn });
    const start = new Date();
    for (let i = 0; i < 8; i++) {
      const outcome = await attempt("slow.user", "wrong-password", new Date(start.getTime() + i * 4 * MINUTE), { ip: "203.0.113.8" });
      // Failures 1–4 fall in the first window; the 5th (at 16 minutes) opens a new one.
      expect(outcome).toMatchObject({ ok: false, reason: "invalid" });
    }
  });

  it("locks unknown usernames the same way, so that locking reveals nothing", async () => {
    const start = new Date();
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await attempt("no.such.user", "whatever-it-is", start, { ip: "203.0.113.9" }));
    expect(outcomes.at(-1)).toMatchObject({ ok: false, reason: "locked" });
    const lock = await db.auditEntry.findFirstOrThrow({ where: { action: "auth.locked_out", username: "no.such.user" } });
    expect(lock.userId).toBeNull();
  });

  it("locks an address after 20 failures across usernames", async () => {
    await createTestUser(db, { username: "bystander", role: "LEADER", scopeUnitId: tree.vn });
    const now = new Date();
    for (let i = 0; i < 20; i++) await attempt(`guess${i}`, "wrong-password", now, { ip: "198.51.100.20" });
    expect(await attempt("bystander", TEST_PASSWORD, now, { ip: "198.51.100.20" })).toMatchObject({ ok: false, reason: "locked" });
    expect((await attempt("bystander", TEST_PASSWORD, now, { ip: "198.51.100.21" })).ok).toBe(true);
  });
});
