"use client";

// The error page when the root layout itself fails (e.g. the database cannot be reached while it
// reads the session): it replaces the layout, so it brings its own <html> and the stylesheet.
// Next.js's built-in one would depend on an inline <style> that the Content Security Policy blocks.
import { cookieLocale, RouteError } from "@/components/ui/route-error";

import "./globals.css";

export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang={cookieLocale()}>
      <body className="min-h-screen">
        <main className="mx-auto max-w-7xl px-4 py-6">
          <RouteError {...props} />
        </main>
      </body>
    </html>
  );
}
