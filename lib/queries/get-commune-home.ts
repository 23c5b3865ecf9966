// The home page of a commune's staff (app/page.tsx): their commune as it exists today and its task
// (./commune-task.ts). Null for anyone else — whose scope is not a commune, or whose commune ended in
// a reorganisation: they start on a dashboard (lib/auth/home.ts).
import "server-only";

import type { SessionUser } from "@/lib/auth/session";
import { currentMonth, now } from "@/lib/clock";
import { addMonths } from "@/lib/period";
import { COMMUNE_KINDS } from "@/lib/permissions/roles";
import { getReportingRules } from "@/lib/queries/get-reporting-rules";
import { getUnitReports } from "@/lib/queries/get-unit-reports";
import { findReportingUnit, type ReportingUnit } from "@/lib/queries/report-units";
import { communeTask, type CommuneTask } from "@/lib/reports/commune-task";

/** Months read for the task: returned reports older than this are on the list of months. */
const RECENT_MONTHS = 12;

export async function getCommuneHome(user: SessionUser): Promise<{ unit: ReportingUnit; task: CommuneTask } | null> {
  if (!COMMUNE_KINDS.includes(user.scopeUnit.kind)) return null;
  const at = now();
  const current = currentMonth(at);
  const unit = await findReportingUnit(user.scopeUnit.code, current);
  if (unit?.id !== user.scopeUnitId) return null;
  const [reports, rules] = await Promise.all([
    getUnitReports(unit.id, addMonths(current, -RECENT_MONTHS), current),
    getReportingRules(),
  ]);
  return { unit, task: communeTask(unit.validFrom, reports, rules, at) };
}
