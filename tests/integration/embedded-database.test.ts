// The embedded database (PGlite) survives being stopped (issue 12, item 11): it is created
// all-or-nothing and only by the migrations, opened once per process and by one process at a time,
// closed on SIGTERM, and every failure to open says what to do and deletes nothing. The random
// stops themselves are scripts/crash-test.ts (npm run test:crash).
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { createMigrationAdapter } from "@/lib/db-adapter";
import { closeEmbeddedDatabases } from "@/lib/embedded-db/open";
import { createPrismaClient } from "@/lib/prisma-client";

const ROOT = path.resolve(__dirname, "../..");
const MIGRATIONS = readdirSync(path.join(ROOT, "prisma/migrations"), { withFileTypes: true }).filter((e) =>
  e.isDirectory(),
);
const LONG = 600_000;

const workspace = mkdtempSync(path.join(tmpdir(), "bhyt-embedded-"));
afterEach(() => closeEmbeddedDatabases());
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

function embeddedEnv(dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dir };
  delete env.DATABASE_URL;
  return env;
}

type Exit = { code: number | null; signal: NodeJS.Signals | null; output: string };

/** Runs a command of this repository; `until` sends `signal` once the output contains the text. */
function run(args: string[], env: NodeJS.ProcessEnv, until?: { text: string; signal: NodeJS.Signals }): Promise<Exit> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (until && output.includes(until.text) && child.exitCode === null && !child.killed) child.kill(until.signal);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal, output })));
}

const migrate = (dir: string) => run(["--import", "tsx", "scripts/migrate.ts"], embeddedEnv(dir));

/** A database whose process was killed while it had it open (PGlite's own files, no tables). */
async function killedWhileOpen(dir: string): Promise<void> {
  const script = `import { PGlite } from "@electric-sql/pglite";
    const db = new PGlite(${JSON.stringify(dir)}); await db.query("select 1"); console.log("open"); setInterval(() => {}, 1000);`;
  const exit = await run(["--input-type=module", "-e", script], process.env, { text: "open", signal: "SIGKILL" });
  expect(exit.signal).toBe("SIGKILL");
  expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(true);
}

async function appliedMigrations(dir: string): Promise<number> {
  const prisma = createPrismaClient(embeddedEnv(dir));
  const [row] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return row!.n;
}

/** Closed cleanly: PGlite removed its postmaster.pid and the process its lock. */
function closedCleanly(dir: string): boolean {
  return !existsSync(path.join(dir, "postmaster.pid")) && !existsSync(path.join(dir, "bhyt-open.pid"));
}

describe("opening the embedded database", () => {
  it("refuses a missing directory, names the command that creates it, and creates nothing", async () => {
    const dir = path.join(workspace, "missing", "pglite");
    const prisma = createPrismaClient(embeddedEnv(dir));

    await expect(prisma.$queryRaw`SELECT 1`).rejects.toThrow(/There is no database in .*npm run db:setup/s);
    expect(existsSync(path.join(workspace, "missing"))).toBe(false);
  });

  it("refuses a directory that holds other files, and leaves them as they were", async () => {
    const dir = path.join(workspace, "other");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "notes.txt"), "kept");
    const prisma = createPrismaClient(embeddedEnv(dir));

    await expect(prisma.$queryRaw`SELECT 1`).rejects.toThrow(
      /holds files but no database.*Nothing was changed or deleted/s,
    );
    expect(readdirSync(dir)).toEqual(["notes.txt"]);
    expect(readFileSync(path.join(dir, "notes.txt"), "utf8")).toBe("kept");
  });
});

describe("a database created by db:migrate", () => {
  const dir = path.join(workspace, "created", "pglite");
  let creation: Exit;
  beforeAll(async () => {
    // What a creation stopped by a kill leaves: a sibling named after a process that has ended.
    mkdirSync(path.join(`${dir}.creating-${spawnSync("true").pid}`, "base"), { recursive: true });
    // An empty directory (made by hand, or by an earlier version) counts as no database.
    mkdirSync(dir);
    creation = await migrate(dir);
  }, LONG);

  it("is initialised in a sibling moved into place, over an empty directory; what a stopped creation left is removed", async () => {
    expect(creation.code, creation.output).toBe(0);
    expect(readdirSync(path.dirname(dir))).toEqual(["pglite"]);
    expect(await appliedMigrations(dir)).toBe(MIGRATIONS.length);
  });

  it("is closed by the migration wrapper before it ends", () => {
    expect(creation.code, creation.output).toBe(0);
    expect(closedCleanly(dir)).toBe(true);
  });

  it(
    "opens one database per process for the Prisma CLI, which builds its adapter twice",
    async () => {
      const env = embeddedEnv(dir);
      const [first, second] = await Promise.all([createMigrationAdapter(env), createMigrationAdapter(env)]);
      const [one, other] = await Promise.all([first.connect(), second.connect()]);

      await one.executeRaw({ sql: "CREATE TEMP TABLE opened_once (x int)", args: [], argTypes: [] });
      const seen = await other.queryRaw({ sql: "SELECT count(*)::int FROM opened_once", args: [], argTypes: [] });
      expect(seen.rows).toEqual([[0]]);
    },
    LONG,
  );

  it(
    "refuses a database open in another running process, naming it, and takes over the lock of one that has ended",
    async () => {
      const lock = path.join(dir, "bhyt-open.pid");
      writeFileSync(lock, String(process.ppid));
      await expect(createPrismaClient(embeddedEnv(dir)).$queryRaw`SELECT 1`).rejects.toThrow(
        new RegExp(`open in another process \\(pid ${process.ppid}\\)`),
      );

      writeFileSync(lock, String(spawnSync("true").pid));
      await expect(createPrismaClient(embeddedEnv(dir)).$queryRaw`SELECT 1 AS one`).resolves.toEqual([{ one: 1 }]);
      expect(readFileSync(lock, "utf8")).toBe(String(process.pid));
      await closeEmbeddedDatabases();
      expect(existsSync(lock)).toBe(false);
    },
    LONG,
  );

  it(
    "says plainly when a database cannot be opened, and deletes nothing",
    async () => {
      const broken = path.join(workspace, "broken");
      cpSync(dir, broken, { recursive: true });
      writeFileSync(path.join(broken, "global", "pg_control"), Buffer.alloc(8192));
      const before = readdirSync(broken, { recursive: true }).sort();

      await expect(createPrismaClient(embeddedEnv(broken)).$queryRaw`SELECT 1`).rejects.toThrow(
        /could not be opened.*Nothing was changed or deleted.*Recovering the embedded database/s,
      );
      expect(readdirSync(broken, { recursive: true }).sort()).toEqual(before);
      expect(readFileSync(path.join(broken, "global", "pg_control"))).toEqual(Buffer.alloc(8192));
    },
    LONG,
  );

  it(
    "is closed on SIGTERM by the process that opened it, before that process ends",
    async () => {
      const log = path.join(workspace, "committed.log");

      const exit = await run(
        ["--import", "tsx", "scripts/crash-test/probe.ts", log, "--write", "1"],
        embeddedEnv(dir),
        {
          text: "writing",
          signal: "SIGTERM",
        },
      );

      expect(exit.code, exit.output).toBe(143);
      expect(closedCleanly(dir)).toBe(true);
    },
    LONG,
  );
});

describe("a database whose last process was killed", () => {
  it(
    "is migrated, and opens afterwards (the Prisma CLI used to open it twice, which left it unable to start)",
    async () => {
      const dir = path.join(workspace, "killed");
      await killedWhileOpen(dir);

      const exit = await migrate(dir);

      expect(exit.code, exit.output).toBe(0);
      expect(await appliedMigrations(dir)).toBe(MIGRATIONS.length);
    },
    LONG,
  );
});
