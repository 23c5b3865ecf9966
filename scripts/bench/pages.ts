// Complete-page times of the built app (`npm run build` first) on the benchmark's database: starts
// `next start` on it, signs the administrator in through the real sign-in page in Chromium, then
// fetches each page with that session cookie and times the whole streamed document. The database
// must not be open in this process (PGlite allows one process at a time).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

import { chromium } from "@playwright/test";

const ROOT = path.resolve(__dirname, "../..");
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const BASE = `http://127.0.0.1:${PORT}`;

export function hasBuild(): boolean {
  return existsSync(path.join(ROOT, ".next", "BUILD_ID"));
}

export type PageTime = { path: string; bytes: number; times: number[] };

export async function timePages(
  databaseEnv: Record<string, string | undefined>,
  account: { username: string; password: string },
  paths: string[],
  runs: number,
): Promise<PageTime[]> {
  const server = spawn(
    process.execPath,
    [require.resolve("next/dist/bin/next"), "start", "-p", String(PORT), "-H", "127.0.0.1"],
    {
      cwd: ROOT,
      env: { ...process.env, ...databaseEnv, ALLOW_DEMO_PASSWORDS: "1", NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  try {
    await waitForServer(server);
    const cookie = await signIn(account);
    const results: PageTime[] = [];
    for (const pagePath of paths) {
      const fetchPage = async () => {
        const response = await fetch(`${BASE}${pagePath}`, { headers: { cookie }, redirect: "manual" });
        if (response.status !== 200) throw new Error(`${pagePath}: HTTP ${response.status}`);
        return (await response.text()).length;
      };
      const bytes = await fetchPage();
      await fetchPage();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await fetchPage();
        times.push(performance.now() - started);
      }
      results.push({ path: pagePath, bytes, times });
    }
    return results;
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
}

async function waitForServer(server: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      await fetch(`${BASE}/sign-in`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error("next start did not answer within 2 minutes");
}

async function signIn(account: { username: string; password: string }): Promise<string> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${BASE}/sign-in`);
    await page.getByLabel("Tên đăng nhập").fill(account.username);
    await page.getByLabel("Mật khẩu", { exact: true }).fill(account.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 60_000 });
    const cookies = await page.context().cookies();
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}
