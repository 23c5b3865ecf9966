// The security headers the proxy puts on every page response: a nonce-based Content-Security-Policy
// (new nonce each request, also handed to Next.js on the request), no framing, no MIME sniffing, a
// referrer policy, a permissions policy, and HSTS only from a production server. The browser tests
// (tests/e2e/security-headers.spec.ts) check that the built app sends them and that pages still work.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/security/security-headers";
import { proxy } from "@/proxy";

const SESSION_COOKIE = "bhyt.session_token=abc.def";

function request(path: string, cookie?: string): NextRequest {
  return new NextRequest(`http://127.0.0.1:3000${path}`, { headers: cookie ? { cookie } : {} });
}

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

function nonceOf(policy: string): string {
  const match = /'nonce-([^']+)'/.exec(directives(policy).get("script-src")?.join(" ") ?? "");
  expect(match, policy).not.toBeNull();
  return match![1]!;
}

describe("the proxy's security headers", () => {
  it.each([
    ["the sign-in page", request("/sign-in")],
    ["a dashboard page, signed in", request("/coverage/VN?month=2025-06", SESSION_COOKIE)],
    ["the redirect to the sign-in page", request("/coverage/VN")],
  ])("sends every header on %s", (_name, incoming) => {
    const headers = proxy(incoming).headers;
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("permissions-policy")).toContain("camera=()");
    expect(headers.get("permissions-policy")).toContain("geolocation=()");
    const policy = directives(headers.get("content-security-policy") ?? "");
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
  });

  it("allows scripts only by a nonce that is new on every request, never inline or eval (outside development)", () => {
    const first = proxy(request("/sign-in")).headers.get("content-security-policy")!;
    const second = proxy(request("/sign-in")).headers.get("content-security-policy")!;
    const script = directives(first).get("script-src")!;
    expect(script).toEqual(["'self'", `'nonce-${nonceOf(first)}'`, "'strict-dynamic'"]);
    expect(nonceOf(first)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(first)).not.toBe(nonceOf(second));
  });

  it("hands the policy and its nonce on to Next.js with the request, so its scripts carry the nonce", () => {
    const response = proxy(request("/coverage/VN", SESSION_COOKIE));
    const sent = response.headers.get("content-security-policy")!;
    // How NextResponse.next({ request: { headers } }) passes request headers on.
    expect(response.headers.get("x-middleware-override-headers")?.split(",")).toContain("content-security-policy");
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(sent);
  });

  it("still sends a request without a session cookie to the sign-in page", () => {
    const response = proxy(request("/coverage/24?month=2025-09"));
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(`${location.pathname}${location.search}`).toBe("/sign-in?next=%2Fcoverage%2F24%3Fmonth%3D2025-09");
  });
});

describe("the policy's variants", () => {
  it("needs the nonce for <style> elements in production and allows style attributes (React's style prop)", () => {
    const policy = directives(contentSecurityPolicy("n0nce", { development: false }));
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-n0nce'"]);
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  it("allows eval and inline styles only to the development server", () => {
    const policy = directives(contentSecurityPolicy("n0nce", { development: true }));
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("sends HSTS from a production server only", () => {
    expect(staticSecurityHeaders({ production: true })["Strict-Transport-Security"]).toBe(
      "max-age=31536000; includeSubDomains",
    );
    expect(staticSecurityHeaders({ production: false })).not.toHaveProperty("Strict-Transport-Security");
  });
});
