// The comparison view's figures as a workbook, exactly as the view shows them for the same URL
// parameters (from, to, structure view, counting basis): the unit and its children, each with its
// rate, people insured and population in both months and the change, read by the view's query
// (lib/queries/get-month-comparison.ts). Scope is checked here, on the server, as the view checks it.
import "server-only";

import { shortReasonText } from "@/components/dashboard/comparison-text";
import { countingBasisFrom } from "@/lib/coverage/counting-rule";
import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { addMonths } from "@/lib/period";
import type { ScopedUser } from "@/lib/permissions/scope";
import { getMonthComparison, type ComparedUnit } from "@/lib/queries/get-month-comparison";
import { getReportedMonths } from "@/lib/queries/get-reported-months";
import { resolveUnitInMonth } from "@/lib/queries/resolve-unit-in-month";
import { buildTableWorkbook } from "@/lib/reports/file/table-workbook";
import { monthAsked, monthWithin } from "@/lib/validation/period";

import { fileNotes } from "./chart-file";
import { earlierMonthInScope } from "./compare-scope";
import { structureViewFrom } from "./structure-view";

export type CompareFile =
  { kind: "notFound" } | { kind: "invalid"; message: string } | { kind: "ready"; fileName: string; bytes: Uint8Array };

export async function buildCompareFile(
  user: ScopedUser,
  unitCode: string,
  query: URLSearchParams,
  locale: Locale,
  t: Messages,
): Promise<CompareFile> {
  const range = await getReportedMonths();
  const to = range ? monthAsked(query.get("to"), range) : null;
  if (!range || to === null)
    return { kind: "invalid", message: fill(t.downloads.badMonth, { month: query.get("to") ?? "" }) };
  const from = monthWithin(query.get("from") ?? undefined, range, addMonths(to, -12));
  const view = structureViewFrom(query.get("view"));
  const basis = countingBasisFrom(query.get("data"));
  const found = await resolveUnitInMonth(user, { unit: { code: unitCode }, month: to, view });
  if (found.kind !== "unit") return { kind: "notFound" };
  const { unit, structureMonth } = found;
  if (!(await earlierMonthInScope(user, unit, from, structureMonth))) return { kind: "notFound" };

  const comparison = await getMonthComparison(unit, from, to, structureMonth, basis);
  const [fromText, toText] = [formatMonth(from, locale), formatMonth(to, locale)];
  const c = t.compare;
  const d = t.downloads;
  const at = (figure: string, month: string) => fill(d.fromTo, { figure, month });
  const row = (each: ComparedUnit) => {
    const { change } = each;
    return [
      each.code,
      each.name,
      each.from?.rate ?? null,
      each.to?.rate ?? null,
      change.kind === "change" ? change.points : null,
      each.from?.insured ?? null,
      each.to?.insured ?? null,
      change.kind === "change" ? change.people : null,
      each.from?.population ?? null,
      each.to?.population ?? null,
      change.kind === "change"
        ? change.provisional
          ? t.comparison.provisional
          : null
        : shortReasonText(change.reason, basis, t),
    ];
  };
  const bytes = await buildTableWorkbook(t.app.title, [
    {
      name: d.sheets.compare,
      title: `${unit.name} · ${fill(c.title, { from: fromText, to: toText })}`,
      notes: [
        ...fileNotes(unit, fill(c.title, { from: fromText, to: toText }), basis, view, t),
        fill(d.compareNote, { from: fromText, to: toText }),
      ],
      columns: [
        { header: t.ranking.code, width: 9 },
        { header: c.unit, width: 30 },
        { header: at(c.rate, fromText), width: 14, format: "rate" },
        { header: at(c.rate, toText), width: 14, format: "rate" },
        { header: d.changeRate, width: 14, format: "points" },
        { header: at(c.insured, fromText), width: 16, format: "count" },
        { header: at(c.insured, toText), width: 16, format: "count" },
        { header: d.changeInsured, width: 16, format: "signedCount" },
        { header: at(d.population, fromText), width: 16, format: "count" },
        { header: at(d.population, toText), width: 16, format: "count" },
        { header: t.ranking.note, width: 24 },
      ],
      rows: [row(comparison.unit), ...comparison.children.map(row)],
    },
  ]);
  const suffix = `${view === "current" ? "-hien-nay" : ""}${basis === "approved" ? "-da-duyet" : ""}`;
  return { kind: "ready", fileName: `so-sanh-${unit.code}-${from}-${to}${suffix}.xlsx`, bytes };
}
