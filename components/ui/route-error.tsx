"use client";

// The error page of a route segment: never shows the raw error to the reader; the digest lets an
// operator find it in the server log.
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";

export function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const cookie =
    typeof document === "undefined" ? undefined : document.cookie.match(new RegExp(`${LOCALE_COOKIE}=(\\w+)`))?.[1];
  const t = MESSAGES[isLocale(cookie) ? cookie : "vi"];
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white p-6">
      <h1 className="text-xl font-semibold text-behind">{t.dashboard.errorTitle}</h1>
      <p className="mt-2 text-slate-600">{t.dashboard.errorBody}</p>
      {error.digest && <p className="mt-1 text-xs text-slate-600">#{error.digest}</p>}
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700"
      >
        {t.dashboard.retry}
      </button>
    </div>
  );
}
