// The session secret: required in production, except for a demo run with ALLOW_DEMO_PASSWORDS=1.
import { describe, expect, it } from "vitest";

import { MissingAuthSecretError, resolveAuthSecret } from "@/lib/auth/secret";

describe("resolveAuthSecret", () => {
  it("uses the configured secret", () => {
    const secret = "s".repeat(40);
    expect(resolveAuthSecret({ BETTER_AUTH_SECRET: secret, NODE_ENV: "production" })).toBe(secret);
  });

  it("refuses a short secret", () => {
    expect(() => resolveAuthSecret({ BETTER_AUTH_SECRET: "short", NODE_ENV: "production" })).toThrow(
      MissingAuthSecretError,
    );
  });

  it("refuses to run production without a secret", () => {
    expect(() => resolveAuthSecret({ NODE_ENV: "production" })).toThrow(MissingAuthSecretError);
  });

  it("gives a demo a random secret per process, and development a fixed one", () => {
    const demo = resolveAuthSecret({ NODE_ENV: "production", ALLOW_DEMO_PASSWORDS: "1" });
    expect(demo).toHaveLength(43);
    expect(resolveAuthSecret({ NODE_ENV: "production", ALLOW_DEMO_PASSWORDS: "1" })).not.toBe(demo);
    expect(resolveAuthSecret({ NODE_ENV: "development" })).toBe(resolveAuthSecret({ NODE_ENV: "test" }));
  });
});
