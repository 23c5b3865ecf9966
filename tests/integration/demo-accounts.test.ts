// The demo accounts: one per role on the demo units, able to sign in; and production refuses to
// start while any of them keeps its published password, unless ALLOW_DEMO_PASSWORDS=1.
import type { UnitKind } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";

import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { assertNoDemoPasswords, DemoPasswordsError, findUnchangedDemoPasswords } from "@/lib/auth/demo-passwords";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { setCredentialPassword } from "@/lib/users/credentials";

import { seedDemoAccounts } from "../../prisma/seed/accounts";

beforeAll(async () => {
  const unit = (code: string, kind: UnitKind, level: number, from: string, to: string | null) =>
    db.unit.create({
      data: {
        code,
        name: `Unit ${code}`,
        kind,
        level,
        validFrom: new Date(`${from}T00:00:00Z`),
        validTo: to ? new Date(`${to}T00:00:00Z`) : null,
      },
    });
  await unit("VN", "COUNTRY", 0, "2000-01-01", null);
  await unit("24", "PROVINCE", 1, "2025-07-01", null);
  await unit("24", "PROVINCE", 1, "2000-01-01", "2025-07-01"); // the same code in the old structure
  await unit("95", "PROVINCE", 1, "2000-01-01", "2025-07-01");
  await unit("222", "TOWN", 2, "2000-01-01", "2025-07-01");
  await unit("07765", "COMMUNE", 3, "2000-01-01", "2025-07-01");
  await unit("07777", "WARD", 2, "2025-07-01", null);
  expect(await seedDemoAccounts(db)).toBe(DEMO_ACCOUNTS.length);
});

describe("demo accounts", () => {
  it("creates one account per role, on the unit of the right structure", async () => {
    const users = await db.user.findMany({ include: { scopeUnit: true } });
    expect(new Set(users.map((user) => user.role))).toEqual(
      new Set(["ADMIN", "PROVINCIAL_OFFICIAL", "DISTRICT_OFFICER", "COMMUNE_STAFF", "LEADER"]),
    );
    const bacNinh = users.find((user) => user.username === "tinh.bacninh")!;
    expect(bacNinh.scopeUnit).toMatchObject({ code: "24", validTo: null });
  });

  it("signs in with the published password", async () => {
    const outcome = await signInWithPassword(
      { username: "phuong.vietyen", password: "demo-phuongvietyen-2025" },
      new Headers(),
      {
        sleep: async () => {},
      },
    );
    expect(outcome).toMatchObject({ ok: true, user: { scopeUnit: { code: "07777" } } });
  });

  it("refuses a production start while published passwords remain, unless allowed", async () => {
    expect(await findUnchangedDemoPasswords(db)).toHaveLength(DEMO_ACCOUNTS.length);
    await expect(assertNoDemoPasswords(db, {})).rejects.toBeInstanceOf(DemoPasswordsError);
    await expect(assertNoDemoPasswords(db, { ALLOW_DEMO_PASSWORDS: "1" })).resolves.toBeUndefined();

    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({ where: { username: account.username } });
      if (account.username === "lanhdao") await db.user.update({ where: { id: user.id }, data: { active: false } });
      else await setCredentialPassword(db, user.id, `${account.password}-changed`);
    }
    expect(await findUnchangedDemoPasswords(db)).toEqual([]);
    await expect(assertNoDemoPasswords(db, {})).resolves.toBeUndefined();
  });
});
