// The demo's reporting rules: the migrations' rules (districts approve until June 2025, provinces
// from July 2025, due by the 5th), with months from July 2025 opening for entry 3 days before their
// end, as in provinces whose communes count at the month's end. The demo thus shows both a month
// open in its last days and one not open yet (lib/reports/report-month.ts).
import type { Prisma } from "@prisma/client";

export const DEMO_OPENS_DAYS_BEFORE_END = 3;

export async function configureReportingRules(tx: Prisma.TransactionClient): Promise<void> {
  await tx.reportingRule.updateMany({
    where: { effectiveFrom: { gte: new Date("2025-07-01T00:00:00Z") } },
    data: { opensDaysBeforeEnd: DEMO_OPENS_DAYS_BEFORE_END },
  });
}
