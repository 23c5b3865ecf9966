// Number, percentage and month formatting for the UI, per locale. Vietnamese (default) writes
// 16.984, 101,12% and "tháng 9/2023"; English writes 16,984, 101.12% and "Sep 2023".
import type { Locale } from "./i18n/locales";
import { monthParts, type Month } from "./period";

const INTL_LOCALE: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

const countFormats = new Map<Locale, Intl.NumberFormat>();
const decimalFormats = new Map<string, Intl.NumberFormat>();

export function formatCount(value: number, locale: Locale): string {
  let format = countFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0 });
    countFormats.set(locale, format);
  }
  return format.format(value);
}

function formatDecimal(value: number, digits: number, locale: Locale, signed = false): string {
  const key = `${locale}:${digits}:${signed}`;
  let format = decimalFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: signed ? "exceptZero" : "auto",
    });
    decimalFormats.set(key, format);
  }
  return format.format(value);
}

/** A rate given as a fraction (1.0112) written as a percentage with two decimals ("101,12%"). */
export function formatPercent(rate: number | null, locale: Locale, digits = 2): string {
  return rate === null ? "–" : `${formatDecimal(rate * 100, digits, locale)}%`;
}

/** Percentage points with a sign ("+0,45" / "−1,20"). */
export function formatPoints(points: number, locale: Locale): string {
  return formatDecimal(points, 2, locale, true).replace("-", "−");
}

/** A change in people with its sign ("+1.234" / "−56" / "0"). */
export function formatSignedCount(value: number, locale: Locale): string {
  const text = formatCount(Math.abs(value), locale);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "tháng 9/2023" or "Sep 2023". */
export function formatMonth(month: Month, locale: Locale): string {
  const { year, month: m } = monthParts(month);
  return locale === "vi" ? `tháng ${m}/${year}` : `${EN_MONTHS[m - 1]} ${year}`;
}

/** Compact month for chart axes and month ranges: "9/2023" or "Sep 2023" (never "Sep 23", which reads as a date). */
export function formatMonthShort(month: Month, locale: Locale): string {
  const { year, month: m } = monthParts(month);
  return locale === "vi" ? `${m}/${year}` : `${EN_MONTHS[m - 1]} ${year}`;
}

/** A calendar date ("18/08/2021" or "18 Aug 2021"). */
export function formatDate(date: Date, locale: Locale): string {
  const options: Intl.DateTimeFormatOptions =
    locale === "vi" ? { day: "2-digit", month: "2-digit", year: "numeric" } : { dateStyle: "medium" };
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: "UTC" }).format(date);
}

/** A stored phone number (0912345678, lib/validation/phone.ts) grouped for reading: "0912 345 678", "0222 3851 234". */
export function formatPhone(phone: string): string {
  return phone.length === 10
    ? `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`
    : `${phone.slice(0, 4)} ${phone.slice(4, 8)} ${phone.slice(8)}`;
}

/** The tel: link of a stored phone number, in international form: "tel:+84912345678". */
export function phoneHref(phone: string): string {
  return `tel:+84${phone.slice(1)}`;
}
