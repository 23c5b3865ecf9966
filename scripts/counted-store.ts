// `npm run store -- rebuild`: rebuilds the store of counted figures from the raw rows, for today's
// structure. `npm run store -- check`: compares the store with the raw rows and exits 1 on any
// difference, listing the first ones. The database is the one lib/db-adapter.ts picks.
import { checkCountedStore } from "../lib/counted-store/check";
import { rebuildCountedStore, todaysStructureDay } from "../lib/counted-store/rebuild";
import { closeEmbeddedDatabases } from "../lib/embedded-db/open";
import { createPrismaClient } from "../lib/prisma-client";

const TRANSACTION = { maxWait: 60_000, timeout: 3_600_000 };

async function main(): Promise<number> {
  const command = process.argv[2];
  if (process.argv.length !== 3 || (command !== "rebuild" && command !== "check")) {
    console.error("Usage: npm run store -- rebuild | check");
    return 1;
  }
  const prisma = createPrismaClient();
  try {
    const started = performance.now();
    if (command === "rebuild") {
      const built = await prisma.$transaction((tx) => rebuildCountedStore(tx, todaysStructureDay()), TRANSACTION);
      const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "–";
      console.log(
        `Rebuilt the store of counted figures in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
          `${built.months} months; today's structure from ${day(built.since)} until ${day(built.until)}.`,
      );
      return 0;
    }
    const differences = await prisma.$transaction((tx) => checkCountedStore(tx), TRANSACTION);
    const elapsed = `${((performance.now() - started) / 1000).toFixed(1)} s`;
    if (differences.length === 0) {
      console.log(`The store of counted figures equals the raw rows (checked in ${elapsed}).`);
      return 0;
    }
    console.error(`The store of counted figures differs from the raw rows (first ${differences.length}):`);
    console.table(differences);
    return 1;
  } finally {
    await prisma.$disconnect();
    await closeEmbeddedDatabases();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
