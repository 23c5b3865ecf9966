// Moments (audit log, lock-out end) in Vietnam's time zone: "14:05, 23/11/2026" or "23 Nov 2026, 14:05".
import type { Locale } from "./i18n/locales";

const TIME_ZONE = "Asia/Ho_Chi_Minh";
const formats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDateTime(date: Date, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
      dateStyle: "short",
      timeStyle: "short",
      timeZone: TIME_ZONE,
    });
    formats.set(locale, format);
  }
  return format.format(date);
}
