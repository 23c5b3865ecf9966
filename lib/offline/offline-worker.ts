// The pages' side of the service worker (./service-worker.ts): registering it, and asking it to keep
// pages for use offline or to forget them. Browser-only; does nothing where service workers are not
// available (an old browser, a page not served over HTTPS or from localhost, the dev server).
import type { OfflineMessage } from "./offline-pages";

const WORKER_URL = "/sw.js";

function available(): boolean {
  return typeof navigator !== "undefined" && "serviceWorker" in navigator && process.env.NODE_ENV === "production";
}

/** Registers the worker (once per page load; the browser keeps it between visits). */
export function registerOfflineWorker(): void {
  if (!available()) return;
  navigator.serviceWorker.register(WORKER_URL, { scope: "/" }).catch(() => {
    // Without the worker the app works online as before.
  });
}

async function post(message: OfflineMessage): Promise<void> {
  if (!available()) return;
  const registration = await navigator.serviceWorker.getRegistration("/");
  registration?.active?.postMessage(message);
}

/**
 * Asks the worker to fetch and keep these pages (and their scripts) for use offline; `refresh`
 * fetches them again even if kept a moment ago (after a save changed them).
 */
export async function keepForOffline(urls: string[], refresh = false): Promise<void> {
  if (!available()) return;
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage({ type: "KEEP_FOR_OFFLINE", urls, refresh } satisfies OfflineMessage);
}

/** Forgets the kept pages: they show the last user's figures. */
export async function forgetOfflinePages(): Promise<void> {
  await post({ type: "FORGET_OFFLINE_PAGES" });
}
