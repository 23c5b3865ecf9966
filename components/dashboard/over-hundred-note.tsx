import type { Messages } from "@/lib/i18n/messages";

/**
 * Beside a status, for a coverage rate above 100%: legitimate (the denominator is often an
 * estimate), but not plain success — it asks the reader to check the denominator.
 */
export function OverHundredNote({ rate, t }: { rate: number | null; t: Pick<Messages, "status"> }) {
  if (rate === null || rate <= 1) return null;
  return (
    <span
      title={t.status.overHundredHint}
      data-testid="over-hundred"
      className="inline-flex whitespace-nowrap rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-900 ring-1 ring-inset ring-sky-600/30"
    >
      {t.status.overHundred}
    </span>
  );
}
