// After sign-in the browser goes back only to a path of this site: no open redirect.
import { describe, expect, it } from "vitest";
import { safeRedirectPath, signInHref } from "@/lib/auth/redirect-target";
import { requestOriginFrom } from "@/lib/auth/request-origin";

describe("safeRedirectPath", () => {
  it.each([
    ["/coverage/24?month=2025-06", "/coverage/24?month=2025-06"],
    ["/admin/users", "/admin/users"],
    ["/coverage/../admin/audit", "/admin/audit"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });

  it.each([
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "coverage/24",
    "/sign-in?next=/sign-in",
    "/a\u0000b",
    "",
  ])("refuses %j", (input) => {
    expect(safeRedirectPath(input)).toBeNull();
  });

  it("refuses what is not a string", () => {
    expect(safeRedirectPath(42)).toBeNull();
    expect(safeRedirectPath(undefined)).toBeNull();
  });

  it("keeps encoded line breaks encoded, inside a same-site path", () => {
    expect(safeRedirectPath("/%0d%0aLocation: https://evil.example")).toBe("/%0d%0aLocation:%20https://evil.example");
  });

  it("builds the sign-in link with the page to return to", () => {
    expect(signInHref("/coverage/24?month=2025-06")).toBe("/sign-in?next=%2Fcoverage%2F24%3Fmonth%3D2025-06");
    expect(signInHref("https://evil.example/")).toBe("/sign-in");
    expect(signInHref(null)).toBe("/sign-in");
  });
});

describe("requestOriginFrom", () => {
  it("takes the address the nearest proxy saw and ignores junk", () => {
    expect(requestOriginFrom(new Headers({ "x-forwarded-for": "10.0.0.1, 203.0.113.5" })).ip).toBe("203.0.113.5");
    expect(requestOriginFrom(new Headers({ "x-forwarded-for": "not-an-ip" })).ip).toBeNull();
    expect(requestOriginFrom(new Headers({ "user-agent": "x".repeat(600) })).userAgent).toHaveLength(512);
  });
});
