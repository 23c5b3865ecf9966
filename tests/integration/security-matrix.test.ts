// The security matrix: for each role × each server action of lib/actions (createUser,
// setUserActive, resetUserPassword, unlockSignIn, changeOwnPassword — sign-in/sign-out are outside the wrapper
// and covered by auth-sessions and sign-in-lockout) × a unit inside and outside the user's scope,
// the expected answer, written out by hand from the role descriptions (not computed from
// lib/permissions/roles.ts). A refused call must leave users, accounts, sessions, sign-in locks and
// the audit log exactly as they were. The data reads (canAccessUnit and the scope SQL under the dashboard,
// listUsersInScope, getAuditEntries) are checked the same way.
import type { Role } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type ActionSpec, type ActionUser, runAuthedAction } from "@/lib/actions/authed-action";
import { getAuditEntries } from "@/lib/audit/get-audit-entries";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import { canAccessUnit, canManageUnit, scopeUnitsSql } from "@/lib/permissions/scope";
import { getUnitByCode } from "@/lib/queries/units";
import { changeOwnPasswordSpec } from "@/lib/users/change-own-password";
import { createUserSpec } from "@/lib/users/create-user";
import { verifyCredentialPassword } from "@/lib/users/credentials";
import { listUsersInScope } from "@/lib/users/list-users";
import { resetUserPasswordSpec } from "@/lib/users/reset-user-password";
import { setUserActiveSpec } from "@/lib/users/set-user-active";
import { unlockSignInSpec } from "@/lib/users/unlock-sign-in";
import { actionEnvironment } from "../helpers/action-environment";
import { type ScopeTree, createScopeTree } from "../fixtures/scope-tree";
import { TEST_PASSWORD, createTestUser } from "../fixtures/users";

const t = MESSAGES.vi;
type UnitKey = keyof ScopeTree;
let tree: ScopeTree;
let serial = 0;
const fresh = (prefix: string) => `${prefix}.${++serial}`;

/** Each role's scope unit in this suite (see tests/fixtures/scope-tree.ts for the tree). */
const SCOPE: Record<Role, UnitKey> = {
  ADMIN: "vn",
  PROVINCIAL_OFFICIAL: "n10", // new province 10, formed from old provinces 10 and 11
  DISTRICT_OFFICER: "d100", // old district 100 (communes 10001, 10002), ended June 2025
  COMMUNE_STAFF: "c20001",
  LEADER: "n10",
};

/** For each role, a commune inside its scope and one outside it (another province). */
const TARGETS: Record<Role, { inside: UnitKey; outside: UnitKey }> = {
  ADMIN: { inside: "c20001", outside: "c22001" }, // an administrator has no "outside"
  PROVINCIAL_OFFICIAL: { inside: "c20001", outside: "c22001" },
  DISTRICT_OFFICER: { inside: "c10001", outside: "c12001" },
  COMMUNE_STAFF: { inside: "c20001", outside: "c22001" },
  LEADER: { inside: "c20001", outside: "c22001" },
};

const actors = {} as Record<Role, ActionUser>;

// Refusals are logged on the server (console.warn); keep the test output readable.
const quiet = vi.spyOn(console, "warn").mockImplementation(() => {});
afterAll(() => quiet.mockRestore());

beforeAll(async () => {
  tree = await createScopeTree(db);
  for (const role of Object.keys(SCOPE) as Role[]) {
    actors[role] = await createTestUser(db, { username: `matrix.${role.toLowerCase()}`, role, scopeUnitId: tree[SCOPE[role]] });
  }
});

/** Everything an action could write, as comparable data: a refused call must not change it. */
async function snapshot() {
  const [users, accounts, sessions, throttle, audit] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.account.findMany({ orderBy: { id: "asc" } }),
    db.session.findMany({ orderBy: { id: "asc" } }),
    db.signInThrottle.findMany({ orderBy: { key: "asc" } }),
    db.auditEntry.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ users, accounts, sessions, throttle, audit });
}

async function openSession(userId: string) {
  await db.session.create({
    data: { id: crypto.randomUUID(), token: crypto.randomUUID(), userId, expiresAt: new Date(Date.now() + 3_600_000) },
  });
}

type Where = "inside" | "outside" | "own";
type Row = { action: string; role: Role; where: Where; allowed: boolean };

// The expected answers, by hand. User management: administrators anywhere; provincial officials
// inside their province only; district officers, commune staff and leaders never. Changing one's
// own password: everybody (no unit is named, so there is no "outside").
const MATRIX: Row[] = [
  ...(["createUser", "deactivateUser", "resetUserPassword", "unlockSignIn"] as const).flatMap((action) => [
    { action, role: "ADMIN" as Role, where: "inside" as Where, allowed: true },
    { action, role: "ADMIN" as Role, where: "outside" as Where, allowed: true },
    { action, role: "PROVINCIAL_OFFICIAL" as Role, where: "inside" as Where, allowed: true },
    { action, role: "PROVINCIAL_OFFICIAL" as Role, where: "outside" as Where, allowed: false },
    { action, role: "DISTRICT_OFFICER" as Role, where: "inside" as Where, allowed: false },
    { action, role: "DISTRICT_OFFICER" as Role, where: "outside" as Where, allowed: false },
    { action, role: "COMMUNE_STAFF" as Role, where: "inside" as Where, allowed: false },
    { action, role: "COMMUNE_STAFF" as Role, where: "outside" as Where, allowed: false },
    { action, role: "LEADER" as Role, where: "inside" as Where, allowed: false },
    { action, role: "LEADER" as Role, where: "outside" as Where, allowed: false },
  ]),
  { action: "changeOwnPassword", role: "ADMIN", where: "own", allowed: true },
  { action: "changeOwnPassword", role: "PROVINCIAL_OFFICIAL", where: "own", allowed: true },
  { action: "changeOwnPassword", role: "DISTRICT_OFFICER", where: "own", allowed: true },
  { action: "changeOwnPassword", role: "COMMUNE_STAFF", where: "own", allowed: true },
  { action: "changeOwnPassword", role: "LEADER", where: "own", allowed: true },
];

type Prepared = { spec: ActionSpec<never>; actor: ActionUser; input: Record<string, string>; auditAction: string; check(): Promise<void> };

/** Builds the call of one row: the action's input about a unit (or user) at `unitId`. */
async function prepare(action: string, role: Role, unitId: number | null): Promise<Prepared> {
  const actor = actors[role];
  const spec = <I>(s: ActionSpec<I>) => s as unknown as ActionSpec<never>;
  switch (action) {
    case "createUser": {
      const username = fresh("created");
      return {
        spec: spec(createUserSpec),
        actor,
        input: { username, name: "Nguyễn Văn Mới", role: "COMMUNE_STAFF", scopeUnitId: String(unitId), password: "mat-khau-ban-dau" },
        auditAction: "user.create",
        check: async () => {
          expect(await db.user.findUnique({ where: { username } })).toMatchObject({ scopeUnitId: unitId, mustChangePassword: true });
        },
      };
    }
    case "deactivateUser": {
      const target = await createTestUser(db, { username: fresh("target"), role: "COMMUNE_STAFF", scopeUnitId: unitId! });
      await openSession(target.id);
      return {
        spec: spec(setUserActiveSpec),
        actor,
        input: { userId: target.id, active: "false" },
        auditAction: "user.deactivate",
        check: async () => {
          expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ active: false });
          expect(await db.session.count({ where: { userId: target.id } })).toBe(0);
        },
      };
    }
    case "resetUserPassword": {
      const target = await createTestUser(db, { username: fresh("target"), role: "COMMUNE_STAFF", scopeUnitId: unitId! });
      await openSession(target.id);
      return {
        spec: spec(resetUserPasswordSpec),
        actor,
        input: { userId: target.id, password: "mat-khau-dat-lai-1" },
        auditAction: "user.password_reset",
        check: async () => {
          expect(await verifyCredentialPassword(db, target.id, "mat-khau-dat-lai-1")).toBe(true);
          expect(await db.session.count({ where: { userId: target.id } })).toBe(0);
        },
      };
    }
    case "unlockSignIn": {
      const target = await createTestUser(db, { username: fresh("target"), role: "COMMUNE_STAFF", scopeUnitId: unitId! });
      // The lock five failed sign-ins from one address leave (lib/auth/throttle.ts).
      await db.signInThrottle.create({
        data: { key: `pair:198.51.100.1 ${target.username}`, username: target.username, failures: 0, windowStart: new Date(), lockedUntil: new Date(Date.now() + 900_000) },
      });
      return {
        spec: spec(unlockSignInSpec),
        actor,
        input: { userId: target.id },
        auditAction: "user.unlock_sign_in",
        check: async () => {
          expect(await db.signInThrottle.count({ where: { username: target.username } })).toBe(0);
        },
      };
    }
    case "changeOwnPassword": {
      // A fresh user of the role, so that the actors of the other rows keep their password.
      const self = await createTestUser(db, { username: fresh("self"), role, scopeUnitId: tree[SCOPE[role]] });
      return {
        spec: spec(changeOwnPasswordSpec),
        actor: self,
        input: { currentPassword: TEST_PASSWORD, newPassword: "mat-khau-rieng-moi", confirmPassword: "mat-khau-rieng-moi" },
        auditAction: "account.password_change",
        check: async () => {
          expect(await verifyCredentialPassword(db, self.id, "mat-khau-rieng-moi")).toBe(true);
        },
      };
    }
    default:
      throw new Error(`no such action in the matrix: ${action}`);
  }
}

describe("server actions: role × action × unit inside/outside the scope", () => {
  it("covers every action exported by lib/actions/users.ts", async () => {
    const exported = Object.keys(await import("@/lib/actions/users")).sort();
    expect(exported).toEqual(["changeOwnPassword", "createUser", "resetUserPassword", "setUserActive", "unlockSignIn"]);
    expect(new Set(MATRIX.map((row) => row.action))).toEqual(
      new Set(["createUser", "deactivateUser", "resetUserPassword", "unlockSignIn", "changeOwnPassword"]),
    );
  });

  it.each(MATRIX)("$action by $role on a unit $where → allowed: $allowed", async ({ action, role, where, allowed }) => {
    const unitId = where === "own" ? null : tree[TARGETS[role][where]];
    const call = await prepare(action, role, unitId);
    const before = await snapshot();
    const auditBefore = await db.auditEntry.count();

    const result = await runAuthedAction(call.spec, call.input, actionEnvironment(call.actor));

    if (allowed) {
      expect(result).toMatchObject({ ok: true, fieldErrors: {} });
      await call.check();
      const entries = await db.auditEntry.findMany({ where: { id: { gt: 0 } }, orderBy: { id: "asc" }, skip: auditBefore });
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: call.auditAction, userId: call.actor.id });
    } else {
      expect(result).toMatchObject({ ok: false, fieldErrors: {}, message: t.actions.refused });
      expect(await snapshot()).toBe(before);
    }
  });

  it.each(["createUser", "deactivateUser", "resetUserPassword", "unlockSignIn"])(
    "%s is refused, changing nothing, to an administrator who must first change their password",
    async (action) => {
      const call = await prepare(action, "ADMIN", tree.c20001);
      const before = await snapshot();
      const result = await runAuthedAction(call.spec, call.input, actionEnvironment({ ...call.actor, mustChangePassword: true }));
      expect(result).toMatchObject({ ok: false, message: t.actions.refused });
      expect(await snapshot()).toBe(before);
    },
  );

  it("refuses, changing nothing, a user that does not exist, with the same answer as one out of scope", async () => {
    const before = await snapshot();
    for (const spec of [setUserActiveSpec, resetUserPasswordSpec, unlockSignInSpec] as unknown as ActionSpec<never>[]) {
      const input = { userId: crypto.randomUUID(), active: "false", password: "mat-khau-dat-lai-1" };
      const result = await runAuthedAction(spec, input, actionEnvironment(actors.PROVINCIAL_OFFICIAL));
      expect(result).toMatchObject({ ok: false, fieldErrors: {}, message: t.actions.refused });
    }
    expect(await snapshot()).toBe(before);
  });
});

// Data reads. Expectations by hand from the scope rule: a scope covers its unit's descendants in
// the structure of the month, following successions across the July 2025 reorganisation.
const JUNE = "2025-06" as Month;
const SEPT = "2025-09" as Month;

type ReadRow = { role: Role; month: Month; unit: UnitKey; allowed: boolean };
const READS: ReadRow[] = [
  { role: "ADMIN", month: SEPT, unit: "c22001", allowed: true },
  { role: "ADMIN", month: JUNE, unit: "c12001", allowed: true },
  { role: "PROVINCIAL_OFFICIAL", month: SEPT, unit: "n10", allowed: true },
  { role: "PROVINCIAL_OFFICIAL", month: SEPT, unit: "c20001", allowed: true },
  { role: "PROVINCIAL_OFFICIAL", month: SEPT, unit: "c22001", allowed: false },
  { role: "PROVINCIAL_OFFICIAL", month: SEPT, unit: "n12", allowed: false },
  { role: "PROVINCIAL_OFFICIAL", month: SEPT, unit: "vn", allowed: false },
  { role: "PROVINCIAL_OFFICIAL", month: JUNE, unit: "c11001", allowed: true },
  { role: "PROVINCIAL_OFFICIAL", month: JUNE, unit: "c12001", allowed: false },
  { role: "DISTRICT_OFFICER", month: JUNE, unit: "c10002", allowed: true },
  { role: "DISTRICT_OFFICER", month: JUNE, unit: "c10003", allowed: false },
  { role: "DISTRICT_OFFICER", month: JUNE, unit: "p10", allowed: false },
  { role: "DISTRICT_OFFICER", month: SEPT, unit: "c20001", allowed: true },
  { role: "DISTRICT_OFFICER", month: SEPT, unit: "c20002", allowed: false },
  { role: "COMMUNE_STAFF", month: SEPT, unit: "c20001", allowed: true },
  { role: "COMMUNE_STAFF", month: SEPT, unit: "c20002", allowed: false },
  { role: "COMMUNE_STAFF", month: SEPT, unit: "n10", allowed: false },
  { role: "COMMUNE_STAFF", month: JUNE, unit: "c10001", allowed: true },
  { role: "COMMUNE_STAFF", month: JUNE, unit: "c10003", allowed: false },
  { role: "LEADER", month: SEPT, unit: "c20002", allowed: true },
  { role: "LEADER", month: SEPT, unit: "c22001", allowed: false },
];

describe("dashboard reads: canAccessUnit and the scope SQL", () => {
  it.each(READS)("$role, $month, unit $unit → allowed: $allowed", async ({ role, month, unit, allowed }) => {
    const before = await snapshot();
    expect(await canAccessUnit(actors[role], tree[unit], month)).toBe(allowed);
    expect(await snapshot()).toBe(before);
  });

  it("gives a provincial official of the new province, for June 2025, exactly the old units that formed it", async () => {
    const rows = await db.$queryRaw<{ unit_id: number }[]>(scopeUnitsSql(tree.n10, JUNE));
    const ids = new Set(rows.map((row) => row.unit_id));
    const expected: UnitKey[] = ["p10", "d100", "d101", "c10001", "c10002", "c10003", "p11", "d110", "c11001"];
    expect(ids).toEqual(new Set(expected.map((key) => tree[key])));
  });

  it("answers a unit out of scope exactly like a unit that does not exist (what the dashboard shows as 404)", async () => {
    // resolveDashboardUnit: getUnitByCode(code, month), then canAccessUnit → notFound().
    const resolve = async (user: ActionUser, code: string, month: Month) => {
      const unit = await getUnitByCode(code, month);
      if (!unit) return "notInMonth";
      return (await canAccessUnit(user, unit.id, month)) ? unit.name : "notFound";
    };
    const staff = actors.COMMUNE_STAFF;
    expect(await resolve(staff, "20001", SEPT)).toBe("Xã An Bình");
    expect(await resolve(staff, "22001", SEPT)).toBe("notFound");
    expect(await resolve(staff, "10", SEPT)).toBe("notFound");
    expect(await resolve(staff, "VN", SEPT)).toBe("notFound");
    expect(await resolve(actors.PROVINCIAL_OFFICIAL, "12", JUNE)).toBe("notFound");
    expect(await resolve(actors.PROVINCIAL_OFFICIAL, "10", JUNE)).toBe("Tỉnh Mười cũ");
    expect(await resolve(actors.ADMIN, "22001", SEPT)).toBe("Xã Tây Mới");
  });

  it.each([
    { role: "PROVINCIAL_OFFICIAL" as Role, unit: "c20002" as UnitKey, allowed: true },
    { role: "PROVINCIAL_OFFICIAL" as Role, unit: "d110" as UnitKey, allowed: true },
    { role: "PROVINCIAL_OFFICIAL" as Role, unit: "c22001" as UnitKey, allowed: false },
    { role: "PROVINCIAL_OFFICIAL" as Role, unit: "p12" as UnitKey, allowed: false },
    { role: "PROVINCIAL_OFFICIAL" as Role, unit: "vn" as UnitKey, allowed: false },
    { role: "COMMUNE_STAFF" as Role, unit: "c20001" as UnitKey, allowed: true },
    { role: "COMMUNE_STAFF" as Role, unit: "c20002" as UnitKey, allowed: false },
    { role: "ADMIN" as Role, unit: "c22001" as UnitKey, allowed: true },
  ])("canManageUnit: $role on $unit → $allowed", async ({ role, unit, allowed }) => {
    expect(await canManageUnit(actors[role], tree[unit])).toBe(allowed);
  });
});

describe("listUsersInScope and getAuditEntries: only the actor's units", () => {
  let insideUser: string;
  let outsideUser: string;

  beforeAll(async () => {
    insideUser = (await createTestUser(db, { username: "scope.inside", role: "COMMUNE_STAFF", scopeUnitId: tree.c20002 })).username;
    outsideUser = (await createTestUser(db, { username: "scope.outside", role: "COMMUNE_STAFF", scopeUnitId: tree.c22001 })).username;
    await db.auditEntry.createMany({
      data: [
        { action: "user.create", entityType: "user", entityId: "marker-inside", unitId: tree.c20002 },
        { action: "user.create", entityType: "user", entityId: "marker-outside", unitId: tree.c22001 },
      ],
    });
  });

  it.each([
    { role: "ADMIN" as Role, inside: true, outside: true },
    { role: "PROVINCIAL_OFFICIAL" as Role, inside: true, outside: false },
    { role: "COMMUNE_STAFF" as Role, inside: false, outside: false }, // c20002 is another commune
  ])("$role: users and audit entries inside → $inside, outside → $outside", async ({ role, inside, outside }) => {
    const before = await snapshot();
    const usernames = (await listUsersInScope(actors[role])).map((user) => user.username);
    expect(usernames.includes(insideUser)).toBe(inside);
    expect(usernames.includes(outsideUser)).toBe(outside);

    const { entries } = await getAuditEntries(actors[role], { action: null, page: 1 });
    const markers = entries.map((entry) => entry.entity_id);
    expect(markers.includes("marker-inside")).toBe(inside);
    expect(markers.includes("marker-outside")).toBe(outside);
    expect(await snapshot()).toBe(before);
  });
});
