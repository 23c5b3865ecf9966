// The crash test's stand-in for the application (scripts/crash-test.ts). It opens the database the
// way the app does (lib/prisma-client.ts), checks that everything earlier processes committed is
// there, and with --write keeps committing batches of audit entries, each batch in one transaction
// and appended to the log only once committed, until it is stopped.
//   tsx scripts/crash-test/probe.ts <log file> [--write <seed>]
// Log lines: "seeded" (the demo seed reported success), "batch <number> <entries>" (committed).
// Prints "checked {…}" once the checks pass, then "writing"; exits 1 with the reason otherwise.
import { appendFileSync, readdirSync, readFileSync, writeSync } from "node:fs";
import path from "node:path";
import { setImmediate as nextEventLoopTurn } from "node:timers/promises";

import { Prisma } from "@prisma/client";

import { writeAuditEntries } from "../../lib/audit/write-audit-entry";
import { closeEmbeddedDatabases } from "../../lib/embedded-db/open";
import { createPrismaClient } from "../../lib/prisma-client";
import { between, randomFor } from "../../prisma/seed/prng";

const ENTITY = "crash-test";
const [logFile, mode, seed] = process.argv.slice(2);
if (!logFile || (mode !== undefined && (mode !== "--write" || seed === undefined))) {
  throw new Error("Usage: tsx scripts/crash-test/probe.ts <log file> [--write <seed>]");
}
const prisma = createPrismaClient();

type Log = { seeded: boolean; batches: Map<number, number> };

function readLog(): Log {
  const log: Log = { seeded: false, batches: new Map() };
  let text = "";
  try {
    text = readFileSync(logFile!, "utf8");
  } catch {
    return log;
  }
  // The text after the last newline is a line cut short by a kill, or nothing: only whole lines count.
  for (const line of text.split("\n").slice(0, -1)) {
    const [word, batch, entries] = line.split(" ");
    if (word === "seeded") log.seeded = true;
    if (word === "batch") log.batches.set(Number(batch), Number(entries));
  }
  return log;
}

/** The problems found; empty when the database holds everything that was committed. */
async function check(log: Log): Promise<{ problems: string[]; batches: number; entries: number }> {
  const problems: string[] = [];
  const migrations = readdirSync(path.join(__dirname, "../../prisma/migrations"), { withFileTypes: true }).filter((e) =>
    e.isDirectory(),
  );
  const [applied] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  if (applied!.n !== migrations.length) problems.push(`${applied!.n} of ${migrations.length} migrations applied`);

  const [seeded] = await prisma.$queryRaw<{ units: number; users: number; reports: number }[]>`
    SELECT (SELECT count(*)::int FROM unit) AS units, (SELECT count(*)::int FROM app_user) AS users,
           (SELECT count(*)::int FROM unit_month_report) AS reports`;
  const parts = [seeded!.units, seeded!.users, seeded!.reports];
  if (parts.some((n) => n > 0) && parts.some((n) => n === 0))
    problems.push(`a partial seed: ${JSON.stringify(seeded)}`);
  if (log.seeded && seeded!.units === 0) problems.push("the seed reported success but the database has no units");

  const rows = await prisma.$queryRaw<{ batch: number; entries: number; size: number }[]>`
    SELECT split_part(entity_id, ':', 1)::int AS batch, count(*)::int AS entries, max((after->>'size')::int) AS size
    FROM audit_entry WHERE entity_type = ${ENTITY} GROUP BY 1`;
  const found = new Map(rows.map((row) => [row.batch, row]));
  for (const row of rows) {
    if (row.entries !== row.size) problems.push(`batch ${row.batch} has ${row.entries} of its ${row.size} entries`);
  }
  for (const [batch, entries] of log.batches) {
    if (found.get(batch)?.entries !== entries)
      problems.push(`committed batch ${batch} (${entries} entries) is missing`);
  }
  return { problems, batches: rows.length, entries: rows.reduce((sum, row) => sum + row.entries, 0) };
}

async function writeBatches(random: () => number, firstBatch: number): Promise<never> {
  for (let batch = firstBatch; ; batch++) {
    const size = Math.floor(between(random, 1, 60));
    const records = Array.from({ length: size }, (_, i) => ({
      action: "auth.sign_in_failed" as const,
      entityType: ENTITY,
      entityId: `${batch}:${i}`,
      after: { size } satisfies Prisma.InputJsonValue,
    }));
    await prisma.$transaction((tx) =>
      writeAuditEntries(tx, { userId: null, username: ENTITY }, { ip: null, userAgent: null }, records),
    );
    appendFileSync(logFile!, `batch ${batch} ${size}\n`);
    // Queries on PGlite resolve without returning to the event loop, which would otherwise never
    // see a signal; in the app, writes come from requests, which are events.
    await nextEventLoopTurn();
  }
}

async function main(): Promise<void> {
  const log = readLog();
  const result = await check(log);
  if (result.problems.length > 0) {
    console.error(`Lost or partial writes:\n  ${result.problems.join("\n  ")}`);
    process.exitCode = 1;
    return;
  }
  // Written straight to the descriptor: the parent may kill this process right after reading it.
  writeSync(1, `checked ${JSON.stringify({ batches: result.batches, entries: result.entries })}\n`);
  if (mode !== "--write") return;
  writeSync(1, "writing\n");
  const [next] = await prisma.$queryRaw<{ batch: number }[]>`
    SELECT coalesce(max(split_part(entity_id, ':', 1)::int), 0) + 1 AS batch FROM audit_entry WHERE entity_type = ${ENTITY}`;
  await writeBatches(randomFor("crash-test", seed!), next!.batch);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await prisma.$disconnect();
    await closeEmbeddedDatabases();
  });
