// Seeds the demo data: `npm run db:seed [-- --if-empty | --reset]`.
//   (no flag)   seed an empty database; refuse (exit 1) if it already has units
//   --if-empty  seed only if the database is empty; otherwise say so and exit 0
//   --reset     delete all seeded data and seed again, in one transaction
// The database is the one lib/db-adapter.ts picks: DATABASE_URL, else PGlite in PGLITE_DIR.
import { EmbeddedDatabaseError } from "../lib/embedded-db/errors";
import { closeEmbeddedDatabases } from "../lib/embedded-db/open";
import { createPrismaClient } from "../lib/prisma-client";
import { seedDemoAccounts } from "./seed/accounts";
import { deleteSeededData } from "./seed/reset";
import { SEED_TRANSACTION_OPTIONS, writeDemoData, type SeedSummary } from "./seed/seed-demo";

type Mode = "seed" | "if-empty" | "reset";

const MODES: Readonly<Record<string, Mode>> = { "": "seed", "--if-empty": "if-empty", "--reset": "reset" };

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const mode = args.length <= 1 ? MODES[args[0] ?? ""] : undefined;
  if (mode === undefined) {
    console.error(`Unexpected arguments: ${args.join(" ")}\nUsage: npm run db:seed -- [--if-empty | --reset]`);
    return 1;
  }
  const prisma = createPrismaClient();
  try {
    const existingUnits = await prisma.unit.count();
    if (existingUnits > 0 && mode === "if-empty") {
      console.log("The database already has data; nothing seeded.");
      return 0;
    }
    if (existingUnits > 0 && mode === "seed") {
      console.error(
        `The database already has ${existingUnits} units: the demo seed only fills an empty database.\n` +
          "Run with --reset to delete all seeded data and seed again.",
      );
      return 1;
    }

    const started = performance.now();
    const summary = await prisma.$transaction(async (tx) => {
      if (mode === "reset") await deleteSeededData(tx);
      const data = await writeDemoData(tx);
      return { ...data, accounts: await seedDemoAccounts(tx) };
    }, SEED_TRANSACTION_OPTIONS);
    printSummary(summary, performance.now() - started);
    return 0;
  } finally {
    // The PGlite adapter leaves the embedded database open on $disconnect, and an open PGlite keeps
    // the process from exiting: close it too.
    await prisma.$disconnect();
    await closeEmbeddedDatabases();
  }
}

function printSummary(summary: SeedSummary & { accounts: number }, elapsedMs: number): void {
  const count = (value: number) => value.toLocaleString("en-US").padStart(9);
  console.log(
    [
      `Seeded the demo in ${(elapsedMs / 1000).toFixed(1)} s:`,
      `${count(summary.units)} units (${summary.closureRows.toLocaleString("en-US")} closure rows)`,
      `${count(summary.successions)} successions`,
      `${count(summary.groups)} participant groups`,
      `${count(summary.plans)} plans with ${summary.planTargets} targets`,
      `${count(summary.campaigns)} campaigns`,
      `${count(summary.reports)} monthly reports`,
      `${count(summary.figures)} enrollment figures`,
      `${count(summary.accounts)} demo accounts (passwords in README.md)`,
    ].join("\n  "),
  );
}

main().then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    console.error(error instanceof EmbeddedDatabaseError ? error.message : error);
    process.exitCode = 1;
  },
);
