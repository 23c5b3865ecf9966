// The audit entries of one unit's report for one month (every save, submission and review, with
// the report before and after), oldest first: the source of each figure's history.
import "server-only";

import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { monthToDate, type Month } from "@/lib/period";
import type { ReportAuditEntry } from "@/lib/reports/figure-history";
import { REPORT_AUDIT_ENTITY } from "@/lib/reports/report-snapshot";

export async function getReportAuditEntries(
  unitId: number,
  month: Month,
  client: DbClient = db,
): Promise<ReportAuditEntry[]> {
  const entries = await client.auditEntry.findMany({
    where: { entityType: REPORT_AUDIT_ENTITY, unitId, period: monthToDate(month) },
    orderBy: { id: "asc" },
    select: {
      id: true,
      at: true,
      action: true,
      username: true,
      before: true,
      after: true,
      user: { select: { name: true } },
    },
  });
  return entries.map(({ user, username, ...entry }) => ({ ...entry, by: user?.name ?? username }));
}
