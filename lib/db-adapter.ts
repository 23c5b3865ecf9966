// Chooses the database behind Prisma: PostgreSQL when DATABASE_URL is set, else embedded PGlite
// in a directory under ./data. Used by the app (lib/db.ts), the Prisma CLI (prisma.config.ts),
// the seed and the tests, so that all of them open the same database the same way. The embedded
// database is opened on the first query, once per process (lib/embedded-db/open.ts); only the
// migrations create it.
import path from "node:path";

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { openEmbeddedDatabase } from "./embedded-db/open";
import { EmbeddedDatabaseAdapter } from "./embedded-db/prisma-adapter";

export const DEFAULT_PGLITE_DIR = "data/pglite";

/** Placeholder that lets the Prisma schema validate when the embedded database is used. */
export const PLACEHOLDER_DATABASE_URL = "postgresql://embedded-pglite/unused";

export function usesPostgresServer(env: NodeJS.ProcessEnv = process.env): boolean {
  const url = env.DATABASE_URL;
  return Boolean(url) && url !== PLACEHOLDER_DATABASE_URL;
}

export function pgliteDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/* turbopackIgnore: true */ env.PGLITE_DIR ?? DEFAULT_PGLITE_DIR);
}

type AnyQuery = (...args: unknown[]) => unknown;

/**
 * A pool whose results report Postgres `name` columns (OID 19) as `text` (OID 25): the pg adapter
 * rejects OID 19, which the migration engine meets in catalog queries (prisma/prisma#27403).
 * Only the promise forms of query() and connect() are used by the adapter; callback forms (which
 * pg uses internally) pass through untouched.
 */
function createNameAsTextPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const query = pool.query.bind(pool) as AnyQuery;
  const connect = pool.connect.bind(pool) as AnyQuery;
  Object.assign(pool, {
    query: (...args: unknown[]) => withNameAsText(query(...args)),
    connect: (...args: unknown[]) => {
      if (args.length > 0) return connect(...args);
      return (connect() as Promise<pg.PoolClient>).then((client) => {
        const clientQuery = client.query.bind(client) as AnyQuery;
        return Object.assign(client, { query: (...a: unknown[]) => withNameAsText(clientQuery(...a)) });
      });
    },
  });
  return pool;
}

function withNameAsText<T>(result: T): T {
  return (result instanceof Promise ? result.then(reportNameAsText) : result) as T;
}

function reportNameAsText<T>(result: T): T {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of (r as pg.QueryResult | undefined)?.fields ?? []) {
      if (field.dataTypeID === 19) field.dataTypeID = 25;
    }
  }
  return result;
}

/** Adapter for the Prisma CLI (migrations): the embedded database is created when missing. */
export async function createMigrationAdapter(env: NodeJS.ProcessEnv = process.env) {
  if (usesPostgresServer(env)) {
    return new PrismaPg(createNameAsTextPool({ connectionString: env.DATABASE_URL, allowExitOnIdle: true }));
  }
  const dir = pgliteDirectory(env);
  return new EmbeddedDatabaseAdapter(() => openEmbeddedDatabase(dir, { create: true }));
}

/**
 * Session settings of the application's connections. JIT compilation off: the planner's row
 * estimates for the recursive succession queries (lib/queries/carried-figures.ts) are pessimistic
 * by orders of magnitude, so PostgreSQL spent about 2 s compiling a query that runs in 0.4 s. The
 * dashboard's queries are short; none gains from JIT.
 */
const SESSION_OPTIONS = "-c jit=off";

/** Adapter for the application and scripts: the embedded database must exist (npm run db:setup). */
export function createAppAdapter(env: NodeJS.ProcessEnv = process.env) {
  if (usesPostgresServer(env)) {
    return new PrismaPg({
      connectionString: env.DATABASE_URL,
      max: Number(env.DATABASE_POOL_SIZE ?? 10),
      options: SESSION_OPTIONS,
    });
  }
  const dir = pgliteDirectory(env);
  return new EmbeddedDatabaseAdapter(() => openEmbeddedDatabase(dir));
}
