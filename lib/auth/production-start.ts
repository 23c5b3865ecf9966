// Checks run once when the production server starts (instrumentation.ts): a session secret is
// configured, TRUSTED_PROXIES (if set) lists only addresses and ranges, and no demo account keeps
// its published password. Any of them failing stops the server.
import "server-only";
import { db } from "@/lib/db";
import { TrustedProxiesError, configuredTrustedProxies } from "./client-address";
import { DemoPasswordsError, assertNoDemoPasswords } from "./demo-passwords";
import { MissingAuthSecretError, resolveAuthSecret } from "./secret";

export async function checkProductionStart(): Promise<void> {
  try {
    resolveAuthSecret();
    configuredTrustedProxies();
    await assertNoDemoPasswords(db);
  } catch (error) {
    if (error instanceof MissingAuthSecretError || error instanceof TrustedProxiesError || error instanceof DemoPasswordsError) {
      console.error(`[start] ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
