// `npm run test:crash [-- --seed N] [--rounds N] [--writers N] [--app --port N]`
//
// Stops the processes that use the embedded database (PGlite) at random moments — SIGKILL, SIGTERM
// or SIGINT sent to the whole process group — and checks that every restart opens the database
// cleanly with every committed write present. Each round, in a new directory:
//   1. `npm run db:migrate` on a missing directory is stopped soon after it starts, while it creates
//      the database, or once the database is in place (migrations running); the directory then
//      holds no database or a whole one, never a part;
//   2. `npm run db:migrate` again, to the end;
//   3. `npm run db:seed` is stopped (one transaction: the demo is all there or not at all);
//   4. with --app (after `npm run build`): `npm start` on a missing directory refuses and creates
//      nothing; on the database it is stopped during its first start, started again until it
//      serves, then stopped (by SIGTERM or SIGINT, it must close the database first);
//   5. `--writers` times, the probe (scripts/crash-test/probe.ts, opened as the app opens the
//      database) checks everything committed so far, then commits batches of audit entries until it
//      is stopped, while opening or while writing; stopped by SIGTERM or SIGINT after it opened, it
//      must close the database before it ends;
//   6. `npm run db:migrate` on the database as the last stop left it, then a final check.
// The randomness is seeded: the seed is printed, and --seed repeats the same choices of stops
// (where they land also depends on the machine's speed). Bounded: the rounds given, and every
// command must end within COMMAND_LIMIT_MS or the run fails.
import { appendFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { directoryState } from "../lib/embedded-db/directory";
import { LOCK_FILE_NAME } from "../lib/embedded-db/lock";
import { between, randomFor, type Random } from "../prisma/seed/prng";
import { sleep, startGroup, waitUntil, type Outcome, type Started, type StopSignal } from "./crash-test/processes";

const COMMAND_LIMIT_MS = 300_000;
const SIGNALS: StopSignal[] = ["SIGKILL", "SIGTERM", "SIGINT"];

const { values: options } = parseArgs({
  options: {
    seed: { type: "string" },
    rounds: { type: "string", default: "1" },
    writers: { type: "string", default: "3" },
    app: { type: "boolean", default: false },
    port: { type: "string", default: process.env.CRASH_TEST_PORT ?? "3190" },
  },
});
const seed = options.seed === undefined ? Math.floor(Math.random() * 1e9) : Number(options.seed);

class CrashTestFailure extends Error {}

function fail(message: string, outcome?: Outcome): never {
  throw new CrashTestFailure(outcome ? `${message}\n--- output ---\n${outcome.output}` : message);
}

type Round = { random: Random; dir: string; log: string; env: NodeJS.ProcessEnv };

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/**
 * When to stop a command: at a random moment of `windowMs` after something it does begins (false:
 * the command ended before it began). Each stop draws one plan of the step's list.
 */
type StopPlan = { after: string; begins: (started: Started) => Promise<boolean>; windowMs: number };

const afterStart = (windowMs: number): StopPlan => ({ after: "it started", begins: async () => true, windowMs });

const afterOutput = (text: string, after: string, windowMs: number): StopPlan => ({
  after,
  begins: (started) => waitUntil(started, () => started.output().includes(text)),
  windowMs,
});

const afterPath = (check: () => boolean, after: string, windowMs: number): StopPlan => ({
  after,
  begins: (started) => waitUntil(started, check),
  windowMs,
});

async function runStopped(
  round: Round,
  command: string,
  args: string[],
  plans: StopPlan[],
): Promise<[Outcome, string]> {
  const plan = pick(round.random, plans);
  const stopAfterMs = between(round.random, 0, plan.windowMs);
  const signal = pick(round.random, SIGNALS);
  const started = startGroup(command, args, round.env, COMMAND_LIMIT_MS);
  // Unreferenced: a stop still pending once the command has ended must not keep the test alive.
  void plan.begins(started).then((begun) => begun && setTimeout(() => started.stop(signal), stopAfterMs).unref());
  const outcome = await started.ended;
  const stop = `${signal} ${(stopAfterMs / 1000).toFixed(1)} s after ${plan.after}`;
  const how = outcome.stoppedBy
    ? `stopped by ${stop}`
    : `ended by itself (exit ${outcome.code ?? outcome.signal}) before ${stop}`;
  return [outcome, how];
}

async function runToEnd(round: Round, command: string, args: string[], what: string): Promise<Outcome> {
  const outcome = await startGroup(command, args, round.env, COMMAND_LIMIT_MS).ended;
  if (outcome.code !== 0) fail(`${what} failed (exit ${outcome.code ?? outcome.signal})`, outcome);
  return outcome;
}

function report(step: string, detail: string): void {
  console.log(`  ${step}: ${detail}`);
}

async function firstStart(round: Round): Promise<void> {
  const creating = () => readdirSync(path.dirname(round.dir)).some((name) => name.startsWith("pglite.creating-"));
  const [outcome, how] = await runStopped(
    round,
    "npm",
    ["run", "db:migrate"],
    [
      afterStart(5_000),
      afterPath(creating, "creation began", 2_000),
      afterPath(() => directoryState(round.dir) === "database", "the database was in place", 3_000),
    ],
  );
  if (!outcome.stoppedBy && outcome.code !== 0) fail("db:migrate failed on a new directory", outcome);
  const state = directoryState(round.dir);
  if (state !== "missing" && state !== "database")
    fail(`a stopped first start left a directory that is ${state}`, outcome);
  report("first start (db:migrate)", `${how}; the directory is ${state === "missing" ? "not created" : "a database"}`);
  await runToEnd(round, "npm", ["run", "db:migrate"], "db:migrate after a stopped first start");
  if (creating()) fail("an unfinished creation was left beside the database");
  report("db:migrate again", "all migrations applied");
}

async function seeding(round: Round): Promise<void> {
  const [outcome, how] = await runStopped(round, "npm", ["run", "db:seed"], [afterStart(3_000), afterStart(30_000)]);
  const seeded = outcome.output.includes("Seeded the demo");
  if (!outcome.stoppedBy && !seeded) fail("db:seed failed", outcome);
  if (seeded) appendFileSync(round.log, "seeded\n");
  report("db:seed", `${how}${seeded ? "; seeded" : ""}`);
}

async function writer(round: Round, index: number): Promise<void> {
  const args = ["--import", "tsx", "scripts/crash-test/probe.ts", round.log, "--write", `${seed}-${index}`];
  const [outcome, how] = await runStopped(round, process.execPath, args, [
    afterStart(3_000),
    afterOutput("writing\n", "writing began", 4_000),
  ]);
  if (!outcome.stoppedBy) fail(`the probe found a problem when it opened the database (exit ${outcome.code})`, outcome);
  const opened = outcome.output.includes("checked ");
  if (opened && outcome.stoppedBy !== "SIGKILL") expectClosed(round, outcome, "the probe");
  const checked = opened ? `opened and checked ${outcome.output.match(/checked (.*)\n/)?.[1]}` : "did not open yet";
  report(`writer ${index}`, `${checked}; ${how}`);
}

async function appServer(round: Round): Promise<void> {
  const start = ["start", "--", "-p", options.port, "-H", "127.0.0.1"];

  const missing = `${round.dir}-never-created`;
  const refused = await startGroup("npm", start, { ...round.env, PGLITE_DIR: missing }, COMMAND_LIMIT_MS).ended;
  if (refused.code !== 1 || !refused.output.includes("npm run db:setup"))
    fail("npm start without a database did not refuse", refused);
  if (directoryState(missing) !== "missing") fail(`npm start without a database created ${missing}`, refused);
  report("npm start, no database", "refused, named npm run db:setup, created nothing");

  const [firstRun, how] = await runStopped(round, "npm", start, [afterStart(10_000)]);
  if (!firstRun.stoppedBy) fail("npm start ended by itself", firstRun);
  report("npm start", how);

  const server = startGroup("npm", start, round.env, COMMAND_LIMIT_MS);
  if (!(await waitUntilServing(server, `http://127.0.0.1:${options.port}/sign-in`))) {
    fail("npm start did not serve after a stopped start", await server.ended);
  }
  const signal = pick(round.random, SIGNALS);
  server.stop(signal);
  const stopped = await server.ended;
  if (signal !== "SIGKILL") expectClosed(round, stopped, "the server");
  report("npm start again", `served /sign-in, then stopped by ${signal}`);
}

/** After a SIGTERM or SIGINT, the process must have closed the database before it ended. */
function expectClosed(round: Round, outcome: Outcome, what: string): void {
  const left = ["postmaster.pid", LOCK_FILE_NAME].filter((name) => existsSync(path.join(round.dir, name)));
  if (left.length > 0)
    fail(`${what} did not close the database on ${outcome.stoppedBy}: ${left.join(", ")} left`, outcome);
}

/** Polls the page until it answers 200; false when the server ends first. */
async function waitUntilServing(server: Started, url: string): Promise<boolean> {
  let ended = false;
  server.ended.then(
    () => (ended = true),
    () => (ended = true),
  );
  while (!ended) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return true;
    await sleep(500);
  }
  return false;
}

async function runRound(number: number): Promise<void> {
  const random = randomFor("crash-test", seed, number);
  const root = mkdtempSync(path.join(tmpdir(), "bhyt-crash-"));
  const dir = path.join(root, "pglite");
  const log = path.join(root, "committed.log");
  writeFileSync(log, "");
  // ALLOW_DEMO_PASSWORDS: `npm start` refuses to serve a seeded demo otherwise.
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dir, ALLOW_DEMO_PASSWORDS: "1" };
  delete env.DATABASE_URL;
  const round: Round = { random, dir, log, env };
  console.log(`round ${number} in ${dir}`);
  try {
    await firstStart(round);
    await seeding(round);
    if (options.app) await appServer(round);
    for (let index = 1; index <= Number(options.writers); index++) await writer(round, index);
    await runToEnd(round, "npm", ["run", "db:migrate"], "db:migrate after the last stop");
    const final = await runToEnd(
      round,
      process.execPath,
      ["--import", "tsx", "scripts/crash-test/probe.ts", log],
      "the final check",
    );
    report("db:migrate and final check", final.output.match(/checked (.*)\n/)?.[1] ?? "");
    rmSync(root, { recursive: true, force: true });
  } catch (error) {
    console.error(`round ${number} failed; its directory is kept: ${root}`);
    throw error;
  }
}

async function main(): Promise<void> {
  console.log(
    `Crash test, seed ${seed} (repeat with: npm run test:crash -- --seed ${seed}${options.app ? " --app" : ""})`,
  );
  for (let number = 1; number <= Number(options.rounds); number++) await runRound(number);
  console.log("Crash test passed.");
}

main().catch((error: unknown) => {
  console.error(error instanceof CrashTestFailure ? `Crash test FAILED (seed ${seed}): ${error.message}` : error);
  process.exitCode = 1;
});
