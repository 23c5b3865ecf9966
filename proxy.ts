// The first, cheap check on every request except the sign-in page and static files: without a
// session cookie, go to the sign-in page (and come back afterwards). It does not read the
// database, so a cookie that is present is NOT trusted here: every page and server action checks
// the session itself (lib/auth/current-user.ts, lib/actions/authed-action.ts).
import { type NextRequest, NextResponse } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/cookie-names";
import { REQUEST_PATH_HEADER, signInHref } from "@/lib/auth/redirect-target";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/sign-in") return NextResponse.next();
  const path = `${pathname}${search}`;
  if (!SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))) {
    return NextResponse.redirect(new URL(signInHref(path), request.url));
  }
  // Tells pages which path was asked for, for the way back after a sign-in (never trusted further).
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, path);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|robots\\.txt|.*\\.(?:png|jpg|jpeg|gif|svg|webp|ico|css|js|map|txt|woff2?)$).*)"],
};
