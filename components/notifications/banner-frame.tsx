"use client";

import { usePathname } from "next/navigation";

/** The banner's frame: shown on every page but the notification list itself, which says the same. */
export function BannerFrame({ label, children }: { label: string; children: React.ReactNode }) {
  if (usePathname().startsWith("/notifications")) return null;
  return (
    <section
      aria-label={label}
      className="mb-5 rounded-lg border border-brand-600/30 bg-brand-50 p-4 shadow-sm"
      data-testid="notification-banner"
    >
      {children}
    </section>
  );
}
