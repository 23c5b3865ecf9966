"use client";

// A report's figures per participant group beside last month's, behind a disclosure under its row
// in the review list, with the link to the report itself. One small table per group (people
// insured, people eligible and the rate; this month, last month, the change), so that a group reads
// without scrolling on a phone. A group with a warning the commune confirmed is marked; the warnings
// and their reasons are listed in the row. The tables are built once the disclosure opens: a
// province lists about a hundred communes, and their figures would otherwise triple the page.
import Link from "next/link";
import { useState } from "react";

import { Entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";
import { coverageRate } from "@/lib/coverage/rates";
import {
  formatCount,
  formatMonth,
  formatMonthShort,
  formatPercent,
  formatPoints,
  formatSignedCount,
} from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { groupNames } from "@/lib/i18n/reference-texts";
import { addMonths, type Month } from "@/lib/period";
import type { GroupMonthFigures } from "@/lib/queries/get-month-group-figures";
import { reportHref } from "@/lib/routes";

type Labels = Messages["reports"]["review"];

const cell = "whitespace-nowrap px-1 py-1 text-right tabular-nums";

function GroupTable({
  group,
  warned,
  month,
  locale,
  labels,
  groupLabel,
}: {
  group: GroupMonthFigures;
  warned: boolean;
  month: Month;
  locale: Locale;
  labels: Labels;
  groupLabel: string;
}) {
  const before = group.previous;
  const rate = coverageRate(group.insured, group.eligible);
  const previousRate = before ? coverageRate(before.insured, before.eligible) : null;
  const count = (value: number | undefined) => (value === undefined ? "–" : formatCount(value, locale));
  const change = (now: number, then: number | undefined) =>
    then === undefined ? "–" : formatSignedCount(now - then, locale);
  const lines = [
    {
      label: labels.groupInsured,
      now: count(group.insured),
      then: count(before?.insured),
      change: change(group.insured, before?.insured),
    },
    {
      label: labels.groupEligible,
      now: count(group.eligible),
      then: count(before?.eligible),
      change: change(group.eligible, before?.eligible),
    },
    {
      label: labels.groupRate,
      now: formatPercent(rate, locale),
      then: formatPercent(previousRate, locale),
      change:
        rate !== null && previousRate !== null
          ? fill(labels.groupPoints, { points: formatPoints((rate - previousRate) * 100, locale) })
          : "–",
    },
  ];
  return (
    <table className="w-full text-sm" data-testid={`review-group-${group.code}`}>
      <caption className="px-1 pb-1 text-left font-medium text-slate-800">
        {fill(groupLabel, { group: group.code })}: {groupNames(group, locale).shortName}
        {warned && (
          <>
            {" "}
            <span aria-hidden className="text-amber-700">
              ⚠
            </span>
            <span className="sr-only">({labels.groupWarning})</span>
          </>
        )}
      </caption>
      <thead className="text-xs text-slate-600">
        <tr className="border-b border-slate-200">
          <td />
          <th scope="col" className={`${cell} font-medium`}>
            {formatMonthShort(month, locale)}
          </th>
          <th scope="col" className={`${cell} font-medium`}>
            {formatMonthShort(addMonths(month, -1), locale)}
          </th>
          <th scope="col" className={`${cell} font-medium`}>
            {labels.groupChange}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.label}>
            <th scope="row" className="px-1 py-1 text-left font-normal text-slate-600">
              {line.label}
            </th>
            <td className={`${cell} font-medium text-slate-900`}>{line.now}</td>
            <td className={`${cell} text-xs text-slate-600`}>{line.then}</td>
            <td className={`${cell} text-xs text-slate-800`}>{line.change}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReviewGroupFigures({
  unitCode,
  unitName,
  month,
  groups,
  warnedGroups,
  locale,
  labels,
  groupLabel,
  className = "",
}: {
  unitCode: string;
  unitName: string;
  month: Month;
  groups: GroupMonthFigures[];
  /** Codes of the groups with a warning the commune confirmed. */
  warnedGroups: string[];
  locale: Locale;
  labels: Labels;
  /** "Nhóm {group}". */
  groupLabel: string;
  /** Placement in the row's grid. */
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className={`min-w-0 ${className}`}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid={`group-figures-${unitCode}`}
    >
      <summary className="cursor-pointer rounded text-sm font-medium text-brand-700 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600">
        {fill(labels.groupFigures, { count: groups.length, previous: formatMonth(addMonths(month, -1), locale) })}
      </summary>
      {open && (
        <>
          <div className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {groups.map((group) => (
              <div key={group.code} className="rounded-md border border-slate-200 bg-slate-50/60 p-1">
                <GroupTable
                  group={group}
                  warned={warnedGroups.includes(group.code)}
                  month={month}
                  locale={locale}
                  labels={labels}
                  groupLabel={groupLabel}
                />
              </div>
            ))}
          </div>
          <Link
            href={reportHref(unitCode, month)}
            className="mt-2 inline-block text-sm font-medium text-brand-700 underline hover:text-brand-900"
          >
            {fillNodes(labels.openReport, { unit: <Entered kind="unit">{unitName}</Entered> })}
          </Link>
        </>
      )}
    </details>
  );
}
