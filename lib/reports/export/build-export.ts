// The export workbook of a prepared export: one row per base unit and month in the import layout,
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
import type { PreparedExport } from "./prepare-export";
import { summariseMonths } from "./summarise-months";

export async function buildReportExport(
  user: ScopedUser,
  prepared: Extract<PreparedExport, { kind: "ready" }>,
  locale: Locale,
  client: DbClient = db,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const [rows, groups] = await Promise.all([
    getReportRows(user, prepared.unit.id, prepared.months, client),
    getGroupsInForce(prepared.months, client),
  ]);
  const totals = summariseMonths(rows, prepared.months, [...new Set(groups.map((group) => group.code))]);
  const range =
    prepared.from === prepared.to
      ? formatMonth(prepared.from, locale)
      : `${formatMonth(prepared.from, locale)} – ${formatMonth(prepared.to, locale)}`;
  const bytes = await buildReportWorkbook({
    locale,
    groups: groups.map((group) => ({ code: group.code, name: groupNames(group, locale).name, set: group.set })),
    rows,
    summary: { title: `${prepared.unit.name} (${prepared.unit.code}), ${range}`, totals },
    instructions: true,
  });
  return {
    fileName: `${MESSAGES[locale].reportWorkbook.fileNames.export}-${prepared.unit.code}-${prepared.from}-${prepared.to}.xlsx`,
    bytes,
  };
}
