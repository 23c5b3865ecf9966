// The page to return to after signing in: only a path on this site, never another origin, and
// never the sign-in page itself. The path is checked both as given and after URL resolution,
// because resolution can turn a harmless-looking path into a link to another site: "/.//x",
// "/..//x" and "/%2e//x" all resolve to "//x", which a browser reads as the host "x".
const BASE = "http://same-origin.invalid";

// Backslashes (browsers read them as slashes), ASCII control characters (URL parsing drops tabs
// and line breaks, joining what they separated), and slashes or backslashes written as %2F / %5C.
const UNSAFE_CHARACTERS = /[\\\u0000-\u001f\u007f]|%2f|%5c/i;

function isSafePath(path: string): boolean {
  const pathname = path.split(/[?#]/, 1)[0]!;
  return path.startsWith("/") && !pathname.includes("//") && !UNSAFE_CHARACTERS.test(path);
}

export function safeRedirectPath(value: unknown): string | null {
  if (typeof value !== "string" || !isSafePath(value)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  const resolved = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== BASE || !isSafePath(resolved) || url.pathname.startsWith("/sign-in")) return null;
  return resolved;
}

export function signInHref(next?: string | null): string {
  const target = safeRedirectPath(next);
  return target && target !== "/" ? `/sign-in?${new URLSearchParams({ next: target })}` : "/sign-in";
}

/** Request header in which the proxy passes the requested path on to pages (see proxy.ts). */
export const REQUEST_PATH_HEADER = "x-bhyt-request-path";
