import Link from "next/link";

import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import type { UnitPeriod } from "@/lib/queries/resolve-unit-in-month";
import { coverageHref } from "@/lib/routes";

/**
 * A code that names no unit in the chosen month but belongs to units of other months (e.g. an old
 * ward's code after July 2025): offers those periods. Only units the user may open are listed
 * (lib/queries/resolve-unit-in-month.ts answers 404 when there is none).
 */
export function UnitNotInMonth({
  code,
  month,
  periods,
  locale,
  t,
}: {
  code: string;
  month: Month;
  periods: UnitPeriod[];
  locale: Locale;
  t: Messages;
}) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold">{t.dashboard.notFoundTitle}</h1>
      <p className="mt-2 text-slate-600">
        {fill(t.dashboard.unitNotValid, { code, month: formatMonth(month, locale) })}
      </p>
      {periods.length > 0 && (
        <>
          <p className="mt-4 text-sm text-slate-600">{t.dashboard.unitValidIn}</p>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {periods.map(({ unit, first, last, shown }) => (
              <li key={unit.id}>
                <Link href={coverageHref(unit.code, shown)} className="text-brand-700 hover:underline">
                  {unit.name}
                </Link>{" "}
                ({formatMonth(first, locale)} – {last ? formatMonth(last, locale) : "…"})
              </li>
            ))}
          </ul>
        </>
      )}
      <Link href="/" className="mt-6 inline-block text-brand-700 hover:underline">
        {t.dashboard.backToCountry}
      </Link>
    </div>
  );
}
