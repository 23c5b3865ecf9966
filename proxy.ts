// Runs on every request except static files. Two jobs:
//  1. Security headers (lib/security/security-headers.ts) on every response, with a
//     Content-Security-Policy around a fresh nonce, also put on the request so that Next.js gives
//     the nonce to the scripts it renders.
//  2. The first, cheap check of a session: without a session cookie, any page but the sign-in page
//     goes to the sign-in page (and comes back afterwards). It does not read the database, so a
//     cookie that is present is NOT trusted here: every page and server action checks the session
//     itself (lib/auth/current-user.ts, lib/actions/authed-action.ts).
import { NextResponse, type NextRequest } from "next/server";

import { SESSION_COOKIE_NAMES } from "@/lib/auth/cookie-names";
import { REQUEST_PATH_HEADER, signInHref } from "@/lib/auth/redirect-target";
import {
  contentSecurityPolicy,
  headerOptionsFromEnvironment,
  newNonce,
  staticSecurityHeaders,
} from "@/lib/security/security-headers";

const HEADER_OPTIONS = headerOptionsFromEnvironment(process.env.NODE_ENV);
const STATIC_HEADERS = Object.entries(staticSecurityHeaders(HEADER_OPTIONS));

export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(newNonce(), HEADER_OPTIONS);
  const response = route(request, policy);
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of STATIC_HEADERS) response.headers.set(name, value);
  return response;
}

function route(request: NextRequest, contentSecurityPolicy: string): NextResponse {
  const { pathname, search } = request.nextUrl;
  const path = `${pathname}${search}`;
  const signedIn = SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name));
  if (!signedIn && pathname !== "/sign-in") return NextResponse.redirect(new URL(signInHref(path), request.url));
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", contentSecurityPolicy);
  // Tells pages which path was asked for, for the way back after a sign-in (never trusted further).
  headers.set(REQUEST_PATH_HEADER, path);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon\\.ico|robots\\.txt|.*\\.(?:png|jpg|jpeg|gif|svg|webp|ico|css|js|map|txt|woff2?|html|webmanifest)$).*)",
  ],
};
