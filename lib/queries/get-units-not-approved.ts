// The communes below a unit, in the structure valid in a month, whose report for that month is not
// approved (no report, a draft, submitted or returned): what a lock of the month leaves open. Read in
// the lock's own transaction, so the reason it asks for rests on what is locked.
import "server-only";

import { z } from "zod";

import type { DbClient } from "@/lib/db-client";
import { monthToDate, type Month } from "@/lib/period";
import { baseUnitsOf } from "@/lib/units/unit-in-month";

const row = z.object({ name: z.string() });

export async function getUnitsNotApproved(client: DbClient, unitId: number, month: Month): Promise<string[]> {
  const day = monthToDate(month);
  const rows = await client.$queryRaw<unknown[]>`
    SELECT u.name
    FROM (${baseUnitsOf(unitId, day)}) b
    JOIN unit u ON u.id = b.unit_id
    LEFT JOIN unit_month_report r ON r.unit_id = b.unit_id AND r.period = ${day}::date
    WHERE r.status IS NULL OR r.status::text NOT IN ('APPROVED', 'LOCKED')
    ORDER BY u.name, u.id`;
  return z
    .array(row)
    .parse(rows)
    .map((unit) => unit.name);
}
