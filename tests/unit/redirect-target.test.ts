// After sign-in the browser goes back only to a path of this site: no open redirect, whatever the
// path turns into once resolved ("/.//x" and "/%2e//x" become "//x", a link to another site).
import { describe, expect, it } from "vitest";

import { safeRedirectPath, signInHref } from "@/lib/auth/redirect-target";

describe("safeRedirectPath", () => {
  it.each([
    ["/coverage/24?month=2025-06", "/coverage/24?month=2025-06"],
    ["/reports/07777/2026-11", "/reports/07777/2026-11"],
    ["/coverage/96?month=2025-06&view=current", "/coverage/96?month=2025-06&view=current"],
    ["/admin/users", "/admin/users"],
    ["/", "/"],
    ["/plans/3?unit=24&month=2026-10#groups", "/plans/3?unit=24&month=2026-10#groups"],
    ["/coverage/../admin/audit", "/admin/audit"],
    ["/coverage/./24", "/coverage/24"],
    ["/review/24?month=2025-06&next=//evil.example", "/review/24?month=2025-06&next=//evil.example"],
    // Encoded line breaks stay encoded: they cannot add a header to the redirect.
    ["/coverage/24%0d%0aSet-Cookie: a=b", "/coverage/24%0d%0aSet-Cookie:%20a=b"],
  ])("keeps the same-site path %j as %j", (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });

  it.each([
    // The three payloads of the live test, as the page receives them (the query decoded once)…
    ["/.//evil.example/x", "a dot segment before //"],
    ["/..//evil.example", "a dot-dot segment before //"],
    ["/.//evil.example", "/%2e//evil.example once decoded"],
    // …and as they look when sent encoded once more.
    ["/%2e//evil.example", "an encoded dot before //"],
    ["/%2E%2E//evil.example", "an encoded dot-dot before //"],
    ["/a/..//evil.example", "a path that resolves to //"],
    ["/./\\evil.example", "a backslash after a dot segment"],
    ["//evil.example/path", "a protocol-relative URL"],
    ["///evil.example", "three slashes"],
    ["/\\evil.example", "a backslash"],
    ["\\\\evil.example", "two backslashes"],
    ["/%2fevil.example", "an encoded slash"],
    ["/%2F%2Fevil.example", "encoded slashes"],
    ["/%5cevil.example", "an encoded backslash"],
    ["/%5C%5Cevil.example", "encoded backslashes"],
    ["/coverage//24", "an empty path segment"],
    ["/%0d%0aLocation: https://evil.example", "// inside the path"],
    ["/\t/evil.example", "a tab (dropped by URL parsing)"],
    ["/\n/evil.example", "a line break (dropped by URL parsing)"],
    ["/a\u0000b", "a NUL character"],
    ["/a\u007fb", "a DEL character"],
    ["https://evil.example/", "an absolute URL"],
    ["javascript:alert(1)", "a script URL"],
    ["coverage/24", "a relative path"],
    [" /coverage/24", "a leading space"],
    ["/sign-in?next=/sign-in", "the sign-in page itself"],
    ["/coverage/../sign-in", "the sign-in page after resolution"],
    ["", "an empty value"],
  ])("refuses %j (%s)", (input) => {
    expect(safeRedirectPath(input)).toBeNull();
  });

  it("refuses what is not a string", () => {
    expect(safeRedirectPath(42)).toBeNull();
    expect(safeRedirectPath(undefined)).toBeNull();
    expect(safeRedirectPath(["/coverage/24"])).toBeNull();
  });

  it("never answers a path that a browser would read as another site", () => {
    const payloads = [
      "/.//evil.example/x",
      "/..//evil.example",
      "/%2e//evil.example",
      "/.\\/evil.example",
      "/%2e%2e/%2fevil.example",
    ];
    for (const payload of payloads) {
      const answer = safeRedirectPath(payload);
      if (answer !== null) expect(new URL(answer, "https://app.example").origin).toBe("https://app.example");
    }
  });
});

describe("signInHref", () => {
  it("builds the sign-in link with the page to return to, or none when that page is unsafe", () => {
    expect(signInHref("/coverage/24?month=2025-06")).toBe("/sign-in?next=%2Fcoverage%2F24%3Fmonth%3D2025-06");
    expect(signInHref("https://evil.example/")).toBe("/sign-in");
    expect(signInHref("/.//evil.example/x")).toBe("/sign-in");
    expect(signInHref(null)).toBe("/sign-in");
    expect(signInHref("/")).toBe("/sign-in");
  });
});
