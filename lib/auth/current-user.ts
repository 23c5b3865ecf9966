// The signed-in user in server components and server actions: the real session check, done on
// the server for every page and action (the proxy only looks for the cookie).
import "server-only";

import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";

import { can } from "@/lib/permissions/can";
import type { Permission } from "@/lib/permissions/roles";

import { REQUEST_PATH_HEADER, signInHref } from "./redirect-target";
import { resolveSessionUser, type SessionUser } from "./session";

export const CHANGE_PASSWORD_PATH = "/account/password";

/** The user of this request, or null; resolved once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => resolveSessionUser(await headers()));

/**
 * The user of this request; without a session, a redirect to the sign-in page (back to the page
 * asked for afterwards). A user who must change their password is sent to do so first.
 */
export async function requireUser({ allowPendingPasswordChange = false } = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInHref((await headers()).get(REQUEST_PATH_HEADER)));
  if (user.mustChangePassword && !allowPendingPasswordChange) redirect(CHANGE_PASSWORD_PATH);
  return user;
}

/** The user of this request if they hold `permission`; otherwise the page is not found (404). */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, permission)) notFound();
  return user;
}
