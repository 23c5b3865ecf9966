import Link from "next/link";

import type { SessionUser } from "@/lib/auth/session";
import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { dateToMonth, type Month } from "@/lib/period";
import { canAccessUnit } from "@/lib/permissions/scope";
import { getUnitsWithCode } from "@/lib/queries/units";
import { coverageHref } from "@/lib/routes";
import { firstMonthOf, lastMonthOf } from "@/lib/units/unit-in-month";

/**
 * A code that names no unit in the chosen month: either it never existed, or it belongs to another
 * structure (e.g. an old ward's code after July 2025). Offers the periods in which the code is valid.
 */
export async function UnitNotInMonth({
  user,
  code,
  month,
  locale,
  t,
}: {
  user: SessionUser;
  code: string;
  month: Month;
  locale: Locale;
  t: Messages;
}) {
  // Only units the user may open are offered: the others are not revealed.
  const candidates = (await getUnitsWithCode(code)).map((unit) => {
    const lastMonth = lastMonthOf(unit);
    return { unit, lastMonth, shown: lastMonth && lastMonth < month ? lastMonth : firstMonthOf(unit) };
  });
  const allowed = await Promise.all(candidates.map(({ unit, shown }) => canAccessUnit(user, unit.id, shown)));
  const units = candidates.filter((_, i) => allowed[i]);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold">{t.dashboard.notFoundTitle}</h1>
      <p className="mt-2 text-slate-600">
        {fill(t.dashboard.unitNotValid, { code, month: formatMonth(month, locale) })}
      </p>
      {units.length > 0 && (
        <>
          <p className="mt-4 text-sm text-slate-600">{t.dashboard.unitValidIn}</p>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {units.map(({ unit, lastMonth, shown }) => {
              return (
                <li key={unit.id}>
                  <Link href={coverageHref(unit.code, shown)} className="text-brand-700 hover:underline">
                    {unit.name}
                  </Link>{" "}
                  ({formatMonth(dateToMonth(unit.validFrom), locale)} –{" "}
                  {lastMonth ? formatMonth(lastMonth, locale) : "…"})
                </li>
              );
            })}
          </ul>
        </>
      )}
      <Link href="/" className="mt-6 inline-block text-brand-700 hover:underline">
        {t.dashboard.backToCountry}
      </Link>
    </div>
  );
}
