// Moments (audit log, lock-out end) in Vietnam's time zone: "21:10 3/12/26" or, in English, with the
// month in words so that the day and month cannot be swapped, "3 Dec 2026, 21:10".
import type { Locale } from "./i18n/locales";

const TIME_ZONE = "Asia/Ho_Chi_Minh";
const formats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDateTime(date: Date, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
      dateStyle: locale === "vi" ? "short" : "medium",
      timeStyle: "short",
      timeZone: TIME_ZONE,
    });
    formats.set(locale, format);
  }
  return format.format(date);
}
