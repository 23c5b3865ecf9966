// A process that uses the database closes it when asked to stop — SIGINT (Ctrl-C) or SIGTERM (kill,
// service managers, `npm run db:migrate` ending the Prisma CLI) — and then exits as the signal would
// have (128 + its number). For the embedded database (lib/embedded-db/open.ts), closing waits for it
// to be open and for the running transaction to finish; one still running after CLOSE_WAIT_MS (a
// seed, an import) is abandoned: it was never committed, and the database recovers from its
// write-ahead log on the next start, as after a kill -9. The handler runs when the event loop turns,
// which PGlite's queries never do: long jobs let it turn between steps (prisma/seed/figures.ts).
import { constants } from "node:os";

const SIGNALS = ["SIGINT", "SIGTERM"] as const;
const CLOSE_WAIT_MS = 5000;

const globalForSignals = globalThis as unknown as { bhytCloseOnSignals?: true };

export function closeOnSignals(close: () => Promise<void>): void {
  if (globalForSignals.bhytCloseOnSignals) return;
  globalForSignals.bhytCloseOnSignals = true;
  let stopping = false;
  const stop = (signal: (typeof SIGNALS)[number]) => {
    if (stopping) return;
    stopping = true;
    const abandon = new Promise<"abandoned">((resolve) => setTimeout(resolve, CLOSE_WAIT_MS, "abandoned").unref());
    Promise.race([close().then(() => "closed" as const), abandon])
      .then(
        (outcome) => {
          if (outcome === "abandoned") {
            console.error(
              `${signal}: stopped without closing the database: it was still opening, or a transaction was ` +
                "running, which is not committed.",
            );
          }
        },
        (error: unknown) => console.error(`${signal}: the database did not close cleanly.`, error),
      )
      .finally(() => process.exit(128 + constants.signals[signal]));
  };
  for (const signal of SIGNALS) process.on(signal, () => stop(signal));
}
