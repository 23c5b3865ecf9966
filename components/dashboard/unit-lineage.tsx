import Link from "next/link";

import { Card } from "@/components/ui/card";
import { entered } from "@/components/ui/entered";
import type { SessionUser } from "@/lib/auth/session";
import { formatCount, formatDate, formatMonth, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { getLineageInScope, type ScopedLineageLink } from "@/lib/queries/get-unit-lineage";
import { coverageHref } from "@/lib/routes";
import { firstMonthOf, lastMonthOf } from "@/lib/units/unit-in-month";

/**
 * The units this unit was formed from and the units it went into, with dates, the kind of each
 * succession and the share it stands for (given, or the default even split, explained). Nothing is
 * shown for a unit without any recorded change. Units outside the user's scope are named, not linked.
 */
export async function UnitLineage({
  unitId,
  user,
  locale,
  t,
}: {
  unitId: number;
  user: SessionUser;
  locale: Locale;
  t: Messages;
}) {
  // A predecessor is shown in its last month, a successor in its first one; linked only if in scope.
  const lineage = await getLineageInScope(user, unitId);
  if (lineage.predecessors.length === 0 && lineage.successors.length === 0) return null;
  const text = t.units.lineage;
  const sides = [
    { title: text.predecessors, items: lineage.predecessors, testId: "lineage-predecessors" },
    { title: text.successors, items: lineage.successors, testId: "lineage-successors" },
  ].filter((side) => side.items.length > 0);
  const anyDefault = sides.some((side) => side.items.some((link) => link.isDefault && link.baseUnits === null));

  return (
    <Card title={text.title} description={text.description}>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {sides.map((side) => (
          <section key={side.testId} aria-label={side.title} data-testid={side.testId}>
            <h3 className="text-sm font-semibold text-slate-700">{side.title}</h3>
            <ul className="mt-1 divide-y divide-slate-100 text-sm">
              {side.items.map((link) => (
                <LineageItem key={link.unit.id} link={link} locale={locale} t={text} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      {anyDefault && <p className="mt-3 text-xs text-slate-500">{text.defaultExplained}</p>}
    </Card>
  );
}

function LineageItem({
  link,
  locale,
  t,
}: {
  link: ScopedLineageLink;
  locale: Locale;
  t: Messages["units"]["lineage"];
}) {
  const { unit, month, linked } = link;
  const name = `${unit.name} (${unit.code})`;
  const lastMonth = lastMonthOf(unit);
  const validity = fill(t.validity, {
    from: formatMonth(firstMonthOf(unit), locale),
    to: lastMonth ? formatMonth(lastMonth, locale) : t.stillValid,
  });
  const share = link.share === null ? null : formatPercent(link.share, locale, link.share === 1 ? 0 : 2);
  const details = [
    link.kind === "FULL" ? t.full : link.kind === "PARTIAL" ? t.partial : null,
    // Between higher units the base units tell how much went: a share is only meaningful between base units.
    link.kind === "PARTIAL" && share && !link.baseUnits
      ? fill(link.isDefault ? t.defaultShare : t.share, { share })
      : null,
    link.baseUnits
      ? fill(t.viaCommunes, {
          count: formatCount(link.baseUnits.linked, locale),
          total: formatCount(link.baseUnits.total, locale),
        })
      : null,
    fill(t.effective, { date: formatDate(link.effectiveOn, locale) }),
  ].filter(Boolean);
  return (
    <li className="py-1.5">
      {linked ? (
        <Link
          href={coverageHref(unit.code, month)}
          className="font-medium text-brand-700 hover:underline"
          {...entered("unit")}
        >
          {name}
        </Link>
      ) : (
        <span className="font-medium text-slate-800" {...entered("unit")}>
          {name}
        </span>
      )}
      <span className="text-slate-500"> · {validity}</span>
      <p className="text-xs text-slate-600">{details.join(" · ")}</p>
    </li>
  );
}
