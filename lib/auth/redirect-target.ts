// The page to return to after signing in: only a path on this site, never another origin
// ("//evil.example", "/\\evil.example", "https://…" are refused), and never the sign-in page itself.
const BASE = "http://same-origin.invalid";

export function safeRedirectPath(value: unknown): string | null {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return null;
  if (/[\\\u0000-\u001f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE || url.pathname.startsWith("/sign-in")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

export function signInHref(next?: string | null): string {
  const target = safeRedirectPath(next);
  return target && target !== "/" ? `/sign-in?${new URLSearchParams({ next: target })}` : "/sign-in";
}

/** Request header in which the proxy passes the requested path on to pages (see proxy.ts). */
export const REQUEST_PATH_HEADER = "x-bhyt-request-path";
