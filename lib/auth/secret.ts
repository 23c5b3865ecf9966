// The secret that signs session cookies. Production needs BETTER_AUTH_SECRET (32+ characters,
// e.g. `openssl rand -base64 32`); a demo started with ALLOW_DEMO_PASSWORDS=1 may run without one
// and gets a random secret per process (everyone is signed out when the server restarts).
// Development and tests use a fixed, public secret. The cookie holds a random session token that
// must also be found in the database, so the secret adds integrity, not the session's secrecy.
import { randomBytes } from "node:crypto";

const DEVELOPMENT_SECRET = "bhyt-development-only-secret-not-for-production-use";
const MIN_SECRET_LENGTH = 32;

export class MissingAuthSecretError extends Error {}

export function resolveAuthSecret(
  env: { BETTER_AUTH_SECRET?: string; NODE_ENV?: string; ALLOW_DEMO_PASSWORDS?: string } = process.env,
): string {
  const configured = env.BETTER_AUTH_SECRET;
  if (configured) {
    if (configured.length < MIN_SECRET_LENGTH) {
      throw new MissingAuthSecretError(`BETTER_AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters long.`);
    }
    return configured;
  }
  if (env.NODE_ENV !== "production") return DEVELOPMENT_SECRET;
  if (env.ALLOW_DEMO_PASSWORDS === "1") return randomBytes(32).toString("base64url");
  throw new MissingAuthSecretError(
    "BETTER_AUTH_SECRET is not set. Set it to a random string of 32 or more characters (openssl rand -base64 32).",
  );
}
