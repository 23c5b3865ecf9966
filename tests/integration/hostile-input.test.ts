// Hostile text as data: names holding HTML/script and SQL-looking strings are stored and returned
// verbatim (rendering escapes them: tests/e2e/security.spec.ts) or refused with a Vietnamese
// message; SQL-looking filters match nothing and execute nothing; every table is intact afterwards.
import { beforeAll, describe, expect, it } from "vitest";

import { runAuthedAction, type ActionUser } from "@/lib/actions/authed-action";
import { isAuditAction, type AuditAction } from "@/lib/audit/actions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import { wordIssue } from "@/lib/i18n/word-issue";
import type { Month } from "@/lib/period";
import { getAuditEntries } from "@/lib/queries/get-audit-entries";
import { listUsersInScope } from "@/lib/queries/get-users-in-scope";
import { getUnitByCode, getUnitsWithCode } from "@/lib/queries/units";
import { createUserSpec } from "@/lib/users/create-user";
import { monthSchema, monthWithin } from "@/lib/validation/period";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser } from "../fixtures/users";
import { actionEnvironment, writtenRows } from "../helpers/action-environment";

const t = MESSAGES.vi;
const SCRIPT = "<script>alert(1)</script>";
const DROP = "'; DROP TABLE unit; --";
const OR_TRUE = "1 OR 1=1";
const HOSTILE = [SCRIPT, DROP, OR_TRUE, `x' OR '1'='1`, `"); DELETE FROM app_user; --`];
const USERNAME_RULE = /^Tên đăng nhập gồm 3–30 ký tự/;

let tree: ScopeTree;
let admin: ActionUser;

beforeAll(async () => {
  tree = await createScopeTree(db);
  admin = await createTestUser(db, { username: "hostile.admin", role: "ADMIN", scopeUnitId: tree.vn });
});

/** Row counts of every table a hostile string could hit, to show that nothing was dropped or emptied. */
async function tableCounts() {
  const [units, closure, successions, users, accounts, audit] = await Promise.all([
    db.unit.count(),
    db.unitClosure.count(),
    db.unitSuccession.count(),
    db.user.count(),
    db.account.count(),
    db.auditEntry.count(),
  ]);
  return { units, closure, successions, users, accounts, audit };
}

function createUser(username: string, name: string) {
  return runAuthedAction(
    createUserSpec,
    { username, name, role: "COMMUNE_STAFF", scopeUnitId: String(tree.c20001), password: "mat-khau-ban-dau" },
    actionEnvironment(admin),
  );
}

describe("hostile names and usernames in user creation", () => {
  it.each(HOSTILE)("refuses the username %j with the Vietnamese rule, writing nothing", async (username) => {
    const before = await writtenRows();
    const result = await createUser(username, "Nguyễn Văn A");
    expect(result.ok).toBe(false);
    expect(result.message).toBe(t.actions.invalidInput);
    expect(result.fieldErrors.username?.[0]).toMatch(USERNAME_RULE);
    expect(await writtenRows()).toEqual(before);
  });

  it.each(HOSTILE.map((text, i) => [text, `hostile.name${i}`]))(
    "stores the full name %j verbatim",
    async (name, username) => {
      const before = await tableCounts();
      const result = await createUser(username, name);
      expect(result).toMatchObject({ ok: true, message: `Đã tạo tài khoản ${username}.` });
      expect((await db.user.findUniqueOrThrow({ where: { username } })).name).toBe(name);
      const listed = (await listUsersInScope(admin)).find((user) => user.username === username);
      expect(listed?.name).toBe(name);
      const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "user.create", entityId: listed?.id } });
      expect(entry.after).toMatchObject({ name });
      expect(await tableCounts()).toEqual({
        ...before,
        users: before.users + 1,
        accounts: before.accounts + 1,
        audit: before.audit + 1,
      });
    },
  );

  it("finds no one when signing in with a SQL-looking username, and keeps the users table", async () => {
    const before = await db.user.count();
    for (const username of [DROP, OR_TRUE, `hostile.admin' --`]) {
      const outcome = await signInWithPassword({ username, password: `' OR '1'='1` }, new Headers(), {
        sleep: async () => {},
      });
      expect(outcome.ok).toBe(false);
    }
    expect(await db.user.count()).toBe(before);
    expect(await db.user.findUnique({ where: { username: "hostile.admin" } })).not.toBeNull();
  });
});

describe("hostile unit names and codes", () => {
  it("returns a unit name holding script and SQL verbatim", async () => {
    const parent = await db.unit.findUniqueOrThrow({ where: { id: tree.n10 } });
    const created = await db.unit.create({
      data: {
        code: "29999",
        name: `${SCRIPT} ${DROP}`,
        kind: "COMMUNE",
        level: 2,
        parentId: parent.id,
        validFrom: parent.validFrom,
      },
    });
    const unit = await getUnitByCode("29999", "2025-09" as Month);
    expect(unit).toMatchObject({ id: created.id, name: `${SCRIPT} ${DROP}` });
    await db.unit.delete({ where: { id: created.id } });
  });

  it.each([DROP, OR_TRUE, `10' OR '1'='1`, "%", "_", "10%", SCRIPT])(
    "matches no unit for the code %j and drops nothing",
    async (code) => {
      const before = await tableCounts();
      expect(await getUnitByCode(code, "2025-09" as Month)).toBeNull();
      expect(await getUnitByCode(code, "2025-06" as Month)).toBeNull();
      expect(await getUnitsWithCode(code)).toEqual([]);
      expect(await tableCounts()).toEqual(before);
    },
  );

  it("still finds units by their real code afterwards", async () => {
    expect((await getUnitsWithCode("10")).map((unit) => unit.name)).toEqual(["Tỉnh Mười mới", "Tỉnh Mười cũ"]);
  });
});

describe("hostile filters", () => {
  it.each([DROP, OR_TRUE, `user.create' OR '1'='1`, SCRIPT])(
    "the audit action filter %j is no audit action and matches nothing",
    async (action) => {
      expect(isAuditAction(action)).toBe(false);
      const before = await tableCounts();
      expect(await db.auditEntry.count()).toBeGreaterThan(0);
      // Past the page's own check (isAuditAction), the query still treats it as a value.
      const result = await getAuditEntries(admin, { action: action as AuditAction, page: 1 });
      expect(result.entries).toEqual([]);
      expect(result.pages).toBe(1);
      expect(await tableCounts()).toEqual(before);
    },
  );

  it.each([`2025-06'; DROP TABLE unit; --`, OR_TRUE, DROP, SCRIPT, "2025-13", "2025-6"])(
    "monthWithin falls back to the last reported month for %j, and monthSchema refuses it (worded in Vietnamese)",
    (month) => {
      const range = { first: "2025-01" as Month, last: "2025-09" as Month };
      expect(monthWithin(month, range)).toBe("2025-09");
      const parsed = monthSchema.safeParse(month);
      expect(parsed.success).toBe(false);
      expect(wordIssue(parsed.error!.issues[0]!, MESSAGES.vi)).toBe("Tháng phải có dạng YYYY-MM, ví dụ 2025-06");
    },
  );

  it("keeps a valid month within the range", () => {
    expect(monthWithin("2025-06", { first: "2025-01" as Month, last: "2025-09" as Month })).toBe("2025-06");
  });
});
