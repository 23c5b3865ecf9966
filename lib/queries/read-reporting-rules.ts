// Reads the reporting rules (table reporting_rule), oldest first, on the client or transaction
// given: the review actions read them inside their transaction, the demo seed inside its own; pages
// read them once per request through ./get-reporting-rules.ts.
import type { DbClient } from "@/lib/db-client";
import { dateToMonth } from "@/lib/period";
import type { ReportingRule } from "@/lib/reports/review-rules";

export type StoredReportingRule = ReportingRule & { id: number };

export async function readReportingRules(client: DbClient): Promise<StoredReportingRule[]> {
  const rows = await client.reportingRule.findMany({ orderBy: { effectiveFrom: "asc" } });
  return rows.map((row) => ({
    id: row.id,
    effectiveFrom: dateToMonth(row.effectiveFrom),
    approverLevel: row.approverLevel,
    deadlineDay: row.deadlineDay,
    opensDaysBeforeEnd: row.opensDaysBeforeEnd,
    remindDaysBeforeDeadline: row.remindDaysBeforeDeadline,
  }));
}
