// Repeated failed sign-ins are slowed, then locked, with every step in the audit log. The locks hold
// under parallel attempts (a burst never checks more passwords than the limits allow), they are
// keyed by the address of the connection and not by what the client writes in X-Forwarded-For,
// and a stranger cannot keep a user out of the addresses the user signs in from.
import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { PEER_ADDRESS_HEADER, peerAddressStamp } from "@/lib/auth/peer-address";
import { signInWithPassword, type SignInOutcome } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser, TEST_PASSWORD } from "../fixtures/users";

let tree: ScopeTree;
const MINUTE = 60_000;

beforeAll(async () => {
  tree = await createScopeTree(db);
});

afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
});

type AttemptOptions = { from?: string; forwardedFor?: string; at?: Date; sleep?: (ms: number) => Promise<void> };

/** A sign-in as the server action makes it, on a connection from `from` (the peer address). */
function attempt(
  username: string,
  password: string,
  { from = "203.0.113.7", forwardedFor, at = new Date(), sleep = async () => {} }: AttemptOptions = {},
) {
  const headers = new Headers({ [PEER_ADDRESS_HEADER]: peerAddressStamp(from), "user-agent": "vitest" });
  if (forwardedFor) headers.set("x-forwarded-for", forwardedFor);
  return signInWithPassword({ username, password }, headers, { now: at, sleep });
}

/** Passwords checked for a username: attempts answered "wrong password" (whatever lock they started) or signed in. */
async function passwordsChecked(username: string): Promise<number> {
  const entries = await db.auditEntry.findMany({
    where: { username, action: { in: ["auth.sign_in", "auth.sign_in_failed"] } },
  });
  return entries.filter(
    (e) => e.action === "auth.sign_in" || (e.after as { reason?: string } | null)?.reason === "invalid",
  ).length;
}

const lockScope = (outcome: SignInOutcome) =>
  outcome.ok === false && outcome.reason === "locked" ? outcome.lock.scope : null;

/**
 * Holds the attempts of a burst just before their passwords are checked (the sign-in's wait), the
 * worst case for a lock: none of their failures is known when the others are let through.
 */
function burstGate() {
  let arrived = 0;
  let settled = 0;
  const held: (() => void)[] = [];
  const watchers: { count: number; resolve: () => void }[] = [];
  const notify = () => {
    for (const watcher of watchers.filter((w) => arrived + settled >= w.count)) {
      watchers.splice(watchers.indexOf(watcher), 1);
      watcher.resolve();
    }
  };
  return {
    sleep: () =>
      new Promise<void>((resolve) => {
        arrived++;
        held.push(resolve);
        notify();
      }),
    track<T>(promise: Promise<T>): Promise<T> {
      return promise.finally(() => {
        settled++;
        notify();
      });
    },
    /** Resolves once `count` attempts are held or finished. */
    reached: (count: number) =>
      new Promise<void>((resolve) => {
        watchers.push({ count, resolve });
        notify();
      }),
    release: () => held.splice(0).forEach((resolve) => resolve()),
  };
}

async function burst(size: number, run: (sleep: () => Promise<void>, index: number) => Promise<SignInOutcome>) {
  const gate = burstGate();
  const outcomes = Array.from({ length: size }, (_, index) => gate.track(run(gate.sleep, index)));
  await gate.reached(size);
  gate.release();
  return Promise.all(outcomes);
}

describe("sign-in", () => {
  it("signs in with the right password and audits it with the address of the connection", async () => {
    const user = await createTestUser(db, { username: "right.user", role: "COMMUNE_STAFF", scopeUnitId: tree.c10001 });
    const outcome = await attempt("Right.User ", TEST_PASSWORD);
    expect(outcome).toMatchObject({ ok: true, user: { id: user.id, scopeUnit: { code: "10001" } } });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "auth.sign_in", userId: user.id } });
    expect(entry).toMatchObject({
      username: "right.user",
      ip: "203.0.113.7",
      userAgent: "vitest",
      unitId: tree.c10001,
    });
    const session = await db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.ipAddress).toBe("203.0.113.7");
  });

  it("refuses a deactivated user even with the right password, without creating a session", async () => {
    const user = await createTestUser(db, {
      username: "inactive.user",
      role: "LEADER",
      scopeUnitId: tree.vn,
      active: false,
    });
    expect(await attempt("inactive.user", TEST_PASSWORD)).toEqual({ ok: false, reason: "inactive" });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "auth.sign_in_failed", userId: user.id } });
    expect(entry.after).toEqual({ reason: "inactive" });
  });
});

describe("the client's address", () => {
  it("ignores X-Forwarded-For sent by a client that is not a trusted proxy", async () => {
    const user = await createTestUser(db, { username: "xff.direct", role: "LEADER", scopeUnitId: tree.vn });
    await attempt("xff.direct", TEST_PASSWORD, { from: "203.0.113.30", forwardedFor: "198.51.100.99" });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "auth.sign_in", userId: user.id } });
    expect(entry.ip).toBe("203.0.113.30");
    expect((await db.session.findFirstOrThrow({ where: { userId: user.id } })).ipAddress).toBe("203.0.113.30");
  });

  it("takes the address a trusted proxy forwarded, skipping what the client wrote before it", async () => {
    process.env.TRUSTED_PROXIES = "10.0.0.0/8";
    const user = await createTestUser(db, { username: "xff.proxied", role: "LEADER", scopeUnitId: tree.vn });
    await attempt("xff.proxied", TEST_PASSWORD, { from: "10.0.0.2", forwardedFor: "6.6.6.6, 198.51.100.5, 10.1.2.3" });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "auth.sign_in", userId: user.id } });
    expect(entry.ip).toBe("198.51.100.5");
  });

  it("does not believe a peer-address header that this server did not stamp", async () => {
    const user = await createTestUser(db, { username: "forged.stamp", role: "LEADER", scopeUnitId: tree.vn });
    const headers = new Headers({
      [PEER_ADDRESS_HEADER]: "0123456789abcdef0123456789abcdef 198.51.100.98",
      "x-forwarded-for": "198.51.100.98",
    });
    expect((await signInWithPassword({ username: "forged.stamp", password: TEST_PASSWORD }, headers)).ok).toBe(true);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "auth.sign_in", userId: user.id } });
    expect(entry.ip).toBeNull();
  });

  it("does not let a forged X-Forwarded-For lock someone else's address: the sender's own address is locked", async () => {
    await createTestUser(db, { username: "victim", role: "LEADER", scopeUnitId: tree.vn });
    const now = new Date();
    for (let i = 0; i < 20; i++) {
      await attempt(`spray${i}`, "wrong-password", { from: "203.0.113.66", forwardedFor: "198.51.100.77", at: now });
    }
    expect((await attempt("victim", TEST_PASSWORD, { from: "198.51.100.77", at: now })).ok).toBe(true);
    expect(
      lockScope(
        await attempt("victim", TEST_PASSWORD, { from: "203.0.113.66", forwardedFor: "198.51.100.77", at: now }),
      ),
    ).toBe("address");
  });
});

describe("lock-out after repeated failures", () => {
  it("slows each failure more, locks the username at that address at the 5th within 15 minutes, and audits every step", async () => {
    const user = await createTestUser(db, { username: "target.user", role: "COMMUNE_STAFF", scopeUnitId: tree.c10002 });
    const start = new Date();
    const delays: number[] = [];
    const sleep = async (ms: number) => {
      delays.push(ms);
    };
    const outcomes = [];
    for (let i = 0; i < 5; i++) {
      outcomes.push(
        await attempt("target.user", "wrong-password", { at: new Date(start.getTime() + i * MINUTE), sleep }),
      );
    }
    expect(outcomes.slice(0, 4).map((o) => o.ok === false && o.reason)).toEqual([
      "invalid",
      "invalid",
      "invalid",
      "invalid",
    ]);
    expect(outcomes[4]).toMatchObject({
      ok: false,
      reason: "locked",
      lock: { scope: "pair", until: new Date(start.getTime() + 19 * MINUTE) },
    });
    expect(delays).toEqual([0, 500, 1000, 2000, 4000]);

    // The right password is refused while the lock runs, without being checked.
    const during = await attempt("target.user", TEST_PASSWORD, { at: new Date(start.getTime() + 10 * MINUTE) });
    expect(lockScope(during)).toBe("pair");
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

    const entries = await db.auditEntry.findMany({ where: { username: "target.user" }, orderBy: { id: "asc" } });
    expect(entries.map((e) => e.action)).toEqual([
      ...Array(4).fill("auth.sign_in_failed"),
      "auth.locked_out",
      "auth.sign_in_failed",
      "auth.sign_in_failed",
    ]);
    expect(entries.every((e) => e.userId === user.id && e.unitId === tree.c10002 && e.ip === "203.0.113.7")).toBe(true);
    expect(entries[4]!.after).toMatchObject({ scope: "pair" });
    expect(entries.at(-1)!.after).toEqual({ reason: "locked", scope: "pair" });

    // After the lock, the right password works and the pair's count starts again.
    const after = await attempt("target.user", TEST_PASSWORD, { at: new Date(start.getTime() + 20 * MINUTE) });
    expect(after.ok).toBe(true);
    expect(await db.signInThrottle.count({ where: { key: { startsWith: "pair:" }, username: "target.user" } })).toBe(0);
  });

  it("locks a username only at the address that failed: the user still signs in from another one", async () => {
    await createTestUser(db, { username: "pair.user", role: "LEADER", scopeUnitId: tree.vn });
    const now = new Date();
    for (let i = 0; i < 5; i++) await attempt("pair.user", "wrong-password", { from: "198.51.100.40", at: now });
    expect(lockScope(await attempt("pair.user", TEST_PASSWORD, { from: "198.51.100.40", at: now }))).toBe("pair");
    expect((await attempt("pair.user", TEST_PASSWORD, { from: "198.51.100.41", at: now })).ok).toBe(true);
  });

  it("counts failures within a 15-minute window only", async () => {
    await createTestUser(db, { username: "slow.user", role: "LEADER", scopeUnitId: tree.vn });
    const start = new Date();
    for (let i = 0; i < 8; i++) {
      const outcome = await attempt("slow.user", "wrong-password", {
        from: "203.0.113.8",
        at: new Date(start.getTime() + i * 4 * MINUTE),
      });
      // Failures 1–4 fall in the first window; the 5th (at 16 minutes) opens a new one.
      expect(outcome).toMatchObject({ ok: false, reason: "invalid" });
    }
  });

  it("locks unknown usernames the same way, so that locking reveals nothing", async () => {
    const start = new Date();
    const outcomes = [];
    for (let i = 0; i < 5; i++)
      outcomes.push(await attempt("no.such.user", "whatever-it-is", { from: "203.0.113.9", at: start }));
    expect(lockScope(outcomes.at(-1)!)).toBe("pair");
    const lock = await db.auditEntry.findFirstOrThrow({
      where: { action: "auth.locked_out", username: "no.such.user" },
    });
    expect(lock.userId).toBeNull();
  });

  it("locks an address after 20 failures across usernames, and says that it is the address", async () => {
    await createTestUser(db, { username: "bystander", role: "LEADER", scopeUnitId: tree.vn });
    const now = new Date();
    for (let i = 0; i < 20; i++) await attempt(`guess${i}`, "wrong-password", { from: "198.51.100.20", at: now });
    expect(lockScope(await attempt("bystander", TEST_PASSWORD, { from: "198.51.100.20", at: now }))).toBe("address");
    expect((await attempt("bystander", TEST_PASSWORD, { from: "198.51.100.21", at: now })).ok).toBe(true);
  });

  it(
    "spares a user's own address when strangers there lock it, and when strangers elsewhere lock the username",
    { timeout: 180_000 },
    async () => {
      const admin = await createTestUser(db, { username: "site.admin", role: "ADMIN", scopeUnitId: tree.vn });
      const home = "198.51.100.60";
      const start = new Date();
      expect((await attempt("site.admin", TEST_PASSWORD, { from: home, at: start })).ok).toBe(true);

      // Strangers behind the same address try 20 usernames: the address is locked, but not for the admin.
      for (let i = 0; i < 20; i++) await attempt(`office${i}`, "wrong-password", { from: home, at: start });
      expect(lockScope(await attempt("office.newcomer", TEST_PASSWORD, { from: home, at: start }))).toBe("address");
      expect((await attempt("site.admin", TEST_PASSWORD, { from: home, at: start })).ok).toBe(true);

      // Strangers at six other addresses fail 30 times on the admin's username: it is locked everywhere else…
      const strangers = ["192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4", "192.0.2.5", "192.0.2.6"];
      await burst(30, (sleep, i) =>
        attempt("site.admin", "wrong-password", { from: strangers[i % 6], at: start, sleep }),
      );
      expect(lockScope(await attempt("site.admin", TEST_PASSWORD, { from: "192.0.2.7", at: start }))).toBe("username");
      // …but not at the admin's own address.
      const atHome = await attempt("site.admin", TEST_PASSWORD, { from: home, at: start });
      expect(atHome.ok).toBe(true);
      expect(await db.session.count({ where: { userId: admin.id } })).toBe(3);
    },
  );
});

describe("parallel attempts", () => {
  it("checks at most 5 of 20 simultaneous wrong passwords for one account", async () => {
    await createTestUser(db, { username: "burst.wrong", role: "COMMUNE_STAFF", scopeUnitId: tree.c10001 });
    const now = new Date();
    const outcomes = await burst(20, (sleep) =>
      attempt("burst.wrong", "wrong-password", { from: "203.0.113.50", at: now, sleep }),
    );
    expect(await passwordsChecked("burst.wrong")).toBe(5);
    expect(outcomes.filter((o) => lockScope(o) === "pair")).toHaveLength(16); // 15 refused, and the 5th failure
    expect(lockScope(await attempt("burst.wrong", TEST_PASSWORD, { from: "203.0.113.50", at: now }))).toBe("pair");
  });

  it("refuses the right password sent while 19 wrong ones are being checked", async () => {
    const user = await createTestUser(db, { username: "burst.right", role: "COMMUNE_STAFF", scopeUnitId: tree.c10001 });
    const now = new Date();
    const gate = burstGate();
    const wrong = Array.from({ length: 19 }, () =>
      gate.track(attempt("burst.right", "wrong-password", { from: "203.0.113.51", at: now, sleep: gate.sleep })),
    );
    await gate.reached(19); // every wrong attempt is either waiting for its check or refused
    const right = await attempt("burst.right", TEST_PASSWORD, { from: "203.0.113.51", at: now });
    gate.release();
    await Promise.all(wrong);
    expect(lockScope(right)).toBe("pair");
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await passwordsChecked("burst.right")).toBe(5);
  });

  it("checks at most 20 passwords of 30 simultaneous attempts on different usernames from one address", async () => {
    const now = new Date();
    const outcomes = await burst(30, (sleep, i) =>
      attempt(`spray.user${i}`, "wrong-password", { from: "203.0.113.52", at: now, sleep }),
    );
    const checked = await db.auditEntry.count({
      where: { ip: "203.0.113.52", action: "auth.sign_in_failed", after: { path: ["reason"], equals: "invalid" } },
    });
    expect(checked).toBe(20);
    expect(outcomes.filter((o) => lockScope(o) === "address")).toHaveLength(11); // 10 refused, and the 20th failure
  });
});
