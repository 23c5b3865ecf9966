// Passwords as better-auth stores them: an `account` row with providerId "credential" per user,
// holding better-auth's scrypt hash. Written here (inside the caller's transaction) when an
// account is created or a password is set, so that the change and its audit entry commit together.
import { randomUUID } from "node:crypto";

import { hashPassword, verifyPassword } from "better-auth/crypto";

import type { DbClient } from "@/lib/db-client";

const CREDENTIAL_PROVIDER = "credential";

export async function setCredentialPassword(client: DbClient, userId: string, password: string): Promise<void> {
  const hash = await hashPassword(password);
  await client.account.upsert({
    where: { providerId_accountId: { providerId: CREDENTIAL_PROVIDER, accountId: userId } },
    create: { id: randomUUID(), providerId: CREDENTIAL_PROVIDER, accountId: userId, userId, password: hash },
    update: { password: hash },
  });
}

export async function verifyCredentialPassword(client: DbClient, userId: string, password: string): Promise<boolean> {
  const account = await client.account.findUnique({
    where: { providerId_accountId: { providerId: CREDENTIAL_PROVIDER, accountId: userId } },
    select: { password: true },
  });
  return account?.password ? verifyPassword({ hash: account.password, password }) : false;
}
