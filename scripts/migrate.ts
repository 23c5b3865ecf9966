// Runs `prisma migrate deploy` and makes sure it ends, never before the database is closed.
// On the embedded database (PGlite) Prisma 6.19's CLI applies the migrations, prints its verdict and
// then never exits: it never closes its adapter, and an open PGlite keeps the process alive. Once the
// verdict is printed, the wrapper asks the CLI to stop (SIGTERM); the process that opened the
// database closes it first (lib/close-on-signal.ts) and exits with 143. On PostgreSQL
// the CLI exits by itself. A SIGINT or SIGTERM sent to the wrapper is passed on the same way.
import { spawn } from "node:child_process";
import { constants } from "node:os";

import { usesPostgresServer } from "../lib/db-adapter";

const SUCCESS = /All migrations have been successfully applied|No pending migrations to apply/;
const CLOSED_ON_REQUEST = 128 + constants.signals.SIGTERM;

const child = spawn(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
  stdio: ["ignore", "pipe", "inherit"],
  env: { CHECKPOINT_DISABLE: "1", ...process.env },
});

let succeeded = false;
child.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!succeeded && SUCCESS.test(chunk.toString())) {
    succeeded = true;
    if (!usesPostgresServer()) child.kill("SIGTERM");
  }
});

let interruptedBy: NodeJS.Signals | null = null;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    interruptedBy ??= signal;
    child.kill(signal);
  });
}

child.on("exit", (code, signal) => {
  if (interruptedBy) process.exit(128 + constants.signals[interruptedBy]);
  if (succeeded && (code === 0 || code === CLOSED_ON_REQUEST)) process.exit(0);
  if (signal) console.error(`prisma migrate deploy was ended by ${signal} before the database was closed.`);
  process.exit(code ?? 1);
});
