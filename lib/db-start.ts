// Runs when a server starts, dev or production (instrumentation.ts). The embedded database is opened
// before the first request: without one the server stops and says what to run (npm run db:setup),
// rather than serve pages over a database that has no tables, and one that cannot be opened stops
// it too, with the way to recover. Either database is closed when the server is asked to stop
// (SIGINT, SIGTERM; lib/close-on-signal.ts). `npm run dev`, `start` and `demo` set
// NEXT_MANUAL_SIG_HANDLE=true so that Next.js leaves these signals to the app: its own handler
// exits as soon as the HTTP server has closed, before the database could be.
import "server-only";

import { closeOnSignals } from "@/lib/close-on-signal";
import { db } from "@/lib/db";
import { usesPostgresServer } from "@/lib/db-adapter";
import { EmbeddedDatabaseError } from "@/lib/embedded-db/errors";

export async function openDatabaseOnStart(): Promise<void> {
  if (usesPostgresServer()) {
    closeOnSignals(() => db.$disconnect());
    return;
  }
  try {
    await db.$connect();
  } catch (error) {
    if (!(error instanceof EmbeddedDatabaseError)) throw error;
    console.error(`[start] ${error.message}`);
    process.exit(1);
  }
}
