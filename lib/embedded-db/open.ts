// The embedded database (PGlite) of a data directory, opened at most once per process: a second
// instance on the same files corrupts them (the Prisma CLI asks for its adapter twice, and Next.js
// dev reloads modules), and other processes are kept out by a lock (./lock.ts). Opening never
// creates a database unless asked (`create`, the migrations), and then all-or-nothing
// (./directory.ts); every failure is an EmbeddedDatabaseError that says what to do.
import { PGlite } from "@electric-sql/pglite";

import { closeOnSignals } from "../close-on-signal";
import { createDatabaseDirectory, directoryState } from "./directory";
import { EmbeddedDatabaseError, embeddedDatabaseProblems } from "./errors";
import { lockDirectory, unlockDirectory } from "./lock";

export type OpenOptions = { create?: boolean };

// Kept on globalThis so that Next.js dev reloads find the instance already open.
const globalForDatabases = globalThis as unknown as { bhytEmbeddedDatabases?: Map<string, Promise<PGlite>> };
const opened = (globalForDatabases.bhytEmbeddedDatabases ??= new Map<string, Promise<PGlite>>());

export function openEmbeddedDatabase(dir: string, { create = false }: OpenOptions = {}): Promise<PGlite> {
  let database = opened.get(dir);
  if (!database) {
    database = open(dir, create);
    opened.set(dir, database);
    database.catch(() => opened.delete(dir));
  }
  return database;
}

async function open(dir: string, create: boolean): Promise<PGlite> {
  // From now on, a stop waits for the database to be open, then closes it.
  closeOnSignals(closeEmbeddedDatabases);
  const state = directoryState(dir);
  if (state === "other") throw new EmbeddedDatabaseError(embeddedDatabaseProblems.notADatabase(dir));
  if (state !== "database") {
    if (!create) throw new EmbeddedDatabaseError(embeddedDatabaseProblems.missing(dir));
    await createDatabaseDirectory(dir);
  }
  lockDirectory(dir);
  const pglite = new PGlite(dir);
  try {
    await pglite.waitReady;
  } catch (error) {
    unlockDirectory(dir);
    throw new EmbeddedDatabaseError(embeddedDatabaseProblems.cannotOpen(dir, error));
  }
  return pglite;
}

/** Closes every embedded database this process opened, after their running transactions. */
export async function closeEmbeddedDatabases(): Promise<void> {
  const databases = [...opened];
  opened.clear();
  await Promise.all(
    databases.map(async ([dir, database]) => {
      const pglite = await database.catch(() => null);
      if (pglite && !pglite.closed) await pglite.close();
      unlockDirectory(dir);
    }),
  );
}
