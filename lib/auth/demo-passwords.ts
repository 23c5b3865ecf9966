// Production must not run with the demo accounts' published passwords. Checked once at server
// start (instrumentation.ts); ALLOW_DEMO_PASSWORDS=1 allows it, for a demo.
import type { DbClient } from "@/lib/db-client";
import { verifyCredentialPassword } from "@/lib/users/credentials";

import { DEMO_ACCOUNTS } from "./demo-accounts";

export class DemoPasswordsError extends Error {}

/** Usernames of active demo accounts that still have their published password. */
export async function findUnchangedDemoPasswords(client: DbClient): Promise<string[]> {
  const unchanged: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const user = await client.user.findUnique({
      where: { username: account.username },
      select: { id: true, active: true },
    });
    if (user?.active && (await verifyCredentialPassword(client, user.id, account.password)))
      unchanged.push(account.username);
  }
  return unchanged;
}

export async function assertNoDemoPasswords(
  client: DbClient,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<void> {
  if (env.ALLOW_DEMO_PASSWORDS === "1") return;
  const unchanged = await findUnchangedDemoPasswords(client);
  if (unchanged.length > 0) {
    throw new DemoPasswordsError(
      `Refusing to start: the demo accounts ${unchanged.join(", ")} still have their published passwords. ` +
        "Change their passwords or deactivate them, or set ALLOW_DEMO_PASSWORDS=1 to run a demo.",
    );
  }
}
