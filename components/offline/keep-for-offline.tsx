"use client";

// Asks the service worker to keep these pages (a commune's forms of the months to report, the page
// open now) for use offline. Renders nothing.
import { useEffect } from "react";

import { keepForOffline } from "@/lib/offline/offline-worker";

export function KeepForOffline({ urls }: { urls: string[] }) {
  const list = urls.join("\n");
  useEffect(() => {
    void keepForOffline(list.split("\n").filter(Boolean));
  }, [list]);
  return null;
}
