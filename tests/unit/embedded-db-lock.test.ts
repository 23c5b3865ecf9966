// The lock of an embedded database directory (lib/embedded-db/lock.ts): a lock held by a live process
// refuses a second opener; one left by a process that is gone, or by a zombie (killed outright, not yet
// collected by its parent), is taken over. Linux: the zombie is made by a shell that starts a short
// child and then becomes `sleep`, which never collects it.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { isProcessRunning, LOCK_FILE_NAME, lockDirectory, unlockDirectory } from "@/lib/embedded-db/lock";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    unlockDirectory(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});

function lockedBy(pid: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), "bhyt-lock-"));
  dirs.push(dir);
  writeFileSync(path.join(dir, LOCK_FILE_NAME), String(pid));
  return dir;
}

/** A zombie's process id, and the parent that keeps it a zombie until it is killed. */
async function zombie(): Promise<{ pid: number; kill: () => void }> {
  // The child outlives the shell's exec: `sleep 30`, in the shell's place, never reaps it. (A child
  // that ended at once could be reaped by the shell before its exec, leaving no process at all.)
  const parent = spawn("sh", ["-c", "sleep 0.3 & echo $!; exec sleep 30"], { stdio: ["ignore", "pipe", "ignore"] });
  const pid = await new Promise<number>((resolve) =>
    parent.stdout!.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
  );
  // Until the child has ended, it is a live process, not yet a zombie.
  for (let i = 0; i < 250 && !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z "); i++)
    await new Promise((r) => setTimeout(r, 20));
  return { pid, kill: () => parent.kill("SIGKILL") };
}

describe("the lock of an embedded database directory", () => {
  it("refuses a directory held by a running process", () => {
    const holder = spawn("sleep", ["30"]);
    try {
      const dir = lockedBy(holder.pid!);
      expect(() => lockDirectory(dir)).toThrow(new RegExp(`pid ${holder.pid}`));
    } finally {
      holder.kill("SIGKILL");
    }
  });

  it("takes over a lock left by a zombie, which answers signals but holds nothing open", async () => {
    const { pid, kill } = await zombie();
    try {
      expect(readFileSync(`/proc/${pid}/stat`, "utf8")).toContain(") Z ");
      expect(() => process.kill(pid, 0)).not.toThrow();
      expect(isProcessRunning(pid)).toBe(false);
      const dir = lockedBy(pid);
      lockDirectory(dir);
      expect(readFileSync(path.join(dir, LOCK_FILE_NAME), "utf8")).toBe(String(process.pid));
    } finally {
      kill();
    }
  });
});
