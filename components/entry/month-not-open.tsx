// The answer to a report asked for a month not open for entry yet: why, when it opens, and a link to
// the latest month open.
import Link from "next/link";

import { formatDate, formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { MonthNotOpen as NotOpen } from "@/lib/queries/get-report-entry";
import { reportHref } from "@/lib/routes";

export function MonthNotOpen({ target, locale, t }: { target: NotOpen; locale: Locale; t: Messages }) {
  const e = t.reports.entry;
  const { unit, month, opensOn, latest } = target;
  const params = {
    month: formatMonth(month, locale),
    date: formatDate(opensOn, locale),
    latest: formatMonth(latest, locale),
  };
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold">{fill(e.notOpenTitle, params)}</h1>
      <p className="mt-2 text-slate-600">{fill(e.notOpenBody, params)}</p>
      <Link
        href={reportHref(unit.code, latest)}
        className="mt-4 inline-flex min-h-11 items-center text-brand-700 hover:underline"
      >
        {fill(e.goToMonth, { month: params.latest })}
      </Link>
    </div>
  );
}
