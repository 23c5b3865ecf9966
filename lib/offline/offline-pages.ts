// What the app keeps for use without a connection, shared by the service worker
// (./service-worker.ts) and the pages that talk to it: the pages a commune needs to enter its
// report (home, its month list, the forms), the caches they go in, and the messages the pages send.

/** The pages kept offline: the home page, a unit's month list and a month's report form. */
export function isOfflinePage(pathname: string): boolean {
  return pathname === "/" || /^\/reports\/(?!export$|import$)[^/]+(?:\/\d{4}-\d{2})?$/.test(pathname);
}

/** The cache of the pages above, as last served to the signed-in user; emptied at every sign-in page. */
export const PAGE_CACHE = "bhyt-offline-pages";
/** The cache of the app's scripts, styles and fonts (their names change with their content). */
export const ASSET_CACHE = "bhyt-offline-assets";

/** The page shown for any other page opened without a connection. */
export const OFFLINE_FALLBACK = "/offline.html";

/** A page asks the worker to fetch these pages now, with their scripts, and keep them. */
export type KeepForOffline = { type: "KEEP_FOR_OFFLINE"; urls: string[]; refresh: boolean };
/** The sign-in page asks the worker to forget every kept page (they belong to the last user). */
export type ForgetOfflinePages = { type: "FORGET_OFFLINE_PAGES" };
export type OfflineMessage = KeepForOffline | ForgetOfflinePages;

/** The app's own static files named in a page's HTML: its scripts, styles and fonts. */
export function staticAssetsOf(html: string): string[] {
  const found = html.match(/(?:\/_next\/)?static\/(?:chunks|css|media)\/[^"'\s\\)]+/g) ?? [];
  return [...new Set(found.map((path) => (path.startsWith("/_next/") ? path : `/_next/${path}`)))];
}
