// What a data directory holds, and creating a new database all-or-nothing: PGlite initialises it
// in a sibling directory (`<dir>.creating-<pid>`) that is renamed into place only once it is
// complete, so a first start stopped at any moment leaves either no database or a whole one. A
// sibling left by a stopped creation is never a database anyone used; the next creation removes it.
import { mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";

import { isProcessRunning } from "./lock";

export type DirectoryState = "missing" | "empty" | "database" | "other";

const CREATING = ".creating-";

export function directoryState(dir: string): DirectoryState {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw error;
  }
  if (entries.includes("PG_VERSION")) return "database";
  return entries.length === 0 ? "empty" : "other";
}

/** Creates an empty database in `dir`, which must be missing or empty. */
export async function createDatabaseDirectory(dir: string): Promise<void> {
  mkdirSync(path.dirname(dir), { recursive: true });
  removeAbandonedCreations(dir);
  const scratch = `${dir}${CREATING}${process.pid}`;
  const pglite = new PGlite(scratch);
  try {
    await pglite.waitReady;
  } finally {
    if (pglite.ready) await pglite.close();
  }
  try {
    // Atomic, and replaces an empty directory. Fails when another process put a database there first.
    renameSync(scratch, dir);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOTEMPTY" && code !== "EEXIST") throw error;
  }
}

function removeAbandonedCreations(dir: string): void {
  const parent = path.dirname(dir);
  const prefix = `${path.basename(dir)}${CREATING}`;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (Number.isSafeInteger(pid) && pid !== process.pid && isProcessRunning(pid)) continue;
    rmSync(path.join(parent, name), { recursive: true, force: true });
    console.warn(`Removed ${path.join(parent, name)}, left by a creation of the database that was stopped.`);
  }
}
