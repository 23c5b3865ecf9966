// The security headers of the built app (proxy.ts, next.config.ts): present on the sign-in page,
// on a dashboard page and on static files; the pages still work under the policy (scripts carry
// Next.js's nonce, the charts draw; the suite-wide check in ./no-csp-violations.ts fails on any
// violation); and the sign-in page refuses to render inside another site's frame.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import type { APIResponse, Response } from "@playwright/test";

import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./sign-in";

function policyOf(headers: Record<string, string>): Map<string, string[]> {
  return new Map(
    (headers["content-security-policy"] ?? "")
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectSecurityHeaders(response: Response | APIResponse | null): string {
  expect(response, "a response").not.toBeNull();
  const headers = response!.headers();
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // The browser tests run `next start`, a production server.
  expect(headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  const policy = policyOf(headers);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  const script = policy.get("script-src") ?? [];
  expect(script).toContain("'strict-dynamic'");
  expect(script).not.toContain("'unsafe-inline'");
  expect(script).not.toContain("'unsafe-eval'");
  const nonce = script.find((value) => value.startsWith("'nonce-"));
  expect(nonce, "a nonce in script-src").toBeDefined();
  return nonce!.slice("'nonce-".length, -1);
}

/**
 * Every script element of the server's HTML carries the response's nonce. (Scripts that Next.js
 * adds later run because a nonced script loaded them: 'strict-dynamic'.)
 */
async function expectScriptsCarry(response: Response, nonce: string) {
  const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`))).toEqual([]);
}

test("the sign-in page, a dashboard page and static files carry the security headers, and the pages work", async ({
  page,
}) => {
  const signInResponse = await page.goto("/sign-in");
  const signInNonce = expectSecurityHeaders(signInResponse);
  await expectScriptsCarry(signInResponse!, signInNonce);

  await signIn(page, DEMO.leader);
  const dashboard = await page.goto("/coverage/24?month=2025-09");
  const dashboardNonce = expectSecurityHeaders(dashboard);
  expect(dashboardNonce).not.toBe(signInNonce);
  await expectScriptsCarry(dashboard!, dashboardNonce);
  // React hydrated (the charts are client components) and Recharts drew under the policy.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tỉnh Bắc Ninh");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.locator(".recharts-line-curve, .recharts-bar-rectangle").first()).toBeVisible();

  const chunk = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  const staticFile = await page.request.get(chunk!);
  expect(staticFile.ok()).toBe(true);
  const staticHeaders = staticFile.headers();
  expect(staticHeaders["x-content-type-options"]).toBe("nosniff");
  expect(staticHeaders["x-frame-options"]).toBe("DENY");
});

/** Another site: a page on its own loopback server (so the browser treats it as local, like the app) that frames `url`. */
async function framingSite(url: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(
      `<!doctype html><title>Trang khác</title><h1>Trang khác</h1><iframe id="victim" src="${url}" width="900" height="600"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test("the sign-in page refuses to render in a frame of another site", async ({
  page,
  baseURL,
  securityConsoleErrors,
}) => {
  const signInUrl = new URL("/sign-in", baseURL).toString();
  const site = await framingSite(signInUrl);
  try {
    const framed = page.waitForResponse((response) => response.url() === signInUrl);
    await page.goto(site.url);
    expect((await framed).status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Trang khác" })).toBeVisible();

    // The browser refused the frame because of frame-ancestors, and the form never rendered.
    await expect.poll(() => securityConsoleErrors.some((error) => error.includes("frame-ancestors"))).toBe(true);
    const frame = page.frameLocator("#victim");
    await expect(frame.getByLabel("Tên đăng nhập")).toHaveCount(0);
    await expect(frame.getByRole("button", { name: "Đăng nhập" })).toHaveCount(0);
    securityConsoleErrors.length = 0;
  } finally {
    await site.close();
  }
});
