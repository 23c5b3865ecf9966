// A fresh, migrated database for one test file: embedded PGlite in a temporary directory by
// default, or a new database on a PostgreSQL server when TEST_DATABASE_URL is set (the URL of any
// database on that server, e.g. postgresql://postgres@127.0.0.1:5432/postgres). The migrations
// under prisma/migrations are applied as they are. Destructive by design, so it refuses any server
// that is not on this machine.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

const MIGRATIONS = path.resolve(__dirname, "../../prisma/migrations");
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]", ""]);

export type TestDatabase = {
  kind: "pglite" | "postgres";
  /** Environment for createPrismaClient() / lib/db.ts to open this database. */
  env: { DATABASE_URL?: string; PGLITE_DIR?: string };
  drop(): Promise<void>;
};

function migrationScripts(): string[] {
  return readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
}

export function assertLocalServer(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`Refusing to create and drop test databases on ${host}: only a local server is allowed.`);
  }
}

async function createPostgresDatabase(serverUrl: string): Promise<TestDatabase> {
  assertLocalServer(serverUrl);
  const name = `bhyt_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  for (const script of migrationScripts()) await client.query(script);
  await client.end();
  return {
    kind: "postgres",
    env: { DATABASE_URL: url.toString() },
    async drop() {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/**
 * A migrated, closed PGlite directory for the current migrations, made once per machine and then
 * copied for every test file: creating and migrating a PGlite database takes seconds of CPU, copying
 * it a few milliseconds. Keyed by the migrations and the PGlite version; made in a scratch directory
 * and renamed into place, so parallel test workers never see half of one.
 */
async function migratedTemplate(): Promise<string> {
  const scripts = migrationScripts();
  const pgliteVersion = JSON.parse(
    readFileSync(path.resolve(__dirname, "../../node_modules/@electric-sql/pglite/package.json"), "utf8"),
  ).version as string;
  const key = createHash("sha256").update(pgliteVersion).update(scripts.join("\0")).digest("hex").slice(0, 16);
  const template = path.join(tmpdir(), `bhyt-template-${key}`);
  if (existsSync(template)) return template;
  const scratch = mkdtempSync(path.join(tmpdir(), "bhyt-template-making-"));
  const pglite = new PGlite(scratch);
  for (const script of scripts) await pglite.exec(script);
  await pglite.close();
  try {
    renameSync(scratch, template);
  } catch {
    // Another worker put its template in place first: use that one.
    rmSync(scratch, { recursive: true, force: true });
  }
  return template;
}

async function createPgliteDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "bhyt-test-"));
  cpSync(await migratedTemplate(), dir, { recursive: true });
  return {
    kind: "pglite",
    env: { PGLITE_DIR: dir },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? createPostgresDatabase(serverUrl) : createPgliteDatabase();
}
