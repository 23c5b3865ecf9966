// Runs when a server starts, dev or production (instrumentation.ts): the embedded database is opened
// before the first request. Without one the server stops and says what to run (npm run db:setup),
// rather than serving pages over a database that has no tables; a database that cannot be opened
// stops it too, with the way to recover. A PostgreSQL server is still connected on first use.
import "server-only";
import { db } from "@/lib/db";
import { usesPostgresServer } from "@/lib/db-adapter";
import { EmbeddedDatabaseError } from "./errors";

export async function openEmbeddedDatabaseOnStart(): Promise<void> {
  if (usesPostgresServer()) return;
  try {
    await db.$connect();
  } catch (error) {
    if (!(error instanceof EmbeddedDatabaseError)) throw error;
    console.error(`[start] ${error.message}`);
    process.exit(1);
  }
}
