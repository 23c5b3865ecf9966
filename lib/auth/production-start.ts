// Checks run once when the production server starts (instrumentation.ts): a session secret is
// configured, TRUSTED_PROXIES (if set) lists only addresses and ranges, no demo account keeps its
// published password, and the clock is not pinned unless that is allowed (lib/clock.ts). Any of
// them failing stops the server.
import "server-only";

import { assertClockAllowed, PinnedClockError } from "@/lib/clock";
import { db } from "@/lib/db";

import { configuredTrustedProxies, TrustedProxiesError } from "./client-address";
import { assertNoDemoPasswords, DemoPasswordsError } from "./demo-passwords";
import { MissingAuthSecretError, resolveAuthSecret } from "./secret";

export async function checkProductionStart(): Promise<void> {
  try {
    assertClockAllowed();
    resolveAuthSecret();
    configuredTrustedProxies();
    await assertNoDemoPasswords(db);
  } catch (error) {
    if (
      error instanceof MissingAuthSecretError ||
      error instanceof TrustedProxiesError ||
      error instanceof DemoPasswordsError ||
      error instanceof PinnedClockError
    ) {
      console.error(`[start] ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
