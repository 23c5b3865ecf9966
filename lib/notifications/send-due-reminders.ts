// The automatic reminders due now (lib/reports/reminder-schedule.ts), written to the outbox for
// every commune that has not submitted the month's report and has an active staff account: one
// transaction per month and kind. Idempotent: the outbox's key per commune, month and kind
// (lib/notifications/notice-keys.ts) makes a second run the same day, or a run of the next days
// while the reminder stays due, write nothing new. Run daily by `npm run reminders`.
import type { PrismaClient } from "@prisma/client";

import type { DbClient } from "@/lib/db-client";
import { monthToDate, type Month } from "@/lib/period";
import { readReportingRules } from "@/lib/queries/read-reporting-rules";
import { dueReminders, type AutomaticReminder } from "@/lib/reports/reminder-schedule";
import { hasNoChildOn, validOn } from "@/lib/units/unit-in-month";

import { automaticReminderKey } from "./notice-keys";
import { writeNotices } from "./write-notices";

export type ReminderRun = {
  kind: AutomaticReminder;
  month: Month;
  /** Communes that have not submitted and have an active staff account. */
  communes: number;
  /** Messages written by this run (0 when an earlier run wrote them). */
  messages: number;
};

/** Base units of `month` whose report is not submitted and that have an active commune staff account. */
async function communesToRemind(client: DbClient, month: Month): Promise<number[]> {
  const day = monthToDate(month);
  const rows = await client.$queryRaw<{ id: number }[]>`
    SELECT u.id
    FROM unit u
    WHERE ${validOn("u", day)}
      AND ${hasNoChildOn("u.id", day)}
      AND EXISTS (SELECT 1 FROM app_user a WHERE a.scope_unit_id = u.id AND a.active AND a.role = 'COMMUNE_STAFF')
      AND NOT EXISTS (SELECT 1 FROM unit_month_report r
                      WHERE r.unit_id = u.id AND r.period = ${day}::date AND r.status IN ('SUBMITTED', 'APPROVED', 'LOCKED'))
    ORDER BY u.code`;
  return rows.map((row) => row.id);
}

export async function sendDueReminders(client: PrismaClient, at: Date): Promise<ReminderRun[]> {
  const due = dueReminders(await readReportingRules(client), at);
  const runs: ReminderRun[] = [];
  for (const { kind, month, deadline } of due) {
    const run = await client.$transaction(
      async (tx) => {
        const communes = await communesToRemind(tx, month);
        const written = await writeNotices(
          tx,
          communes.map((unitId) => ({
            kind,
            unitId,
            month,
            dedupeKey: automaticReminderKey(kind, unitId, month),
            data: { deadline: deadline.toISOString().slice(0, 10) },
            senderId: null,
          })),
          at,
        );
        return { kind, month, communes: communes.length, messages: written.messages };
      },
      { maxWait: 10_000, timeout: 300_000 },
    );
    runs.push(run);
  }
  return runs;
}
