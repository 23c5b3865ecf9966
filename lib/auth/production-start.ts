// Checks run once when the production server starts (instrumentation.ts): a session secret is
// configured, and no demo account keeps its published password. Either failing stops the server.
import "server-only";
import { db } from "@/lib/db";
import { DemoPasswordsError, assertNoDemoPasswords } from "./demo-passwords";
import { MissingAuthSecretError, resolveAuthSecret } from "./secret";

export async function checkProductionStart(): Promise<void> {
  try {
    resolveAuthSecret();
    await assertNoDemoPasswords(db);
  } catch (error) {
    if (error instanceof MissingAuthSecretError || error instanceof DemoPasswordsError) {
      console.error(`[start] ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
