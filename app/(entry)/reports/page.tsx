import { notFound, redirect } from "next/navigation";

import { requireUser } from "@/lib/auth/current-user";
import { currentMonth } from "@/lib/clock";
import { COMMUNE_KINDS } from "@/lib/permissions/roles";
import { getMonthToReport } from "@/lib/queries/get-month-to-report";
import { findReportingUnit } from "@/lib/queries/report-units";
import { reportHref, reportsHref } from "@/lib/routes";

/**
 * "Monthly report" in the header: a commune's staff go straight to the month they should report
 * next; when their commune no longer exists (reorganisation), to its list of months.
 */
export default async function ReportsHome() {
  const user = await requireUser();
  if (!COMMUNE_KINDS.includes(user.scopeUnit.kind)) notFound();
  const unit = await findReportingUnit(user.scopeUnit.code, currentMonth());
  if (unit?.id === user.scopeUnitId) redirect(reportHref(unit.code, await getMonthToReport(unit)));
  redirect(reportsHref(user.scopeUnit.code));
}
