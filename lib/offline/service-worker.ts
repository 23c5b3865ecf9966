/// <reference lib="webworker" />
// The service worker (bundled to public/sw.js by scripts/build-service-worker.ts, with Serwist):
// keeps the pages a commune needs to enter its report, with their scripts, so that the form opens
// and works without a connection. Pages are fetched from the network first and kept as served
// (a failed or redirected answer is never kept); the app's static files, whose names change with
// their content, from the cache first. Another page opened offline gets public/offline.html.
// Saves made offline are not queued here: the form keeps them in the browser and sends them through
// the normal server action when the connection returns (lib/reports/report-draft.ts).
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, type SerwistPlugin } from "serwist";

import {
  ASSET_CACHE,
  isOfflinePage,
  OFFLINE_FALLBACK,
  PAGE_CACHE,
  staticAssetsOf,
  type KeepForOffline,
  type OfflineMessage,
} from "./offline-pages";

declare const self: ServiceWorkerGlobalScope;
/** public/offline.html and the icon, each with the hash of its content, set when bundled. */
declare const PRECACHED: { url: string; revision: string }[];

/** A kept page is refreshed from the network at most this often when a page asks to keep it. */
const KEEP_FRESH_MS = 10 * 60 * 1000;

const onlyPlainAnswers: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) =>
    response.status === 200 && !response.redirected && response.type === "basic" ? response : null,
};

/** One copy per page address: whatever headers the request had (a navigation, or ./keep below). */
const byAddress: SerwistPlugin = { cacheKeyWillBeUsed: async ({ request }) => pageKey(request.url) };

function pageKey(url: string): Request {
  return new Request(url, { credentials: "same-origin" });
}

const pages = new NetworkFirst({
  cacheName: PAGE_CACHE,
  networkTimeoutSeconds: 6,
  matchOptions: { ignoreVary: true },
  plugins: [byAddress, onlyPlainAnswers, new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 60 * 24 * 60 * 60 })],
});
const assets = new CacheFirst({
  cacheName: ASSET_CACHE,
  plugins: [onlyPlainAnswers, new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 120 * 24 * 60 * 60 })],
});

const serwist = new Serwist({
  skipWaiting: true,
  clientsClaim: true,
  precacheEntries: PRECACHED,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === "navigate" && isOfflinePage(url.pathname),
      handler: pages,
    },
    { matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"), handler: assets },
    {
      matcher: ({ url, sameOrigin }) =>
        sameOrigin && (url.pathname.startsWith("/icons/") || url.pathname === "/manifest.webmanifest"),
      handler: assets,
    },
    // Every other page from the network only, so that offline it gets the fallback below.
    { matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate", handler: new NetworkOnly() },
  ],
  fallbacks: { entries: [{ url: OFFLINE_FALLBACK, matcher: ({ request }) => request.destination === "document" }] },
});

async function keptRecently(url: string): Promise<boolean> {
  const kept = await (await caches.open(PAGE_CACHE)).match(url, { ignoreVary: true });
  const date = kept?.headers.get("date");
  return date !== null && date !== undefined && Date.now() - Date.parse(date) < KEEP_FRESH_MS;
}

async function keep({ urls, refresh }: KeepForOffline, event: ExtendableMessageEvent): Promise<void> {
  for (const url of urls) {
    const address = new URL(url, self.location.origin);
    if (address.origin !== self.location.origin || !isOfflinePage(address.pathname)) continue;
    if (!refresh && (await keptRecently(address.href))) continue;
    try {
      const request = pageKey(address.href);
      const response = await fetch(request);
      if (response.status !== 200 || response.redirected) continue;
      // Its scripts and styles first: a page is kept only with what it needs to work.
      const html = await response.clone().text();
      await Promise.all(staticAssetsOf(html).map((path) => assets.handle({ request: new Request(path), event })));
      const cache = await caches.open(PAGE_CACHE);
      await cache.delete(request, { ignoreVary: true });
      await cache.put(request, response);
    } catch {
      // Offline, or the page failed: kept as it was.
    }
  }
}

self.addEventListener("message", (event) => {
  const message = event.data as OfflineMessage | undefined;
  if (message?.type === "KEEP_FOR_OFFLINE") event.waitUntil(keep(message, event));
  else if (message?.type === "FORGET_OFFLINE_PAGES") event.waitUntil(caches.delete(PAGE_CACHE));
});

serwist.addEventListeners();
