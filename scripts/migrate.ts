// Runs `prisma migrate deploy` and makes sure it ends.
// On the embedded database (PGlite) Prisma 6.19's CLI applies the migrations, prints its verdict and
// then never exits (nothing visible keeps its event loop alive; PostgreSQL is not affected). Every
// statement has been committed by the time the verdict is printed, so we wait briefly for a clean
// exit and otherwise end the process ourselves.
import { spawn } from "node:child_process";

const SUCCESS = /All migrations have been successfully applied|No pending migrations to apply/;
const GRACE_MS = 1500;

const child = spawn(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
  stdio: ["ignore", "pipe", "inherit"],
  env: { CHECKPOINT_DISABLE: "1", ...process.env },
});

let succeeded = false;
child.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!succeeded && SUCCESS.test(chunk.toString())) {
    succeeded = true;
    setTimeout(() => child.kill("SIGTERM"), GRACE_MS).unref();
  }
});

child.on("exit", (code) => {
  process.exit(succeeded ? 0 : (code ?? 1));
});
