// The latest months of a base unit's reports, for its list page: the unit that carries the code
// now (or, for a unit that ended in a reorganisation, its last months), in the user's scope. The
// current month is listed with the day it opens for entry while it is not open yet (./report-month.ts).
import "server-only";

import type { ReportStatus } from "@prisma/client";
import { notFound } from "next/navigation";

import type { SessionUser } from "@/lib/auth/session";
import { currentMonth } from "@/lib/clock";
import { addMonths, dateToMonth, monthToDate, type Month } from "@/lib/period";
import { COMMUNE_KINDS } from "@/lib/permissions/roles";
import { getReportingRules } from "@/lib/queries/get-reporting-rules";
import { getUnitReports } from "@/lib/queries/get-unit-reports";
import type { ReportingUnit } from "@/lib/queries/report-units";
import { resolveUnitInMonth } from "@/lib/queries/resolve-unit-in-month";
import { isMonthOpen, monthOpensOn } from "@/lib/reports/report-month";

const LISTED_MONTHS = 12;

/** `opensOn`: the day the month opens for entry, while it is not open yet; null once it is. */
export type ReportMonthRow = {
  month: Month;
  status: ReportStatus | null;
  updatedAt: Date | null;
  opensOn: Date | null;
};

export async function getRecentReports(
  user: SessionUser,
  code: string,
): Promise<{ unit: ReportingUnit; ended: boolean; rows: ReportMonthRow[] }> {
  const current = currentMonth();
  // The unit valid now; or, once it has ended, the latest unit with the code the user may open in its last month.
  const found = await resolveUnitInMonth(user, { unit: { code }, month: current });
  const unit =
    found.kind === "unit"
      ? found.unit
      : found.kind === "notInMonth"
        ? found.periods.find((period) => period.first <= current)?.unit
        : undefined;
  if (!unit || !COMMUNE_KINDS.includes(unit.kind)) notFound();
  const ended = unit.validTo !== null && unit.validTo <= monthToDate(current);
  const last = ended ? addMonths(dateToMonth(unit.validTo!), -1) : current;
  const earliest = dateToMonth(unit.validFrom);
  const first = addMonths(last, -(LISTED_MONTHS - 1)) < earliest ? earliest : addMonths(last, -(LISTED_MONTHS - 1));

  const [reports, rules] = await Promise.all([getUnitReports(unit.id, first, last), getReportingRules()]);
  const rows: ReportMonthRow[] = [];
  for (let month = last; month >= first; month = addMonths(month, -1)) {
    const report = reports.find((stored) => stored.month === month);
    const opensOn = isMonthOpen(month, rules) ? null : monthOpensOn(month, rules);
    rows.push({ month, status: report?.status ?? null, updatedAt: report?.updatedAt ?? null, opensOn });
  }
  const { id, name, validFrom, validTo } = unit;
  return { unit: { id, code: unit.code, name, validFrom, validTo }, ended, rows };
}
