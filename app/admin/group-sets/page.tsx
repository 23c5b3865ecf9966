import type { Metadata } from "next";

import { NewGroupSetForm } from "@/components/admin/new-group-set-form";
import { Card } from "@/components/ui/card";
import { entered } from "@/components/ui/entered";
import { requirePermission } from "@/lib/auth/current-user";
import { currentMonth } from "@/lib/clock";
import { formatDate, formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { groupNames } from "@/lib/i18n/reference-texts";
import { getI18n } from "@/lib/i18n/server";
import { dateToMonth, monthToDate } from "@/lib/period";
import { getGroupSets } from "@/lib/queries/get-group-sets";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.groupSets.title };
}

export default async function GroupSetsPage() {
  const [, { locale, t }, sets] = await Promise.all([requirePermission("group-set:manage"), getI18n(), getGroupSets()]);
  const texts = t.groupSets;
  const today = monthToDate(currentMonth());
  const latest = sets[sets.length - 1];
  return (
    <div className="max-w-4xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{texts.title}</h1>
        <p className="text-sm text-slate-600">{texts.description}</p>
        <p className="mt-1 text-sm text-slate-600">{texts.mappingHint}</p>
      </div>
      <ol className="space-y-3">
        {sets.map((set) => {
          const inForce = set.validFrom <= today && (set.validTo === null || set.validTo >= today);
          return (
            <li
              key={set.id}
              className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
              data-testid={`group-set-${set.code}`}
            >
              <h2 className="text-base font-semibold text-slate-900">
                {set.code} · {fill(texts.from, { date: formatMonth(dateToMonth(set.validFrom), locale) })}{" "}
                <span className="font-normal text-slate-600">
                  {set.validTo ? fill(texts.until, { date: formatDate(set.validTo, locale) }) : texts.onwards}
                </span>
                {inForce && (
                  <span className="ml-2 rounded-full bg-green-50 px-2 py-0.5 text-xs font-medium text-met ring-1 ring-green-600/20">
                    {texts.inForce}
                  </span>
                )}
              </h2>
              <p className="text-sm text-slate-700" {...entered("group-set")}>
                {set.name}
              </p>
              <p className="text-xs text-slate-600" {...entered("group-set")}>
                {set.legalBasis}
              </p>
              <table className="mt-3 w-full text-left text-sm">
                <caption className="sr-only">{`${texts.groups} ${set.code}`}</caption>
                <thead className="text-xs text-slate-600">
                  <tr>
                    <th scope="col" className="py-1 pr-2">
                      {texts.code}
                    </th>
                    <th scope="col" className="py-1 pr-2">
                      {texts.groups}
                    </th>
                    <th scope="col" className="py-1">
                      {texts.continues}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {set.groups.map((group) => {
                    const names = groupNames(group, locale);
                    return (
                      <tr key={group.id} className="border-t border-slate-100">
                        <td className="py-1 pr-2 tabular-nums">{group.code}</td>
                        <td className="py-1 pr-2">
                          {names.name} <span className="text-slate-600">({names.shortName})</span>
                        </td>
                        <td className="py-1 text-slate-700">
                          {set === sets[0] ? "—" : group.continues.join(", ") || texts.continuesNone}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </li>
          );
        })}
      </ol>
      <Card title={texts.addTitle}>
        <NewGroupSetForm
          previousGroups={(latest?.groups ?? []).map((group) => ({
            id: group.id,
            label: `${group.code} – ${groupNames(group, locale).shortName}`,
          }))}
          labels={texts}
        />
      </Card>
    </div>
  );
}
