// Playwright's `test`, plus a check after each test that no page it opened logged a
// Content-Security-Policy violation or a malformed Permissions-Policy (the headers of proxy.ts).
// Every browser spec takes it through ./fixtures.ts, so the whole suite shows that the policy
// breaks nothing it visits. A test that expects a violation (a refused frame) reads
// `securityConsoleErrors` and empties it.
import { test as base, expect } from "@playwright/test";

const SECURITY_CONSOLE_ERROR = /Content Security Policy|Permissions-Policy/i;

export const test = base.extend<{ securityConsoleErrors: string[] }>({
  securityConsoleErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      context.on("console", (message) => {
        if (SECURITY_CONSOLE_ERROR.test(message.text()))
          errors.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
      });
      await use(errors);
      expect(errors, "security policy errors in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
