// The export workbook of a planned export: one row per base unit and month in the import layout,
// and the summary sheet of the unit's totals per month.
import "server-only";

import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { formatMonth } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { groupNames } from "@/lib/i18n/reference-texts";
import type { ScopedUser } from "@/lib/permissions/scope";
import { getGroupsInForce, getReportRows } from "@/lib/queries/get-report-rows";

import { buildReportWorkbook } from "../file/report-workbook";
import type { ExportPlan } from "./plan-export";
import { summariseMonths } from "./summarise-months";

export async function buildReportExport(
  user: ScopedUser,
  plan: Extract<ExportPlan, { kind: "ready" }>,
  locale: Locale,
  client: DbClient = db,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const [rows, groups] = await Promise.all([
    getReportRows(user, plan.unit.id, plan.months, client),
    getGroupsInForce(plan.months, client),
  ]);
  const totals = summariseMonths(
    rows,
    plan.months,
    groups.map((group) => group.code),
  );
  const range =
    plan.from === plan.to
      ? formatMonth(plan.from, locale)
      : `${formatMonth(plan.from, locale)} – ${formatMonth(plan.to, locale)}`;
  const bytes = await buildReportWorkbook({
    locale,
    groups: groups.map((group) => ({ code: group.code, name: groupNames(group, locale).name })),
    rows,
    summary: { title: `${plan.unit.name} (${plan.unit.code}), ${range}`, totals },
    instructions: true,
  });
  return {
    fileName: `${MESSAGES[locale].reportWorkbook.fileNames.export}-${plan.unit.code}-${plan.from}-${plan.to}.xlsx`,
    bytes,
  };
}
