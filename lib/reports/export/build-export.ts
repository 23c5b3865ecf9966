// The export workbook of a planned export: one row per base unit and month in the import layout,
// and the summary sheet of the unit's totals per month.
import "server-only";

import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { formatMonth } from "@/lib/format";
import type { ScopedUser } from "@/lib/permissions/scope";
import { getGroupsInForce, getReportRows } from "@/lib/queries/get-report-rows";

import { buildReportWorkbook } from "../file/report-workbook";
import type { PreparedExport } from "./prepare-export";
import { summariseMonths } from "./summarise-months";

export async function buildReportExport(
  user: ScopedUser,
  plan: Extract<PreparedExport, { kind: "ready" }>,
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
      ? formatMonth(plan.from, "vi")
      : `${formatMonth(plan.from, "vi")} – ${formatMonth(plan.to, "vi")}`;
  const bytes = await buildReportWorkbook({
    groups,
    rows,
    summary: { title: `${plan.unit.name} (${plan.unit.code}), ${range}`, totals },
    instructions: true,
  });
  return { fileName: `so-lieu-bhyt-${plan.unit.code}-${plan.from}-${plan.to}.xlsx`, bytes };
}
