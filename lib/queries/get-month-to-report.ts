// The month a commune's staff should report next (lib/reports/report-month.ts), within the
// months the commune exists.
import "server-only";

import { currentMonth, now } from "@/lib/clock";
import { addMonths, dateToMonth, type Month } from "@/lib/period";
import { monthToReport } from "@/lib/reports/report-month";

import { getUnitReports } from "./get-unit-reports";
import type { ReportingUnit } from "./report-units";

export async function getMonthToReport(unit: ReportingUnit, at: Date = now()): Promise<Month> {
  const current = currentMonth(at);
  const lastComplete = addMonths(current, -1);
  const [report] = await getUnitReports(unit.id, lastComplete, lastComplete);
  const chosen = monthToReport(report?.status ?? null, at);
  return chosen < dateToMonth(unit.validFrom) ? current : chosen;
}
