// The first and last months for which any unit has reported: the range the month picker offers,
// and the last one is the dashboard's default month.
import "server-only";

import { cache } from "react";

import { db } from "@/lib/db";
import { dateToMonth, type Month } from "@/lib/period";

export const getReportedMonths = cache(async (): Promise<{ first: Month; last: Month } | null> => {
  // Plain MIN and MAX read the ends of the (period, unit_id) index. Prisma's aggregate wraps the
  // table in a subquery (… FROM (SELECT period … OFFSET 0)), which reads every report: 55 ms with
  // 100,000 reports, on every dashboard page.
  const [range] = await db.$queryRaw<{ first: Date | null; last: Date | null }[]>`
    SELECT MIN(period) AS first, MAX(period) AS last FROM unit_month_report`;
  return range?.first && range.last ? { first: dateToMonth(range.first), last: dateToMonth(range.last) } : null;
});
