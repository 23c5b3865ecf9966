// Only one process may open an embedded database directory: two PGlite instances on the same files
// overwrite each other's write-ahead log and leave a database that no longer starts. The process
// that opens a directory keeps a lock file in it holding its process id; a lock left by a process
// that is no longer running (killed, or a zombie not yet collected) is taken over. PGlite's own postmaster.pid cannot serve: every
// PGlite writes the same made-up process id.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

import { EmbeddedDatabaseError, embeddedDatabaseProblems } from "./errors";

export const LOCK_FILE_NAME = "bhyt-open.pid";

// Directories locked by this process, on globalThis so that Next.js dev reloads share them.
const globalForLocks = globalThis as unknown as { bhytEmbeddedDatabaseLocks?: Set<string> };
const held = (globalForLocks.bhytEmbeddedDatabaseLocks ??= lockRegistry());

function lockRegistry(): Set<string> {
  process.once("exit", releaseAllLocks);
  return new Set<string>();
}

/**
 * Whether a process with this id is running. A zombie is not: a process killed outright whose parent
 * has not collected it yet (in a container whose first process does not reap orphans, for as long as
 * the container lives) still answers signals, but holds no file open any more.
 */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
  return !isZombie(pid);
}

/** Linux: the state in /proc/<pid>/stat is Z (zombie) or X (dead). Elsewhere, never. */
function isZombie(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return false;
  }
  // "pid (command) state …": the command may contain spaces and parentheses.
  const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  return state === "Z" || state === "X";
}

/** Takes the lock of `dir` for this process, or throws an EmbeddedDatabaseError naming the holder. */
export function lockDirectory(dir: string): void {
  if (held.has(dir)) return;
  const file = path.join(dir, LOCK_FILE_NAME);
  // Two attempts: the second after removing a lock whose process is gone.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      held.add(dir);
      return;
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw error;
    }
    const holder = readHolder(file);
    if (holder !== null && holder !== process.pid && isProcessRunning(holder)) {
      throw new EmbeddedDatabaseError(embeddedDatabaseProblems.inUse(dir, holder, file));
    }
    removeIfPresent(file);
  }
  throw new EmbeddedDatabaseError(embeddedDatabaseProblems.inUse(dir, readHolder(file) ?? 0, file));
}

export function unlockDirectory(dir: string): void {
  if (!held.delete(dir)) return;
  const file = path.join(dir, LOCK_FILE_NAME);
  if (readHolder(file) === process.pid) removeIfPresent(file);
}

function releaseAllLocks(): void {
  for (const dir of [...held]) unlockDirectory(dir);
}

/** The process id in a lock file; null when it is missing or unreadable (a write cut short). */
function readHolder(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, "utf8").trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function removeIfPresent(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
