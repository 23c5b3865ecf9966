import type { MetadataRoute } from "next";

import { MESSAGES } from "@/lib/i18n/messages";

/**
 * The web app manifest (/manifest.webmanifest): lets staff install the app on a phone or computer.
 * It opens on the home page, where commune staff find the month to report; the service worker
 * (lib/offline/service-worker.ts) keeps that page and the report forms for use offline.
 */
export default function manifest(): MetadataRoute.Manifest {
  const { app } = MESSAGES.vi;
  return {
    id: "/",
    name: `${app.title} – ${app.subtitle}`,
    short_name: app.title,
    description: app.subtitle,
    lang: "vi",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0f2f5e",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
  };
}
