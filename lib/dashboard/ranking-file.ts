// The ranking of a unit's children as a file, exactly as the dashboard shows it for the same URL
// parameters: the month, the structure view, the counting basis and the ranking's sort, order,
// statuses and search. The unit is found as the dashboard finds it (./resolve-dashboard-unit.ts)
// and must be in the user's scope, checked here on the server whatever the page showed; a unit
// outside it is answered like one that does not exist.
import "server-only";

import { countingBasisFrom } from "@/lib/coverage/counting-rule";
import { showRanking, sortedGroup, type RankingSort } from "@/lib/coverage/ranking";
import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { groupNames } from "@/lib/i18n/reference-texts";
import type { ScopedUser } from "@/lib/permissions/scope";
import { getChildRanking } from "@/lib/queries/get-child-ranking";
import { getReportedMonths } from "@/lib/queries/get-reported-months";
import { resolveUnitInMonth } from "@/lib/queries/resolve-unit-in-month";
import { monthAsked } from "@/lib/validation/period";

import { rankingOptionsFrom, withKnownGroup } from "./ranking-options";
import { buildRankingWorkbook } from "./ranking-workbook";
import { structureViewFrom } from "./structure-view";

export type RankingFile =
  { kind: "notFound" } | { kind: "invalid"; message: string } | { kind: "ready"; fileName: string; bytes: Uint8Array };

export async function buildRankingFile(
  user: ScopedUser,
  unitCode: string,
  query: URLSearchParams,
  locale: Locale,
  t: Messages,
): Promise<RankingFile> {
  const range = await getReportedMonths();
  const month = range ? monthAsked(query.get("month"), range) : null;
  if (month === null)
    return { kind: "invalid", message: fill(t.ranking.file.badMonth, { month: query.get("month") ?? "" }) };
  const view = structureViewFrom(query.get("view"));
  const basis = countingBasisFrom(query.get("data"));
  const found = await resolveUnitInMonth(user, { unit: { code: unitCode }, month, view });
  if (found.kind !== "unit") return { kind: "notFound" };
  const { unit, structureMonth } = found;

  const { groups, rows } = await getChildRanking(unit.id, month, structureMonth, basis);
  const options = withKnownGroup(
    rankingOptionsFrom(Object.fromEntries(query)),
    groups.map((group) => group.code),
  );
  const shown = showRanking(rows, options);
  const r = t.ranking;
  const group = sortedGroup(options.sort);
  const sortedBy = groups.find(({ code }) => code === group);
  const sortName =
    group === null
      ? r.sort[options.sort as Exclude<RankingSort, `group-${string}`>]
      : fill(r.sort.group, { code: group, name: sortedBy ? groupNames(sortedBy, locale).shortName : "" });
  const notes = [
    r.file.basis[basis],
    r.file.structure[view],
    fill(r.file.sorted, { sort: sortName, order: r.order[options.order] }),
    ...(options.statuses.length > 0
      ? [
          fill(r.file.filtered, {
            statuses: options.statuses
              .map((status) => (status === "notReported" ? r.filter.notReported[basis] : t.status[status]))
              .join(", "),
          }),
        ]
      : []),
    ...(options.search ? [fill(r.file.searched, { search: options.search })] : []),
    fill(r.file.shown, { shown: shown.length, total: rows.length }),
    r.file.rates,
    `${r.uninsuredHint} ${r.uninsuredNotSummed}`,
  ];
  const bytes = await buildRankingWorkbook({
    title: fill(r.file.title, { unit: unit.name, code: unit.code, month: formatMonth(month, locale) }),
    notes,
    groups,
    shown,
    basis,
    locale,
    t,
  });
  const suffix = `${view === "current" ? "-hien-nay" : ""}${basis === "approved" ? "-da-duyet" : ""}`;
  return { kind: "ready", fileName: `xep-hang-${unit.code}-${month}${suffix}.xlsx`, bytes };
}
