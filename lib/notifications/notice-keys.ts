// The key naming the event a message belongs to (outbox_message.dedupe_key): one message per
// recipient and channel for each key, so writing the same event twice sends nothing new.
import type { NotificationKind } from "@prisma/client";

import type { Month } from "@/lib/period";

/** An automatic reminder: once per commune, month and kind. */
export function automaticReminderKey(kind: "DEADLINE_SOON" | "OVERDUE", unitId: number, month: Month): string {
  return `${kind}:${unitId}:${month}`;
}

/** An official's reminder: once per commune and month on a calendar day (YYYY-MM-DD, Vietnam). */
export function manualReminderKey(unitId: number, month: Month, day: Date): string {
  return `REMINDER:${unitId}:${month}:${day.toISOString().slice(0, 10)}`;
}

/** A review decision: once per report version it produced (a report returned twice is told twice). */
export function reviewDecisionKey(
  kind: Extract<NotificationKind, `REPORT_${string}`>,
  unitId: number,
  month: Month,
  version: number,
): string {
  return `${kind}:${unitId}:${month}:v${version}`;
}
