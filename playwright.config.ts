import { defineConfig, devices } from "@playwright/test";

// End-to-end tests drive Debian's Chromium (apt-get install chromium) against the built app
// (`npm run build` first), served on its own port with its own embedded database, or with
// DATABASE_URL when set.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/**
 * The day the browser suite takes as today (lib/clock.ts): the demo's October 2026 is being collected,
 * past its deadline. E2E_TODAY runs it on another day; APP_TODAY is left to the other suites, whose
 * expectations follow the clock, while these walk through fixed months of the demo.
 */
const E2E_TODAY = process.env.E2E_TODAY ?? "2026-11-29";

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  outputDir: "test-results/e2e",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    locale: "vi-VN",
    launchOptions: {
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-dev-shm-usage"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 } } },
    { name: "phone", use: { ...devices["Pixel 7"], viewport: { width: 360, height: 780 } }, grep: /@phone/ },
  ],
  webServer: {
    command: `npm run db:setup && npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/coverage/VN`,
    timeout: 240_000,
    reuseExistingServer: false,
    // The demo accounts keep their published passwords: allowed for the browser tests only.
    // The suite runs on a pinned day, so that it passes whatever the day.
    env: {
      PGLITE_DIR: process.env.E2E_PGLITE_DIR ?? "data/e2e-pglite",
      ALLOW_DEMO_PASSWORDS: "1",
      APP_TODAY: E2E_TODAY,
      ALLOW_PINNED_CLOCK: "1",
    },
  },
});
