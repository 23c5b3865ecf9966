// The audit log (`audit_entry`) and the security log (`security_event`) keep their rows: the
// database refuses UPDATE, DELETE and TRUNCATE (also a TRUNCATE cascaded from the users), except
// the one update the security log's rate limit makes (raising `suppressed`). The demo reset
// (`npm run db:seed -- --reset`, prisma/seed/reset.ts) is the documented way to empty them: it
// works, keeps everything if the reseed fails, and leaves the guards on.
import { beforeAll, describe, expect, it } from "vitest";

import type { ActionUser } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { deleteSeededData } from "@/prisma/seed/reset";

import { createScopeTree } from "../fixtures/scope-tree";
import { createTestUser } from "../fixtures/users";

let user: ActionUser;
let auditId: number;
let eventId: number;

beforeAll(async () => {
  const tree = await createScopeTree(db);
  user = await createTestUser(db, { username: "log.keeper", role: "ADMIN", scopeUnitId: tree.vn });
  auditId = (
    await db.auditEntry.create({
      data: { userId: user.id, username: user.username, action: "user.create", unitId: tree.vn },
    })
  ).id;
  eventId = (
    await db.securityEvent.create({
      data: {
        userId: user.id,
        username: user.username,
        action: "user.create",
        reason: "permission",
        target: { scopeUnitId: "7" },
      },
    })
  ).id;
});

const APPEND_ONLY = /^(audit_entry|security_event) is append-only: (UPDATE|DELETE|TRUNCATE) is not allowed$/;
const AUDIT_APPEND_ONLY = /^audit_entry is append-only: (UPDATE|DELETE|TRUNCATE) is not allowed$/;
const SECURITY_APPEND_ONLY = /^security_event is append-only: (UPDATE|DELETE|TRUNCATE) is not allowed$/;

/**
 * The database's own message for a statement that fails (the PGlite adapter keeps it in the
 * error's meta, not in its message), so that a refusal is told apart from any other failure.
 */
async function failureOf(statement: () => Promise<unknown>): Promise<string> {
  try {
    await statement();
  } catch (error) {
    const meta = (error as { meta?: { driverAdapterError?: { cause?: { message?: string } } } }).meta;
    return meta?.driverAdapterError?.cause?.message ?? (error as Error).message;
  }
  return "no failure";
}

async function logRows() {
  return {
    audit: await db.auditEntry.findMany({ orderBy: { id: "asc" } }),
    security: await db.securityEvent.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("the audit log is append-only", () => {
  it.each([
    ["UPDATE", () => db.$executeRaw`UPDATE audit_entry SET action = 'user.deactivate'`],
    ["DELETE", () => db.$executeRaw`DELETE FROM audit_entry`],
    ["TRUNCATE", () => db.$executeRaw`TRUNCATE audit_entry`],
    ["TRUNCATE … RESTART IDENTITY", () => db.$executeRaw`TRUNCATE audit_entry RESTART IDENTITY`],
  ])("refuses %s and keeps every row", async (_statement, run) => {
    const before = await logRows();
    expect(await failureOf(run)).toMatch(AUDIT_APPEND_ONLY);
    expect(await logRows()).toEqual(before);
  });
});

describe("the security log keeps its rows", () => {
  it.each([
    ["UPDATE of what was recorded", () => db.$executeRaw`UPDATE security_event SET reason = 'not_found'`],
    [
      "UPDATE that lowers the suppressed count",
      () => db.$executeRaw`UPDATE security_event SET suppressed = suppressed - 1`,
    ],
    [
      "UPDATE of the count together with another column",
      () => db.$executeRaw`UPDATE security_event SET suppressed = suppressed + 1, ip = '203.0.113.9'`,
    ],
    ["DELETE", () => db.$executeRaw`DELETE FROM security_event`],
    ["TRUNCATE", () => db.$executeRaw`TRUNCATE security_event`],
  ])("refuses %s", async (_statement, run) => {
    const before = await logRows();
    expect(await failureOf(run)).toMatch(SECURITY_APPEND_ONLY);
    expect(await logRows()).toEqual(before);
  });

  it("allows the one update the rate limit makes: raising the suppressed count", async () => {
    await db.securityEvent.update({ where: { id: eventId }, data: { suppressed: { increment: 2 } } });
    expect((await db.securityEvent.findUniqueOrThrow({ where: { id: eventId } })).suppressed).toBe(2);
  });
});

it("refuses a TRUNCATE of the users cascading to both logs", async () => {
  const before = await logRows();
  expect(await failureOf(() => db.$executeRaw`TRUNCATE app_user CASCADE`)).toMatch(APPEND_ONLY);
  expect(await logRows()).toEqual(before);
  expect(await db.user.count()).toBeGreaterThan(0);
});

describe("the demo reset is the one way to empty them", () => {
  it("keeps everything, guards included, when the reseed after it fails", async () => {
    const before = await logRows();
    await expect(
      db.$transaction(async (tx) => {
        await deleteSeededData(tx);
        throw new Error("the reseed failed");
      }),
    ).rejects.toThrow("the reseed failed");
    expect(await logRows()).toEqual(before);
    expect((await db.auditEntry.findUniqueOrThrow({ where: { id: auditId } })).action).toBe("user.create");
    expect(await failureOf(() => db.$executeRaw`TRUNCATE audit_entry`)).toMatch(AUDIT_APPEND_ONLY);
  });

  it("empties both logs and every seeded table, and leaves the guards on", async () => {
    await db.$transaction((tx) => deleteSeededData(tx));
    expect(await logRows()).toEqual({ audit: [], security: [] });
    expect(await db.user.count()).toBe(0);
    expect(await db.unit.count()).toBe(0);

    // Identities restart, and the next entries are as protected as the first ones were.
    const tree = await createScopeTree(db);
    const again = await createTestUser(db, { username: "log.keeper", role: "ADMIN", scopeUnitId: tree.vn });
    const entry = await db.auditEntry.create({
      data: { userId: again.id, username: again.username, action: "user.create" },
    });
    expect(entry.id).toBe(1);
    await db.securityEvent.create({
      data: { userId: again.id, username: again.username, action: "user.create", reason: "permission" },
    });
    expect(await failureOf(() => db.$executeRaw`TRUNCATE audit_entry`)).toMatch(AUDIT_APPEND_ONLY);
    expect(await failureOf(() => db.$executeRaw`DELETE FROM audit_entry`)).toMatch(AUDIT_APPEND_ONLY);
    expect(await failureOf(() => db.$executeRaw`TRUNCATE security_event`)).toMatch(SECURITY_APPEND_ONLY);
    expect(await failureOf(() => db.$executeRaw`DELETE FROM security_event`)).toMatch(SECURITY_APPEND_ONLY);
  });
});
