"use client";

import { useRouter } from "next/navigation";

import { LOCALE_COOKIE, LOCALES, type Locale } from "@/lib/i18n/locales";

const LABELS: Record<Locale, string> = { vi: "Tiếng Việt", en: "English" };

export function LanguageSwitcher({ locale, label }: { locale: Locale; label: string }) {
  const router = useRouter();
  return (
    <label className="no-print flex items-center gap-2 text-sm">
      <span className="sr-only">{label}</span>
      <select
        value={locale}
        onChange={(event) => {
          document.cookie = `${LOCALE_COOKIE}=${event.target.value}; path=/; max-age=31536000; samesite=lax`;
          router.refresh();
        }}
        className="min-h-11 rounded border border-white/30 bg-brand-900 px-2 text-white focus:outline-none focus-visible:ring-2 focus-visible:ring-white"
      >
        {LOCALES.map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
