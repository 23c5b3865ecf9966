"use client";

// The error page of a route segment: never shows the raw error to the reader; the digest lets an
// operator find it in the server log. It offers a retry and the way back to the start page. Its
// words are the only ones a client component takes from a catalogue (lib/i18n/error-page.ts).
import Link from "next/link";

import { Button } from "@/components/ui/button";
import { ERROR_PAGE } from "@/lib/i18n/error-page";
import { isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";

/** The reader's language from the locale cookie (an error page has no server to ask). */
export function cookieLocale(): Locale {
  const cookie =
    typeof document === "undefined" ? undefined : document.cookie.match(new RegExp(`${LOCALE_COOKIE}=(\\w+)`))?.[1];
  return isLocale(cookie) ? cookie : "vi";
}

export function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = ERROR_PAGE[cookieLocale()];
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white p-6">
      <h1 className="text-xl font-semibold text-behind">{t.title}</h1>
      <p className="mt-2 text-slate-600">{t.body}</p>
      {error.digest && <p className="mt-1 text-xs text-slate-600">#{error.digest}</p>}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button onClick={reset} className="px-3 py-1.5">
          {t.retry}
        </Button>
        <Link href="/" className="text-brand-700 underline-offset-2 hover:underline">
          {t.back}
        </Link>
      </div>
    </div>
  );
}
