// Whoever manages an account can lift its sign-in locks, so that a user locked out by failed
// sign-ins (theirs or a stranger's) gets back in at once: through the action wrapper, audited,
// refused (changing nothing) when there is no lock or the account is not theirs to manage.
import { beforeAll, describe, expect, it } from "vitest";

import { runAuthedAction, type ActionUser } from "@/lib/actions/authed-action";
import { PEER_ADDRESS_HEADER, peerAddressStamp } from "@/lib/auth/peer-address";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { fill } from "@/lib/i18n/fill";
import { MESSAGES } from "@/lib/i18n/messages";
import { getSignInLocks } from "@/lib/queries/get-sign-in-locks";
import { unlockSignInSpec } from "@/lib/users/unlock-sign-in";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser, TEST_PASSWORD } from "../fixtures/users";
import { actionEnvironment, writtenRows } from "../helpers/action-environment";

const t = MESSAGES.vi;
let tree: ScopeTree;
let admin: ActionUser;
let official: ActionUser; // new province 10

beforeAll(async () => {
  tree = await createScopeTree(db);
  admin = await createTestUser(db, { username: "ul.admin", role: "ADMIN", scopeUnitId: tree.vn });
  official = await createTestUser(db, { username: "ul.official", role: "PROVINCIAL_OFFICIAL", scopeUnitId: tree.n10 });
});

function attempt(username: string, password: string, from: string) {
  const headers = new Headers({ [PEER_ADDRESS_HEADER]: peerAddressStamp(from) });
  return signInWithPassword({ username, password }, headers, { sleep: async () => {} });
}

async function lockOut(username: string, from: string) {
  for (let i = 0; i < 5; i++) await attempt(username, "wrong-password", from);
  expect(await attempt(username, TEST_PASSWORD, from)).toMatchObject({ ok: false, reason: "locked" });
}

const unlock = (actor: ActionUser, userId: string) =>
  runAuthedAction(unlockSignInSpec, { userId }, actionEnvironment(actor));

async function throttleRows() {
  return db.signInThrottle.findMany({ orderBy: { key: "asc" } });
}

describe("lifting sign-in locks", () => {
  it("lets an administrator lift every lock of an account, listed on the users page, and audits the locks lifted", async () => {
    const user = await createTestUser(db, { username: "ul.locked", role: "COMMUNE_STAFF", scopeUnitId: tree.c20001 });
    await lockOut("ul.locked", "198.51.100.1");
    await lockOut("ul.locked", "198.51.100.2");
    const locks = await getSignInLocks(["ul.locked", "ul.admin"], new Date());
    expect([...locks.keys()]).toEqual(["ul.locked"]);
    expect(locks.get("ul.locked")!.getTime()).toBeGreaterThan(Date.now());

    const result = await unlock(admin, user.id);
    expect(result).toMatchObject({ ok: true, message: fill(t.users.signInUnlocked, { username: "ul.locked" }) });
    expect((await getSignInLocks(["ul.locked"], new Date())).size).toBe(0);
    expect(await db.signInThrottle.count({ where: { username: "ul.locked" } })).toBe(0);
    // The addresses' own counters are not the user's: they stay.
    expect(await db.signInThrottle.count({ where: { key: { in: ["ip:198.51.100.1", "ip:198.51.100.2"] } } })).toBe(2);

    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "user.unlock_sign_in", entityId: user.id } });
    expect(entry).toMatchObject({ userId: admin.id, unitId: tree.c20001 });
    expect((entry.before as { locks: { key: string }[] }).locks.map((lock) => lock.key)).toEqual([
      "pair:198.51.100.1 ul.locked",
      "pair:198.51.100.2 ul.locked",
    ]);
    expect((await attempt("ul.locked", TEST_PASSWORD, "198.51.100.1")).ok).toBe(true);
  });

  it("lets a provincial official lift the locks of an account of the province", async () => {
    const user = await createTestUser(db, { username: "ul.commune", role: "COMMUNE_STAFF", scopeUnitId: tree.c20002 });
    await lockOut("ul.commune", "198.51.100.3");
    expect((await unlock(official, user.id)).ok).toBe(true);
    expect((await attempt("ul.commune", TEST_PASSWORD, "198.51.100.3")).ok).toBe(true);
  });

  it.each([
    [
      "an account that is not locked",
      "ul.free",
      "COMMUNE_STAFF",
      "c20001",
      "admin",
      (username: string) => fill(t.users.notLocked, { username }),
    ],
    [
      "an administrator, by a provincial official",
      "ul.other.admin",
      "ADMIN",
      "vn",
      "official",
      () => t.actions.refused,
    ],
    [
      "an account of another province, by a provincial official",
      "ul.far",
      "COMMUNE_STAFF",
      "c22001",
      "official",
      () => t.actions.refused,
    ],
  ] as const)("refuses to unlock %s, changing nothing", async (_what, username, role, unit, actorName, message) => {
    const user = await createTestUser(db, { username, role, scopeUnitId: tree[unit] });
    if (actorName === "official") await lockOut(username, "198.51.100.4");
    const [rows, throttle] = [await writtenRows(), await throttleRows()];
    const result = await unlock(actorName === "admin" ? admin : official, user.id);
    expect(result).toMatchObject({ ok: false, message: message(username) });
    expect(await writtenRows()).toEqual(rows);
    expect(await throttleRows()).toEqual(throttle);
  });

  it("refuses a user without the permission to manage accounts", async () => {
    const staff = await createTestUser(db, { username: "ul.staff", role: "COMMUNE_STAFF", scopeUnitId: tree.c20001 });
    const user = await createTestUser(db, { username: "ul.peer", role: "COMMUNE_STAFF", scopeUnitId: tree.c20001 });
    await lockOut("ul.peer", "198.51.100.5");
    const throttle = await throttleRows();
    expect(await unlock(staff, user.id)).toMatchObject({ ok: false, message: t.actions.refused });
    expect(await throttleRows()).toEqual(throttle);
  });
});
