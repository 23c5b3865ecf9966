// The security headers of every response. The proxy (proxy.ts) sends all of them on pages, with a
// Content-Security-Policy built around a fresh nonce per request; next.config.ts sends the others
// on every response, so also on what the proxy does not see (static files under /_next/static).
//
// How the nonce works: the proxy puts the policy on the request as well, Next.js reads the nonce
// from it while rendering and gives it to its own scripts and inline scripts (so every page must
// render per request, which all of them do: they read the session cookie). 'strict-dynamic'
// then trusts the chunks those scripts load, and nothing else runs: no inline script, no
// javascript: URL, no script from another origin.
//
// next.config.ts imports this file too, so it imports nothing (no "@/" paths there).

export type HeaderOptions = {
  /** `next dev`: React needs eval for its error overlay, and the dev server injects styles without the nonce. */
  development: boolean;
  /** A production server (`next start`): HSTS. */
  production: boolean;
};

/** 16 random bytes, base64: unpredictable and never reused. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, { development }: Pick<HeaderOptions, "development">): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // <style> elements need the nonce (Next.js gives it to the ones it writes), outside development.
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    // Style ATTRIBUTES cannot carry a nonce, and React writes the `style` prop as one in server
    // HTML: chart heights, the reporting-progress bar, Recharts' containers. Allowing them lets
    // injected markup restyle the page, no more: it runs no script and loads nothing (the other
    // directives still hold), and React escapes every text it renders.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // No upgrade-insecure-requests: it would break a server reached over plain HTTP (the demo, a
    // LAN address). A server behind HTTPS gets HSTS instead.
  ];
  return directives.join("; ");
}

/** Browser features the app never uses, turned off for it and for anything it could embed. */
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "usb=()",
  "browsing-topics=()",
].join(", ");

/** One year; browsers ignore the header on plain HTTP, so a demo on http://localhost is not pinned. */
const HSTS = "max-age=31536000; includeSubDomains";

/** Every security header except the Content-Security-Policy (which needs the request's nonce). */
export function staticSecurityHeaders({ production }: Pick<HeaderOptions, "production">): Record<string, string> {
  return {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(production ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/** The options for this process, from NODE_ENV (`next dev`: development, `next start`: production). */
export function headerOptionsFromEnvironment(nodeEnv: string | undefined): HeaderOptions {
  return { development: nodeEnv === "development", production: nodeEnv === "production" };
}
