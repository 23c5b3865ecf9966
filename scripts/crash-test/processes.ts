// Child processes of the crash test, each the leader of its own process group, so that a stop
// reaches the whole command (npm, tsx, the Prisma CLI…) as Ctrl-C in a terminal or a service
// manager would. Linux only: the group's members are read from /proc.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export type StopSignal = "SIGKILL" | "SIGTERM" | "SIGINT";

export type Outcome = {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The signal sent to the group, when it came before the command ended by itself. */
  stoppedBy: StopSignal | null;
  output: string;
};

export type Started = {
  child: ChildProcess;
  output: () => string;
  /** Resolves once the command and every process it started have ended. */
  ended: Promise<Outcome>;
  /** Sends the signal to the whole group, unless the command has already ended. */
  stop: (signal: StopSignal) => void;
};

const POLL_MS = 100;

export function startGroup(command: string, args: string[], env: NodeJS.ProcessEnv, limitMs: number): Started {
  const child = spawn(command, args, { detached: true, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let stoppedBy: StopSignal | null = null;
  let leaderEnded = false;
  const leaderExit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => {
      leaderEnded = true;
      resolve({ code, signal });
    }),
  );
  const pgid = child.pid!;
  // The limit's timer is cleared once the command ends: a pending timer would keep the crash test
  // alive for the limit (5 min) after its last command.
  let limitTimer: NodeJS.Timeout | undefined;
  const overLimit = new Promise<null>((resolve) => (limitTimer = setTimeout(() => resolve(null), limitMs)));
  const ended = (async () => {
    const deadline = Date.now() + limitMs;
    const exit = await Promise.race([leaderExit, overLimit]);
    clearTimeout(limitTimer);
    while (groupMembers(pgid).length > 0) {
      if (Date.now() > deadline) {
        signalGroup(pgid, "SIGKILL");
        throw new Error(`${command} ${args.join(" ")} did not end within ${limitMs / 1000} s:\n${output}`);
      }
      await sleep(POLL_MS);
    }
    if (!exit) throw new Error(`${command} ${args.join(" ")} did not end within ${limitMs / 1000} s:\n${output}`);
    return { ...exit, stoppedBy, output };
  })();
  return {
    child,
    output: () => output,
    ended,
    stop(signal) {
      if (leaderEnded || stoppedBy) return;
      stoppedBy = signal;
      signalGroup(pgid, signal);
    },
  };
}

/** Resolves true once `check` holds, or false if the command ends first. */
export async function waitUntil(started: Started, check: () => boolean): Promise<boolean> {
  let ended = false;
  started.ended.then(
    () => (ended = true),
    () => (ended = true),
  );
  while (!check()) {
    if (ended) return false;
    await sleep(POLL_MS);
  }
  return true;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function signalGroup(pgid: number, signal: StopSignal): void {
  try {
    process.kill(-pgid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

/** Live (not zombie) processes of a process group. */
function groupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // ended meanwhile
    }
    // "pid (command) state ppid pgrp …": the command may contain spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(pgrp) === pgid && state !== "Z") members.push(Number(entry));
  }
  return members;
}
