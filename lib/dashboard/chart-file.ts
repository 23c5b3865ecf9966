// The figures of a dashboard chart as a workbook, exactly as the chart draws them for the same URL
// parameters (the month, the structure view and the counting basis): read by the same functions as
// the chart (./chart-figures.ts). The unit is found as the dashboard finds it and must be in the
// user's scope, checked here on the server; a unit outside it is answered like one that does not exist.
import "server-only";

import { countingBasisFrom, type CountingBasis } from "@/lib/coverage/counting-rule";
import { notYetInsured } from "@/lib/coverage/not-yet-insured";
import { basisPointsToRate } from "@/lib/coverage/rates";
import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import type { ScopedUser } from "@/lib/permissions/scope";
import { getReportedMonths } from "@/lib/queries/get-reported-months";
import { resolveUnitInMonth } from "@/lib/queries/resolve-unit-in-month";
import { buildTableWorkbook, type TableSheet } from "@/lib/reports/file/table-workbook";
import { DASHBOARD_CHARTS, type DashboardChart } from "@/lib/routes";
import { monthAsked } from "@/lib/validation/period";

import { CHART_FILE_NAMES } from "./chart-download";
import { getGroupFigures, getTrendFigures, trendStart } from "./chart-figures";
import { structureViewFrom, type StructureView } from "./structure-view";

export type ChartFile =
  { kind: "notFound" } | { kind: "invalid"; message: string } | { kind: "ready"; fileName: string; bytes: Uint8Array };

type SheetInput = {
  unitId: number;
  month: Month;
  firstMonth: Month;
  structureMonth: Month | null;
  basis: CountingBasis;
  locale: Locale;
  t: Messages;
};

/** A chart's sheet, and a line saying what its figures are. */
type ChartSheet = Omit<TableSheet, "notes"> & { note: string };

const rateOf = (bp: number | null) => (bp === null ? null : basisPointsToRate(bp));

async function trendSheet({
  unitId,
  month,
  firstMonth,
  structureMonth,
  basis,
  locale,
  t,
}: SheetInput): Promise<ChartSheet> {
  const from = trendStart(month, firstMonth, structureMonth);
  const figures = await getTrendFigures(unitId, from, month, structureMonth, basis);
  const d = t.downloads;
  return {
    name: d.sheets.trend,
    title: t.trend.title,
    note: d.trendNote,
    columns: [
      { header: t.dashboard.month, width: 16 },
      { header: t.cards.insured, width: 16, format: "count" },
      { header: t.cards.population, width: 16, format: "count" },
      { header: d.reportingUnits, width: 14, format: "count" },
      { header: t.trend.rate, width: 14, format: "rate" },
      { header: t.trend.target, width: 12, format: "rate" },
    ],
    rows: figures.map(({ point, rate, targetBp }) => [
      formatMonth(point.month, locale),
      point.reportingUnits ? point.insured : null,
      point.reportingUnits ? point.population : null,
      point.reportingUnits,
      rate,
      rateOf(targetBp),
    ]),
  };
}

async function groupsSheet({ unitId, month, structureMonth, basis, locale, t }: SheetInput): Promise<ChartSheet> {
  const figures = await getGroupFigures(unitId, month, structureMonth, basis, locale);
  const g = t.groups;
  return {
    name: t.downloads.sheets.groups,
    title: g.title,
    note: t.downloads.groupsNote,
    columns: [
      { header: g.group, width: 8 },
      { header: t.downloads.groupName, width: 36 },
      { header: g.insured, width: 14, format: "count" },
      { header: g.eligible, width: 14, format: "count" },
      { header: g.actual, width: 12, format: "rate" },
      { header: g.target, width: 12, format: "rate" },
      { header: g.points, width: 14, format: "points" },
      { header: g.gap, width: 14, format: "count" },
      { header: g.uninsured, width: 14, format: "count" },
    ],
    rows: figures.map(({ group, progress }) => [
      group.code,
      group.name,
      group.insured,
      group.eligible,
      progress.rate,
      rateOf(progress.targetBp),
      progress.points,
      progress.gap,
      notYetInsured(group.insured, group.eligible),
    ]),
  };
}

const SHEETS: Record<DashboardChart, (input: SheetInput) => Promise<ChartSheet>> = {
  trend: trendSheet,
  groups: groupsSheet,
};

/** The lines under a file's title: the unit and month, the counting basis and the structure. */
export function fileNotes(
  unit: { code: string; name: string },
  month: string,
  basis: CountingBasis,
  view: StructureView,
  t: Messages,
): string[] {
  return [
    fill(t.downloads.unitMonth, { unit: unit.name, code: unit.code, month }),
    t.ranking.file.basis[basis],
    t.ranking.file.structure[view],
  ];
}

export async function buildChartFile(
  user: ScopedUser,
  unitCode: string,
  query: URLSearchParams,
  locale: Locale,
  t: Messages,
): Promise<ChartFile> {
  const chart = DASHBOARD_CHARTS.find((name) => name === query.get("chart"));
  if (!chart) return { kind: "invalid", message: fill(t.downloads.badChart, { chart: query.get("chart") ?? "" }) };
  const range = await getReportedMonths();
  const month = range ? monthAsked(query.get("month"), range) : null;
  if (!range || month === null)
    return { kind: "invalid", message: fill(t.downloads.badMonth, { month: query.get("month") ?? "" }) };
  const view = structureViewFrom(query.get("view"));
  const basis = countingBasisFrom(query.get("data"));
  const found = await resolveUnitInMonth(user, { unit: { code: unitCode }, month, view });
  if (found.kind !== "unit") return { kind: "notFound" };
  const { unit, structureMonth } = found;

  const { note, ...sheet } = await SHEETS[chart]({
    unitId: unit.id,
    month,
    firstMonth: range.first,
    structureMonth,
    basis,
    locale,
    t,
  });
  const bytes = await buildTableWorkbook(t.app.title, [
    { ...sheet, notes: [...fileNotes(unit, formatMonth(month, locale), basis, view, t), note] },
  ]);
  const suffix = `${view === "current" ? "-hien-nay" : ""}${basis === "approved" ? "-da-duyet" : ""}`;
  return { kind: "ready", fileName: `${CHART_FILE_NAMES[chart]}-${unit.code}-${month}${suffix}.xlsx`, bytes };
}
