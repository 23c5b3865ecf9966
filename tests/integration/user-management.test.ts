// User management rules: a provincial official manages district officers, commune staff and
// leaders of their own province only; nobody acts on their own account here; deactivation and
// password resets end the user's sessions; the audit log keeps who did what, append-only.
import type { Role } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";

import { runAuthedAction, type ActionUser } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import { getAuditEntries } from "@/lib/queries/get-audit-entries";
import { listUsersInScope } from "@/lib/queries/get-users-in-scope";
import { changeOwnPasswordSpec } from "@/lib/users/change-own-password";
import { createUserSpec } from "@/lib/users/create-user";
import { verifyCredentialPassword } from "@/lib/users/credentials";
import { resetUserPasswordSpec } from "@/lib/users/reset-user-password";
import { setUserActiveSpec } from "@/lib/users/set-user-active";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser, TEST_PASSWORD } from "../fixtures/users";
import { actionEnvironment, writtenRows } from "../helpers/action-environment";

const t = MESSAGES.vi;
let tree: ScopeTree;
let admin: ActionUser;
let official: ActionUser; // new province 10 (from July 2025), formed from old provinces 10 and 11

beforeAll(async () => {
  tree = await createScopeTree(db);
  admin = await createTestUser(db, { username: "um.admin", role: "ADMIN", scopeUnitId: tree.vn });
  official = await createTestUser(db, { username: "um.official", role: "PROVINCIAL_OFFICIAL", scopeUnitId: tree.n10 });
});

function create(actor: ActionUser, username: string, role: Role, scopeUnitId: number) {
  return runAuthedAction(
    createUserSpec,
    { username, name: `Cán bộ ${username}`, role, scopeUnitId: String(scopeUnitId), password: "mat-khau-ban-dau" },
    actionEnvironment(actor),
  );
}

async function openSession(userId: string) {
  return db.session.create({
    data: { id: crypto.randomUUID(), token: crypto.randomUUID(), userId, expiresAt: new Date(Date.now() + 3_600_000) },
  });
}

describe("creating accounts", () => {
  it("refuses, writing nothing, an official of a province abolished by the reorganisation, even for its old units and successors", async () => {
    const oldOfficial = await createTestUser(db, {
      username: "um.old.official",
      role: "PROVINCIAL_OFFICIAL",
      scopeUnitId: tree.p10,
    });
    const target = await createTestUser(db, {
      username: "um.old.target",
      role: "COMMUNE_STAFF",
      scopeUnitId: tree.c20002,
    });
    const before = await writtenRows();
    for (const [username, unit] of [
      ["cu.xa", "c10001"],
      ["moi.xa", "c20002"],
    ] as const) {
      expect(await create(oldOfficial, username, "COMMUNE_STAFF", tree[unit])).toMatchObject({
        ok: false,
        message: t.actions.refused,
      });
    }
    const reset = await runAuthedAction(
      resetUserPasswordSpec,
      { userId: target.id, password: "mat-khau-dat-lai-1" },
      actionEnvironment(oldOfficial),
    );
    expect(reset).toMatchObject({ ok: false, message: t.actions.refused });
    expect(await writtenRows()).toEqual(before);
    // The accounts of its old units stay visible to it.
    expect((await listUsersInScope(oldOfficial)).map((user) => user.username)).toContain("um.old.target");
  });

  it("lets a provincial official create commune staff, district officers and leaders in the province", async () => {
    expect((await create(official, "xa.an.binh", "COMMUNE_STAFF", tree.c20001)).ok).toBe(true);
    expect((await create(official, "huyen.mot", "DISTRICT_OFFICER", tree.d100)).ok).toBe(true); // an old district of the province
    expect((await create(official, "lanh.dao.tinh", "LEADER", tree.n10)).ok).toBe(true);
    const created = await db.user.findUniqueOrThrow({ where: { username: "xa.an.binh" } });
    expect(created).toMatchObject({
      role: "COMMUNE_STAFF",
      scopeUnitId: tree.c20001,
      active: true,
      mustChangePassword: true,
    });
    expect(await verifyCredentialPassword(db, created.id, "mat-khau-ban-dau")).toBe(true);
  });

  it.each([
    ["an administrator", "ADMIN", "vn"],
    ["another provincial official", "PROVINCIAL_OFFICIAL", "n10"],
  ] as const)("refuses a provincial official creating %s, writing nothing", async (_what, role, unit) => {
    const before = await writtenRows();
    const result = await create(official, `bad.${role.toLowerCase()}`, role, tree[unit]);
    expect(result.ok).toBe(false);
    expect(await writtenRows()).toEqual(before);
  });

  it.each([
    ["a commune of another province", "COMMUNE_STAFF", "c22001"],
    ["a commune of another province before July 2025", "COMMUNE_STAFF", "c12001"],
    ["the country", "LEADER", "vn"],
  ] as const)("refuses a provincial official creating a user for %s, writing nothing", async (_what, role, unit) => {
    const before = await writtenRows();
    const result = await create(official, `outside.${unit}`, role, tree[unit]);
    expect(result).toMatchObject({ ok: false, fieldErrors: {}, message: t.actions.refused });
    expect(await writtenRows()).toEqual(before);
  });

  it("refuses a unit that does not suit the role, and a taken username", async () => {
    const wrongKind = await create(official, "wrong.kind", "COMMUNE_STAFF", tree.n10);
    expect(wrongKind.fieldErrors.scopeUnitId).toEqual([t.users.unitKindNotAllowed]);
    const taken = await create(official, "um.admin", "LEADER", tree.n10);
    expect(taken.fieldErrors.username).toEqual([t.users.usernameTaken]);
  });

  it("names each bad field in English for an English reader (in Vietnamese by default: authed-action.test.ts), writing nothing", async () => {
    const before = await writtenRows();
    const english = await runAuthedAction(
      createUserSpec,
      { username: "X", name: " ", role: "KING", scopeUnitId: "", password: "ngan" },
      { ...actionEnvironment(official), messages: async () => MESSAGES.en },
    );
    expect(english).toMatchObject({ ok: false, message: MESSAGES.en.actions.invalidInput });
    expect(english.fieldErrors).toEqual({
      username: ["A username has 3–30 characters: lower-case letters without accents, digits, dots or underscores"],
      name: ["Enter the full name"],
      role: ["Choose a role"],
      scopeUnitId: ["Choose the unit in charge"],
      password: ["The password must have at least 10 characters"],
    });
    expect(await writtenRows()).toEqual(before);
  });

  it("lets an administrator create any account anywhere", async () => {
    expect((await create(admin, "second.admin", "ADMIN", tree.vn)).ok).toBe(true);
    expect((await create(admin, "tinh.muoi.hai", "PROVINCIAL_OFFICIAL", tree.n12)).ok).toBe(true);
  });
});

describe("deactivating and resetting", () => {
  it("deactivates a user in scope, ends their sessions, audits before and after, and reactivates", async () => {
    const staff = await createTestUser(db, {
      username: "to.deactivate",
      role: "COMMUNE_STAFF",
      scopeUnitId: tree.c20002,
    });
    await openSession(staff.id);
    const off = await runAuthedAction(
      setUserActiveSpec,
      { userId: staff.id, active: "false" },
      actionEnvironment(official),
    );
    expect(off).toMatchObject({ ok: true, message: "Đã vô hiệu hoá tài khoản to.deactivate." });
    expect(await db.user.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({ active: false });
    expect(await db.session.count({ where: { userId: staff.id } })).toBe(0);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "user.deactivate", entityId: staff.id } });
    expect(entry).toMatchObject({
      userId: official.id,
      before: { active: true },
      after: { active: false },
      unitId: tree.c20002,
    });

    // An unknown state is refused in the reader's language (it used to be Zod's English for everyone).
    const unknown = { userId: staff.id, active: "maybe" };
    const refusedVi = await runAuthedAction(setUserActiveSpec, unknown, actionEnvironment(official));
    expect(refusedVi.fieldErrors).toEqual({ active: ["Thao tác không hợp lệ"] });
    const refusedEn = await runAuthedAction(setUserActiveSpec, unknown, {
      ...actionEnvironment(official),
      messages: async () => MESSAGES.en,
    });
    expect(refusedEn.fieldErrors).toEqual({ active: ["Invalid operation"] });

    const on = await runAuthedAction(
      setUserActiveSpec,
      { userId: staff.id, active: "true" },
      actionEnvironment(official),
    );
    expect(on.ok).toBe(true);
  });

  it("refuses acting on oneself, on a user outside the province, and on an official of the same province", async () => {
    const outsider = await createTestUser(db, {
      username: "outsider",
      role: "COMMUNE_STAFF",
      scopeUnitId: tree.c22001,
    });
    const peer = await createTestUser(db, {
      username: "peer.official",
      role: "PROVINCIAL_OFFICIAL",
      scopeUnitId: tree.n10,
    });
    const before = await writtenRows();
    const self = await runAuthedAction(
      setUserActiveSpec,
      { userId: official.id, active: "false" },
      actionEnvironment(official),
    );
    expect(self.message).toBe(t.users.cannotChangeSelf);
    for (const target of [outsider, peer]) {
      const result = await runAuthedAction(
        setUserActiveSpec,
        { userId: target.id, active: "false" },
        actionEnvironment(official),
      );
      expect(result).toMatchObject({ ok: false, fieldErrors: {}, message: t.actions.refused });
      const reset = await runAuthedAction(
        resetUserPasswordSpec,
        { userId: target.id, password: "mat-khau-moi-123" },
        actionEnvironment(official),
      );
      expect(reset.ok).toBe(false);
    }
    const unknown = await runAuthedAction(
      setUserActiveSpec,
      { userId: crypto.randomUUID(), active: "false" },
      actionEnvironment(official),
    );
    expect(unknown.message).toBe(t.actions.refused); // the same answer whether the user exists or not
    expect(await writtenRows()).toEqual(before);
  });

  it("resets a password: the old one stops working, the user must change it, sessions end, no secret is logged", async () => {
    const staff = await createTestUser(db, { username: "forgetful", role: "COMMUNE_STAFF", scopeUnitId: tree.c20001 });
    await openSession(staff.id);
    const result = await runAuthedAction(
      resetUserPasswordSpec,
      { userId: staff.id, password: "mat-khau-moi-123" },
      actionEnvironment(official),
    );
    expect(result.ok).toBe(true);
    expect(await verifyCredentialPassword(db, staff.id, TEST_PASSWORD)).toBe(false);
    expect(await verifyCredentialPassword(db, staff.id, "mat-khau-moi-123")).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({ mustChangePassword: true });
    expect(await db.session.count({ where: { userId: staff.id } })).toBe(0);
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "user.password_reset", entityId: staff.id },
    });
    expect(JSON.stringify(entry)).not.toContain("mat-khau-moi-123");
  });
});

describe("changing one's own password", () => {
  it("requires the current password and writes nothing when it is wrong", async () => {
    const user = await createTestUser(db, { username: "changer", role: "LEADER", scopeUnitId: tree.vn });
    const before = await writtenRows();
    const result = await runAuthedAction(
      changeOwnPasswordSpec,
      { currentPassword: "not-the-password", newPassword: "mat-khau-rat-moi", confirmPassword: "mat-khau-rat-moi" },
      actionEnvironment(user),
    );
    expect(result.fieldErrors.currentPassword).toEqual([t.account.wrongCurrentPassword]);
    expect(await writtenRows()).toEqual(before);
  });

  it("checks the confirmation, then changes the password and ends the other sessions only", async () => {
    const user = await createTestUser(db, { username: "changer2", role: "LEADER", scopeUnitId: tree.vn });
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const current = await openSession(user.id);
    const other = await openSession(user.id);
    const env = actionEnvironment({ ...user, mustChangePassword: true, sessionId: current.id });

    const mismatch = await runAuthedAction(
      changeOwnPasswordSpec,
      { currentPassword: TEST_PASSWORD, newPassword: "mat-khau-rat-moi", confirmPassword: "mat-khau-khac-han" },
      env,
    );
    expect(mismatch.fieldErrors.confirmPassword).toEqual(["Mật khẩu nhập lại không khớp"]);

    const result = await runAuthedAction(
      changeOwnPasswordSpec,
      { currentPassword: TEST_PASSWORD, newPassword: "mat-khau-rat-moi", confirmPassword: "mat-khau-rat-moi" },
      env,
    );
    expect(result).toEqual({ ok: true, fieldErrors: {}, message: t.account.passwordChanged });
    expect(await verifyCredentialPassword(db, user.id, "mat-khau-rat-moi")).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ mustChangePassword: false });
    expect(await db.session.findMany({ where: { userId: user.id }, select: { id: true } })).toEqual([
      { id: current.id },
    ]);
    expect(other.id).not.toBe(current.id);
  });
});

describe("reading users and the audit log within scope", () => {
  it("lists only the users of units the official manages", async () => {
    const names = (await listUsersInScope(official)).map((user) => user.username);
    expect(names).toEqual(expect.arrayContaining(["um.official", "xa.an.binh", "huyen.mot", "lanh.dao.tinh"]));
    expect(names).not.toEqual(expect.arrayContaining(["um.admin"]));
    expect(names).not.toContain("outsider");
    expect(names).not.toContain("tinh.muoi.hai");
    expect((await listUsersInScope(admin)).map((user) => user.username)).toEqual(
      expect.arrayContaining(["um.admin", "outsider"]),
    );
  });

  it("shows an official the audit entries of their units only, newest first", async () => {
    const { entries } = await getAuditEntries(official, { action: null, page: 1 });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.some((entry) => entry.unit_code === "22001" || entry.unit_code === "VN")).toBe(false);
    const times = entries.map((entry) => entry.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const creates = await getAuditEntries(official, { action: "user.create", page: 1 });
    expect(creates.entries.every((entry) => entry.action === "user.create")).toBe(true);
    const all = await getAuditEntries(admin, { action: null, page: 1 });
    expect(all.entries.length).toBeGreaterThan(entries.length);
  });

  it("keeps the audit log append-only in the database", async () => {
    const entry = await db.auditEntry.findFirstOrThrow();
    const count = await db.auditEntry.count();
    await expect(db.auditEntry.update({ where: { id: entry.id }, data: { action: "user.create" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM audit_entry`).rejects.toThrow();
    expect(await db.auditEntry.count()).toBe(count);
    expect(await db.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
  });
});
