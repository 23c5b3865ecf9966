// better-auth, configured for this app: username + password sign-in (scrypt hashes), sessions
// stored in the database (`session` table) behind a signed, httpOnly, sameSite=lax cookie that is
// `secure` in production. Nobody signs up: accounts are created by administrators and officials
// (lib/users/create-user.ts).
//
// better-auth is used as a server-side library only (auth.api.* from server actions and server
// components); its HTTP endpoints are NOT mounted (there is no app/api/auth route), so the only
// ways in are Next.js server actions, which Next rejects unless the Origin header matches the
// Host (cross-site form posts fail), and which add our throttling and audit around sign-in.
import "server-only";

import { randomUUID } from "node:crypto";

import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { username } from "better-auth/plugins";

import { db } from "@/lib/db";
import { ROLES } from "@/lib/permissions/roles";

import { AUTH_COOKIE_PREFIX } from "./cookie-names";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules";
import { resolveAuthSecret } from "./secret";
import { SESSION_MAX_AGE_SECONDS } from "./session-policy";

/** Error code of a sign-in refused because the account is deactivated. */
export const ACCOUNT_INACTIVE = "ACCOUNT_INACTIVE";

function createAuth() {
  return betterAuth({
    appName: "Bao phủ BHYT",
    secret: resolveAuthSecret(),
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
    },
    session: {
      expiresIn: SESSION_MAX_AGE_SECONDS,
      // Absolute lifetime: never extended. The idle timeout is ours (lib/auth/session.ts).
      disableSessionRefresh: true,
      cookieCache: { enabled: false },
    },
    user: {
      additionalFields: {
        role: { type: [...ROLES], input: false },
        scopeUnitId: { type: "number", input: false },
        active: { type: "boolean", input: false, defaultValue: true },
        mustChangePassword: { type: "boolean", input: false, defaultValue: false },
      },
    },
    databaseHooks: {
      session: {
        create: {
          // Runs after the password was verified: a deactivated user gets no session.
          async before(session) {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { active: true } });
            if (!user?.active)
              throw new APIError("FORBIDDEN", { code: ACCOUNT_INACTIVE, message: "Account is deactivated" });
          },
        },
      },
    },
    advanced: {
      cookiePrefix: AUTH_COOKIE_PREFIX,
      useSecureCookies: process.env.NODE_ENV === "production",
      database: { generateId: () => randomUUID() }, // like the accounts this app creates
    },
    rateLimit: { enabled: false }, // no HTTP endpoints; sign-in is throttled by lib/auth/throttle.ts
    telemetry: { enabled: false },
    plugins: [username(), nextCookies()], // nextCookies must stay last
  });
}

type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { bhytAuth?: Auth };

/** The auth instance, created on first use (not at import, so that `next build` needs no secret). */
export function getAuth(): Auth {
  return (globalForAuth.bhytAuth ??= createAuth());
}
