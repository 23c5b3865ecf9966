// The `test` of every browser spec: Playwright's, plus two checks after each test
// (./no-csp-violations.ts: no page logged a security-policy error; ./accessibility.ts, after a test
// that passed: every page of the app the test's browser context opened — those still open as they
// are at the end, and every other page it navigated to, opened again — has no serious or critical
// axe violation). To keep the suite's time, a kind of page (route, width, language) already checked
// in the run is not checked again at the end of a test, and a page navigated to is opened again only
// when its route was not checked at that width in any language; the states a test passes through (an
// open form, a preview) and the pages of browser contexts a test opens itself are the spec's to
// check, with expectAccessible.
import { expect } from "@playwright/test";

import { checkTimes, expectAccessible, kindChecked, routeChecked } from "./accessibility";
import { test as withSecurityChecks } from "./no-csp-violations";

export const test = withSecurityChecks.extend<{ accessibleAtEnd: void }, { accessibilityTimes: void }>({
  accessibleAtEnd: [
    async ({ context, baseURL }, use, testInfo) => {
      // The app's pages only (not a test's own page on another server).
      const origin = new URL(baseURL!).origin;
      // Every HTML page of the app the test navigated to (not files it downloaded, nor refusals).
      const visited = new Map<string, number | undefined>();
      context.on("response", (response) => {
        // A navigation always has a frame (a service worker's requests have none).
        if (!response.request().isNavigationRequest()) return;
        const frame = response.frame();
        const page = frame.page();
        if (frame !== page.mainFrame()) return;
        if (response.status() !== 200 || !response.url().startsWith(origin)) return;
        if (!(response.headers()["content-type"] ?? "").startsWith("text/html")) return;
        visited.set(response.url(), page.viewportSize()?.width);
      });
      await use();
      if (testInfo.status !== testInfo.expectedStatus) return;
      for (const page of context.pages()) {
        if (page.isClosed() || !page.url().startsWith(origin)) continue;
        await page.waitForLoadState("load");
        if (await kindChecked(page)) continue;
        await expectAccessible(page, `${page.url()} (end of test)`);
      }
      const again = [...visited].filter(([url, width]) => !routeChecked(url, width));
      if (again.length === 0) return;
      const page = await context.newPage();
      for (const [url, width] of again) {
        if (routeChecked(url, width)) continue; // two pages of one route: the first is enough
        if (width) await page.setViewportSize({ width, height: page.viewportSize()?.height ?? 800 });
        await page.goto(url);
        if (await kindChecked(page)) continue;
        await expectAccessible(page, `${url} (visited during the test, opened again)`);
      }
      await page.close();
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
