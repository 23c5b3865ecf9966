// The `test` of every browser spec: Playwright's, plus two checks after each test
// (./no-csp-violations.ts: no page logged a security-policy error; ./accessibility.ts, after a test
// that passed: every page of the test's browser context still open at the end has no serious or
// critical axe violation). To keep the suite's time, a kind of page (route, width, language) already
// checked in the run is not checked again at the end of a test; the states a test passes through
// (an open form, a preview) and the pages of browser contexts a test opens itself are the spec's
// to check, with expectAccessible.
import { expect } from "@playwright/test";

import { checkTimes, expectAccessible, kindChecked } from "./accessibility";
import { test as withSecurityChecks } from "./no-csp-violations";

export const test = withSecurityChecks.extend<{ accessibleAtEnd: void }, { accessibilityTimes: void }>({
  accessibleAtEnd: [
    async ({ context, baseURL }, use, testInfo) => {
      await use();
      if (testInfo.status !== testInfo.expectedStatus) return;
      // The app's pages only (not a test's own page on another server).
      const origin = new URL(baseURL!).origin;
      for (const page of context.pages()) {
        if (page.isClosed() || !page.url().startsWith(origin)) continue;
        await page.waitForLoadState("load");
        if (await kindChecked(page)) continue;
        await expectAccessible(page, `${page.url()} (end of test)`);
      }
    },
    { auto: true },
  ],
  // What the checks cost: printed when the worker ends, to keep the suite within CI's budget.
  accessibilityTimes: [
    async ({}, use, workerInfo) => {
      await use();
      console.log(
        `axe (${workerInfo.project.name}): ${checkTimes.count} checks, ${(checkTimes.ms / 1000).toFixed(1)} s`,
      );
    },
    { auto: true, scope: "worker" },
  ],
});

export { expect };
