// The reporting rules (who approves, by when reports are due), oldest first. Read by the review
// page, the dashboard's completeness widget, the review actions (inside their transaction) and the
// rules' admin page.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
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
  }));
}

export const getReportingRules = cache(() => readReportingRules(db));
