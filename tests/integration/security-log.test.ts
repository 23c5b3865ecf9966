// Writes refused by permission or scope are recorded in the security log (`security_event`):
// who, which action, why, the unit and ids named, the address, when. The refused call still
// changes nothing else. The log is rate-limited per user (at most SECURITY_EVENTS_PER_MINUTE rows a
// minute, the rest counted on the latest row), also under parallel refusals, and administrators
// read it newest first.
import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { runAuthedAction, type ActionUser } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import { getSecurityEvents } from "@/lib/queries/get-security-events";
import {
  recordSecurityEvent,
  SECURITY_EVENTS_PER_MINUTE,
  type SecurityEvent,
} from "@/lib/security/record-security-event";
import { createUserSpec } from "@/lib/users/create-user";
import { resetUserPasswordSpec } from "@/lib/users/reset-user-password";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser } from "../fixtures/users";
import { actionEnvironment, writtenRows } from "../helpers/action-environment";

const t = MESSAGES.vi;
let tree: ScopeTree;
let official: ActionUser;
let otherOfficial: ActionUser;
let communeStaff: ActionUser;
let outsider: ActionUser;

beforeAll(async () => {
  tree = await createScopeTree(db);
  official = await createTestUser(db, { username: "sl.official", role: "PROVINCIAL_OFFICIAL", scopeUnitId: tree.n10 });
  otherOfficial = await createTestUser(db, {
    username: "sl.colleague",
    role: "PROVINCIAL_OFFICIAL",
    scopeUnitId: tree.n10,
  });
  communeStaff = await createTestUser(db, { username: "sl.staff", role: "COMMUNE_STAFF", scopeUnitId: tree.c20001 });
  outsider = await createTestUser(db, { username: "sl.outsider", role: "COMMUNE_STAFF", scopeUnitId: tree.c22001 });
});

const newPassword = "mot-mat-khau-moi-dai";

/** The security log rows of a user, oldest first. */
const eventsOf = (user: ActionUser) =>
  db.securityEvent.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });

/** Everything a refused call must leave as it was: the tables actions write, and the accounts' rows. */
async function businessState() {
  return { rows: await writtenRows(), users: await db.user.findMany({ orderBy: { id: "asc" } }) };
}

async function refusedWithRecord(user: ActionUser, call: () => ReturnType<typeof runAuthedAction>) {
  const before = await businessState();
  const recorded = await db.securityEvent.count({ where: { userId: user.id } });
  const result = await call();
  expect(result).toMatchObject({ ok: false, message: t.actions.refused });
  expect(await businessState()).toEqual(before);
  const events = await eventsOf(user);
  expect(events).toHaveLength(recorded + 1);
  return events.at(-1)!;
}

describe("the security log records refused writes", () => {
  it("records a refusal by permission: who, which action, why, the ids sent, the address", async () => {
    const input = {
      username: "by.staff",
      name: "Nguyễn Văn A",
      role: "COMMUNE_STAFF",
      scopeUnitId: String(tree.c20001),
      password: newPassword,
    };
    const calledAt = Date.now();
    const event = await refusedWithRecord(communeStaff, () =>
      runAuthedAction(createUserSpec, input, actionEnvironment(communeStaff)),
    );
    expect(event).toMatchObject({
      username: "sl.staff",
      action: "user.create",
      reason: "permission",
      unitId: null,
      target: { scopeUnitId: String(tree.c20001) },
      ip: "192.0.2.10",
      userAgent: "vitest",
      suppressed: 0,
    });
    expect(event.at.getTime()).toBeGreaterThanOrEqual(calledAt);
    expect(event.at.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("records a refusal by scope with the unit attempted, from a form as posted", async () => {
    const form = new FormData();
    form.set("userId", outsider.id);
    form.set("password", newPassword);
    form.set("$ACTION_ID_0123", "");
    const event = await refusedWithRecord(official, () =>
      runAuthedAction(resetUserPasswordSpec, form, actionEnvironment(official)),
    );
    expect(event).toMatchObject({
      action: "user.reset_password",
      reason: "out_of_scope",
      unitId: tree.c22001,
      target: { userId: outsider.id },
    });
  });

  it("records a refusal for an object that does not exist", async () => {
    const missing = randomUUID();
    const input = { userId: missing, password: newPassword };
    const event = await refusedWithRecord(official, () =>
      runAuthedAction(resetUserPasswordSpec, input, actionEnvironment(official)),
    );
    expect(event).toMatchObject({
      action: "user.reset_password",
      reason: "not_found",
      unitId: null,
      target: { userId: missing },
    });
  });

  it("records a refusal decided inside the action (a role the official may not manage)", async () => {
    const input = { userId: otherOfficial.id, password: newPassword };
    const event = await refusedWithRecord(official, () =>
      runAuthedAction(resetUserPasswordSpec, input, actionEnvironment(official)),
    );
    expect(event).toMatchObject({ action: "user.reset_password", reason: "permission", unitId: tree.n10 });
  });

  it("records a user who must change their password trying anything else", async () => {
    const pending = { ...official, mustChangePassword: true };
    const input = { userId: otherOfficial.id, password: newPassword };
    const event = await refusedWithRecord(official, () =>
      runAuthedAction(resetUserPasswordSpec, input, actionEnvironment(pending)),
    );
    expect(event).toMatchObject({ reason: "password_change_required", unitId: null });
  });

  it("records nothing for invalid input or an allowed change", async () => {
    const before = await db.securityEvent.count();
    const invalid = await runAuthedAction(
      resetUserPasswordSpec,
      { userId: "x", password: "short" },
      actionEnvironment(official),
    );
    expect(invalid.message).toBe(t.actions.invalidInput);
    const allowed = await runAuthedAction(
      resetUserPasswordSpec,
      { userId: communeStaff.id, password: newPassword },
      actionEnvironment(official),
    );
    expect(allowed.ok).toBe(true);
    expect(await db.securityEvent.count()).toBe(before);
  });
});

describe("the security log cannot be flooded", () => {
  const event = (user: ActionUser): SecurityEvent => ({
    user,
    action: "report.save",
    reason: "out_of_scope",
    unitId: tree.c22001,
    target: { unitCode: "22001", month: "2025-08" },
    origin: { ip: "198.51.100.7", userAgent: "flood" },
  });

  it("keeps at most the limit of rows per user in any minute and counts the rest on the latest row", async () => {
    const flooder = await createTestUser(db, {
      username: "sl.flooder",
      role: "COMMUNE_STAFF",
      scopeUnitId: tree.c20001,
    });
    const start = new Date("2026-11-30T08:00:00Z");
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    const outcomes = [];
    for (let i = 0; i < SECURITY_EVENTS_PER_MINUTE + 5; i++)
      outcomes.push(await recordSecurityEvent(db, event(flooder), at(i)));
    expect(outcomes.filter((outcome) => outcome === "recorded")).toHaveLength(SECURITY_EVENTS_PER_MINUTE);
    let rows = await eventsOf(flooder);
    expect(rows).toHaveLength(SECURITY_EVENTS_PER_MINUTE);
    expect(rows.map((row) => row.suppressed)).toEqual([...Array(SECURITY_EVENTS_PER_MINUTE - 1).fill(0), 5]);

    // Another user is recorded meanwhile; the flooder again once the first row is a minute old.
    expect(await recordSecurityEvent(db, event(outsider), at(30))).toBe("recorded");
    expect(await recordSecurityEvent(db, event(flooder), at(59))).toBe("suppressed");
    expect(await recordSecurityEvent(db, event(flooder), at(60))).toBe("recorded");
    rows = await eventsOf(flooder);
    expect(rows).toHaveLength(SECURITY_EVENTS_PER_MINUTE + 1);
    expect(rows.reduce((sum, row) => sum + row.suppressed, 0)).toBe(6);
  });

  it("holds the limit when many refusals of one user arrive at once", async () => {
    const burst = await createTestUser(db, { username: "sl.burst", role: "COMMUNE_STAFF", scopeUnitId: tree.c20001 });
    const now = new Date("2026-11-30T09:00:00Z");
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => recordSecurityEvent(db, event(burst), now)));
    expect(outcomes.filter((outcome) => outcome === "recorded")).toHaveLength(SECURITY_EVENTS_PER_MINUTE);
    const rows = await eventsOf(burst);
    expect(rows).toHaveLength(SECURITY_EVENTS_PER_MINUTE);
    expect(rows.reduce((sum, row) => sum + row.suppressed, 0)).toBe(30 - SECURITY_EVENTS_PER_MINUTE);
  });

  it("limits refusals through the action wrapper the same way", async () => {
    const repeater = await createTestUser(db, {
      username: "sl.repeater",
      role: "COMMUNE_STAFF",
      scopeUnitId: tree.c20001,
    });
    const input = {
      username: "by.repeater",
      name: "Nguyễn Văn B",
      role: "COMMUNE_STAFF",
      scopeUnitId: String(tree.c20001),
      password: newPassword,
    };
    for (let i = 0; i < SECURITY_EVENTS_PER_MINUTE + 3; i++) {
      expect((await runAuthedAction(createUserSpec, input, actionEnvironment(repeater))).message).toBe(
        t.actions.refused,
      );
    }
    const rows = await eventsOf(repeater);
    expect(rows).toHaveLength(SECURITY_EVENTS_PER_MINUTE);
    expect(rows.at(-1)!.suppressed).toBe(3);
  });
});

describe("administrators read the security log", () => {
  it("lists the refusals newest first, with the unit named", async () => {
    const { events, pages } = await getSecurityEvents({ page: 1 });
    expect(pages).toBeGreaterThanOrEqual(1);
    const times = events.map((event) => event.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const scoped = events.find((event) => event.reason === "out_of_scope" && event.action === "user.reset_password");
    expect(scoped).toMatchObject({
      username: "sl.official",
      unit_code: "22001",
      unit_name: "Xã Tây Mới",
      target: { userId: outsider.id },
    });
  });
});
