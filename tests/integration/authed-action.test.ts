// The one server-action wrapper: no session → sign-in; invalid input → Vietnamese field errors;
// no permission → refused; in every refusal nothing is written. Allowed → the change and its audit
// entry are written in one transaction, or neither is.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { defineAction, runAuthedAction, type ActionUser } from "@/lib/actions/authed-action";
import { db } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";
import { createUserSpec } from "@/lib/users/create-user";

import { createScopeTree, type ScopeTree } from "../fixtures/scope-tree";
import { createTestUser } from "../fixtures/users";
import { actionEnvironment, RedirectedToSignIn, writtenRows } from "../helpers/action-environment";

const t = MESSAGES.vi;
let tree: ScopeTree;
let admin: ActionUser;
let communeStaff: ActionUser;

beforeAll(async () => {
  tree = await createScopeTree(db);
  admin = await createTestUser(db, { username: "wrapper.admin", role: "ADMIN", scopeUnitId: tree.vn });
  communeStaff = await createTestUser(db, {
    username: "wrapper.staff",
    role: "COMMUNE_STAFF",
    scopeUnitId: tree.c10001,
  });
});

const newUser = (username: string) => ({
  username,
  name: "Nguyễn Văn A",
  role: "COMMUNE_STAFF",
  scopeUnitId: String(tree.c20001),
  password: "mot-mat-khau-dai",
});

describe("authedAction", () => {
  it("sends a request without a session to the sign-in page and writes nothing", async () => {
    const before = await writtenRows();
    await expect(
      runAuthedAction(createUserSpec, newUser("no.session"), actionEnvironment(null)),
    ).rejects.toBeInstanceOf(RedirectedToSignIn);
    expect(await writtenRows()).toEqual(before);
  });

  it("answers invalid input with Vietnamese field errors and writes nothing", async () => {
    const before = await writtenRows();
    const result = await runAuthedAction(
      createUserSpec,
      { username: "A!", name: "", role: "KING", scopeUnitId: "", password: "short" },
      actionEnvironment(admin),
    );
    expect(result.ok).toBe(false);
    expect(result.message).toBe(t.actions.invalidInput);
    expect(result.fieldErrors.username?.[0]).toMatch(/^Tên đăng nhập gồm 3–30 ký tự/);
    expect(result.fieldErrors.name).toEqual(["Vui lòng nhập họ và tên"]);
    expect(result.fieldErrors.role).toEqual(["Vui lòng chọn vai trò"]);
    expect(result.fieldErrors.scopeUnitId).toEqual(["Vui lòng chọn đơn vị phụ trách"]);
    expect(result.fieldErrors.password).toEqual(["Mật khẩu phải có ít nhất 10 ký tự"]);
    expect(await writtenRows()).toEqual(before);
  });

  it("refuses a user without the permission and writes nothing", async () => {
    const before = await writtenRows();
    const result = await runAuthedAction(createUserSpec, newUser("by.staff"), actionEnvironment(communeStaff));
    expect(result).toEqual({ ok: false, fieldErrors: {}, message: t.actions.refused });
    expect(await writtenRows()).toEqual(before);
  });

  it("refuses everything but a password change to a user who must change their password", async () => {
    const before = await writtenRows();
    const result = await runAuthedAction(
      createUserSpec,
      newUser("by.pending"),
      actionEnvironment({ ...admin, mustChangePassword: true }),
    );
    expect(result.message).toBe(t.actions.refused);
    expect(await writtenRows()).toEqual(before);
  });

  it("writes an allowed change with its audit entry, from FormData, and revalidates", async () => {
    const form = new FormData();
    for (const [name, value] of Object.entries(newUser("from.form"))) form.set(name, value);
    form.set("$ACTION_ID_abc", "");
    const revalidated: string[] = [];
    const result = await runAuthedAction(createUserSpec, form, actionEnvironment(admin, revalidated));
    expect(result).toEqual({ ok: true, fieldErrors: {}, message: "Đã tạo tài khoản from.form." });
    expect(revalidated).toEqual(["/admin/users"]);

    const created = await db.user.findUniqueOrThrow({ where: { username: "from.form" } });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "user.create", entityId: created.id } });
    expect(entry).toMatchObject({
      userId: admin.id,
      username: admin.username,
      ip: "192.0.2.10",
      userAgent: "vitest",
      unitId: tree.c20001,
    });
    expect(entry.after).toEqual({
      username: "from.form",
      name: "Nguyễn Văn A",
      role: "COMMUNE_STAFF",
      scopeUnitId: tree.c20001,
      active: true,
      phone: null,
    });
  });

  it("rolls the change back when its audit entry cannot be written (one transaction)", async () => {
    const spec = defineAction(
      "user.create",
      z.object({ username: z.string() }),
      "user:manage",
      async ({ username }, { tx }) => {
        await tx.user.create({
          data: { id: crypto.randomUUID(), username, name: "x", role: "LEADER", scopeUnitId: tree.vn },
        });
        return { audit: { action: "user.create", unitId: 2 ** 31 } }; // out of the column's range: the insert fails
      },
    );
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const before = await writtenRows();
    const result = await runAuthedAction(spec, { username: "rolled.back" }, actionEnvironment(admin));
    log.mockRestore();
    expect(result).toEqual({ ok: false, fieldErrors: {}, message: t.actions.failed });
    expect(await db.user.count({ where: { username: "rolled.back" } })).toBe(0);
    expect(await writtenRows()).toEqual(before);
  });

  it("logs unexpected errors on the server and never sends their text to the browser", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const spec = defineAction("user.create", z.object({}), "user:manage", async () => {
      throw new Error("connection to 10.0.0.5 refused: password authentication failed for user bhyt");
    });
    const result = await runAuthedAction(spec, {}, actionEnvironment(admin));
    expect(result.message).toBe(t.actions.failed);
    expect(JSON.stringify(result)).not.toContain("10.0.0.5");
    expect(log).toHaveBeenCalledWith(expect.stringContaining("[action] user.create failed"), expect.any(Error));
    log.mockRestore();
  });
});
