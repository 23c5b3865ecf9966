// The demo accounts (lib/auth/demo-accounts.ts), one per role, with their published passwords.
// Called by the demo seed after the units exist; each scope unit is found by code and the day its
// structure starts.
import { randomUUID } from "node:crypto";

import type { Prisma, PrismaClient } from "@prisma/client";

import { DEMO_ACCOUNTS } from "../../lib/auth/demo-accounts";
import { setCredentialPassword } from "../../lib/users/credentials";

export async function seedDemoAccounts(prisma: PrismaClient | Prisma.TransactionClient): Promise<number> {
  for (const account of DEMO_ACCOUNTS) {
    const validFrom = new Date(`${account.scope.validFrom}T00:00:00Z`);
    const unit = await prisma.unit.findUnique({
      where: { code_validFrom: { code: account.scope.code, validFrom } },
      select: { id: true },
    });
    if (!unit)
      throw new Error(
        `Demo account ${account.username}: no unit ${account.scope.code} valid from ${account.scope.validFrom}`,
      );
    const id = randomUUID();
    await prisma.user.create({
      data: {
        id,
        username: account.username,
        displayUsername: account.username,
        name: account.name,
        role: account.role,
        scopeUnitId: unit.id,
        phone: account.phone ?? null,
      },
    });
    await setCredentialPassword(prisma, id, account.password);
  }
  return DEMO_ACCOUNTS.length;
}
