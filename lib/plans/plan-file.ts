// A plan's leader view for a unit and month as a workbook, with the figures the page shows: the
// trend (rate, target, projection), the unit and each participant group against its target (with
// the outlook and the responsible agency) and the child units ranked as the page ranks them; or,
// with `part`, one chart's figures alone. Read by the same functions as the page (lib/queries/get-plan-progress.ts,
// ./plan-trend-points.ts); the plan, unit and month are resolved as the page resolves them, with
// its checks of the plan's and the unit's scope (./resolve-plan-view.ts).
import "server-only";

import { outlookText } from "@/components/plans/outlook-badge";
import { notYetInsured } from "@/lib/coverage/not-yet-insured";
import { rankStandings } from "@/lib/coverage/ranking";
import { basisPointsToRate } from "@/lib/coverage/rates";
import type { Standing } from "@/lib/coverage/standing";
import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { groupNames } from "@/lib/i18n/reference-texts";
import type { Month } from "@/lib/period";
import type { ScopedUser } from "@/lib/permissions/scope";
import { getChildStandings, getGroupStandings, getOverallStanding } from "@/lib/queries/get-plan-progress";
import { buildTableWorkbook, type TableSheet } from "@/lib/reports/file/table-workbook";
import { PLAN_FILE_PARTS } from "@/lib/routes";

import { planFileName, responsibleAgency } from "./plan-download";
import { getPlanTrendPoints } from "./plan-trend-points";
import { planViewFor, type PlanView } from "./resolve-plan-view";

export type PlanFile =
  { kind: "notFound" } | { kind: "invalid"; message: string } | { kind: "ready"; fileName: string; bytes: Uint8Array };

type Shown = Omit<PlanView, "user" | "month" | "historyFrom"> & { month: Month; historyFrom: Month };
type Sheet = Omit<TableSheet, "title" | "notes">;

const rateOf = (bp: number | null | undefined) => (bp == null ? null : basisPointsToRate(bp));
const outlookOf = (standing: Standing, t: Messages) =>
  standing.outlook ? outlookText(standing.outlook, standing.projection?.outcome ?? false, t) : null;

async function trendSheet({ plan, unit, month, historyFrom }: Shown, t: Messages, locale: Locale): Promise<Sheet> {
  const v = t.plans.view;
  const { points } = await getPlanTrendPoints(plan, unit.id, month, historyFrom);
  return {
    name: t.downloads.sheets.trend,
    columns: [
      { header: t.dashboard.month, width: 16 },
      { header: v.trendActual, width: 14, format: "rate" },
      { header: v.trendTarget, width: 12, format: "rate" },
      { header: v.trendProjection, width: 12, format: "rate" },
    ],
    rows: points.map((point) => [
      formatMonth(point.month, locale),
      point.rate,
      rateOf(point.targetBp),
      point.projection,
    ]),
  };
}

async function groupsSheet({ plan, unit, month, historyFrom }: Shown, t: Messages, locale: Locale): Promise<Sheet> {
  const v = t.plans.view;
  const [overall, groups] = await Promise.all([
    getOverallStanding(plan.id, unit.id, month, historyFrom),
    getGroupStandings(plan.id, unit.id, month, historyFrom),
  ]);
  const row = (
    code: string,
    name: string,
    insured: number,
    denominator: number,
    standing: Standing,
    agency: string | null,
  ) => [
    code,
    name,
    insured,
    denominator,
    standing.progress.rate,
    rateOf(standing.progress.targetBp),
    standing.progress.points,
    standing.progress.gap,
    notYetInsured(insured, denominator),
    outlookOf(standing, t),
    standing.projection?.rate ?? null,
    agency,
  ];
  return {
    name: t.downloads.sheets.groups,
    columns: [
      { header: v.groupColumn, width: 8 },
      { header: t.downloads.groupName, width: 36 },
      { header: t.groups.insured, width: 14, format: "count" },
      { header: `${t.groups.eligible} / ${t.downloads.population}`, width: 16, format: "count" },
      { header: v.rate, width: 12, format: "rate" },
      { header: v.targetColumn, width: 12, format: "rate" },
      { header: v.pointsColumn, width: 14, format: "points" },
      { header: v.gapColumn, width: 14, format: "count" },
      { header: t.groups.uninsured, width: 14, format: "count" },
      { header: v.outlookColumn, width: 16 },
      { header: v.trendProjection, width: 12, format: "rate" },
      { header: v.agency, width: 30 },
    ],
    rows: [
      row("", t.downloads.whole, overall.summary.insured, overall.summary.population, overall.standing, null),
      ...groups.map(({ group, standing }) =>
        row(
          group.code,
          groupNames(group, locale).name,
          group.insured,
          group.eligible,
          standing,
          responsibleAgency(plan, group.groupId, standing.target),
        ),
      ),
    ],
  };
}

async function rankingSheet({ plan, unit, month }: Shown, t: Messages, sort: string | null): Promise<Sheet | null> {
  const v = t.plans.view;
  const rows = rankStandings(await getChildStandings(plan.id, unit.id, month), sort === "points" ? "points" : "gap");
  if (rows.length === 0) return null;
  return {
    name: t.downloads.sheets.ranking,
    columns: [
      { header: v.rank, width: 7 },
      { header: t.ranking.code, width: 9 },
      { header: v.unitColumn, width: 30 },
      { header: t.downloads.population, width: 14, format: "count" },
      { header: t.groups.insured, width: 14, format: "count" },
      { header: v.rate, width: 12, format: "rate" },
      { header: v.targetColumn, width: 12, format: "rate" },
      { header: v.pointsColumn, width: 14, format: "points" },
      { header: v.gapColumn, width: 14, format: "count" },
      { header: v.attainmentColumn, width: 12, format: "rate" },
      { header: v.outlookColumn, width: 16 },
    ],
    rows: rows.map(({ row: { child, standing }, rank }) => [
      rank,
      child.code,
      child.name,
      child.population,
      child.insured,
      standing.progress.rate,
      rateOf(standing.progress.targetBp),
      standing.progress.points,
      standing.progress.gap,
      standing.progress.attainment,
      outlookOf(standing, t),
    ]),
  };
}

export async function buildPlanFile(
  user: ScopedUser,
  planIdText: string,
  query: URLSearchParams,
  locale: Locale,
  t: Messages,
): Promise<PlanFile> {
  const view = await planViewFor(user, planIdText, {
    unit: query.get("unit") ?? undefined,
    month: query.get("month") ?? undefined,
  });
  if (!view) return { kind: "notFound" };
  const { plan, unit, month, historyFrom } = view;
  if (!month || !historyFrom) return { kind: "invalid", message: t.plans.view.noFigures };
  const partAsked = query.get("part");
  const part = PLAN_FILE_PARTS.find((name) => name === partAsked);
  if (partAsked !== null && !part)
    return { kind: "invalid", message: fill(t.downloads.badChart, { chart: partAsked }) };

  const shown: Shown = { ...view, month, historyFrom };
  const sheets = (
    await Promise.all([
      part !== "groups" ? trendSheet(shown, t, locale) : null,
      part !== "trend" ? groupsSheet(shown, t, locale) : null,
      part === undefined ? rankingSheet(shown, t, query.get("sort")) : null,
    ])
  ).filter((sheet): sheet is Sheet => sheet !== null);
  const title = `${plan.number} · ${plan.title}`;
  const notes = [fill(t.downloads.unitMonth, { unit: unit.name, code: unit.code, month: formatMonth(month, locale) })];
  const bytes = await buildTableWorkbook(
    t.app.title,
    sheets.map((sheet) => ({ ...sheet, title: `${title}: ${sheet.name}`, notes })),
  );
  return { kind: "ready", fileName: `${planFileName(plan.id, unit.code, month, part)}.xlsx`, bytes };
}
