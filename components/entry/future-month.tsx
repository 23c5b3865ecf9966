// The answer to a report asked for a month that has not started.
import Link from "next/link";
import { formatMonth } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { type Messages, fill } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import { reportHref } from "@/lib/routes";

export function FutureMonth({ unitCode, month, current, locale, t }: { unitCode: string; month: Month; current: Month; locale: Locale; t: Messages }) {
  const e = t.reports.entry;
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold">{fill(e.futureTitle, { month: formatMonth(month, locale) })}</h1>
      <p className="mt-2 text-slate-600">{fill(e.futureBody, { current: formatMonth(current, locale) })}</p>
      <Link href={reportHref(unitCode, current)} className="mt-4 inline-flex min-h-11 items-center text-brand-700 hover:underline">
        {fill(e.goToMonth, { month: formatMonth(current, locale) })}
      </Link>
    </div>
  );
}
