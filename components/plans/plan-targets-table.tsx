// The targets a plan sets for its scope unit: one row for the overall target and one per group, one
// column per milestone, and the responsible agency.
import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { groupNames } from "@/lib/i18n/reference-texts";
import { dateToMonth } from "@/lib/period";
import type { PlanDetail } from "@/lib/queries/get-plan";

import { TargetCell } from "./target-cell";
import { assignedText } from "./target-text";

export function PlanTargetsTable({ plan, locale, t }: { plan: PlanDetail; locale: Locale; t: Messages }) {
  const own = plan.targets.filter((target) => target.unitId === plan.scopeUnitId);
  const milestones = [...new Set(own.map((target) => dateToMonth(target.dueOn)))].sort();
  const rows = [...new Map(own.map((target) => [target.groupId, target.group])).entries()].sort(
    ([a, groupA], [b, groupB]) =>
      a === null ? -1 : b === null ? 1 : (groupA?.code ?? "").localeCompare(groupB?.code ?? ""),
  );
  if (rows.length === 0) return null;
  const v = t.plans.view;
  return (
    <div tabIndex={0} className="overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600">
      <table className="min-w-[36rem] text-base lg:min-w-full" data-testid="plan-targets">
        <caption className="mb-1 text-left text-sm font-medium text-slate-600">{v.targetsTable}</caption>
        <thead className="border-b text-left text-sm text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              {t.plans.form.row}
            </th>
            {milestones.map((month) => (
              <th key={month} scope="col" className="px-3 py-1 text-right font-medium">
                {formatMonth(month, locale)}
              </th>
            ))}
            <th scope="col" className="px-3 py-1 font-medium">
              {v.agency}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([groupId, group]) => {
            const cells = own.filter((target) => target.groupId === groupId);
            return (
              <tr key={groupId ?? "all"} className="border-b border-slate-100 align-top">
                <th scope="row" className="min-w-[10rem] py-1.5 pr-3 text-left font-medium">
                  {group
                    ? `${fill(t.plans.group, { code: group.code })}: ${groupNames(group, locale).shortName}`
                    : t.plans.overall}
                </th>
                {milestones.map((month) => {
                  const cell = cells.find((target) => dateToMonth(target.dueOn) === month);
                  return (
                    <td key={month} className="whitespace-nowrap px-3 py-1.5 text-right tabular-nums">
                      <TargetCell target={cell ?? null} locale={locale} t={t} />
                      {cell?.assignedCount != null && (
                        <span className="block text-sm text-slate-500">
                          {fill(t.plans.allocation.parentCount, { count: assignedText(cell, locale, t) })}
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="min-w-[12rem] px-3 py-1.5 text-sm text-slate-600">
                  {cells.find((cell) => cell.responsibleAgency)?.responsibleAgency ?? "–"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
