// When communes were last reminded about a month (automatic or by an official), for the review
// page: the latest reminder and the latest one an official sent, per commune.
import "server-only";

import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";

export type LastReminder = { last: Date; lastManual: Date | null };

export async function getLastReminders(unitIds: readonly number[], month: Month): Promise<Map<number, LastReminder>> {
  const rows = await db.outboxMessage.groupBy({
    by: ["unitId", "kind"],
    where: {
      unitId: { in: [...unitIds] },
      period: monthToDate(month),
      kind: { in: ["REMINDER", "DEADLINE_SOON", "OVERDUE"] },
    },
    _max: { createdAt: true },
  });
  const reminders = new Map<number, LastReminder>();
  for (const row of rows) {
    const at = row._max.createdAt;
    if (!at) continue;
    const known = reminders.get(row.unitId);
    const manual = row.kind === "REMINDER" ? at : null;
    reminders.set(row.unitId, {
      last: known && known.last > at ? known.last : at,
      lastManual: manual ?? known?.lastManual ?? null,
    });
  }
  return reminders;
}
