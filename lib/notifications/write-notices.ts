// Writes notices to communes into the outbox (table outbox_message), in the caller's transaction:
// one in-app message to each active staff account of the commune. An in-app message is delivered
// by being written (state sent, one attempt); channels added later get their rows as pending for
// their sender (README, "Reminders and notifications"). A message whose key was already written
// for that recipient and channel is skipped (ON CONFLICT DO NOTHING on the unique index), so
// writing the same notice twice, or from two processes at once, sends nothing new.
import type { NotificationKind, Prisma } from "@prisma/client";

import type { DbClient } from "@/lib/db-client";
import { MESSAGES } from "@/lib/i18n/messages";
import { monthToDate, type Month } from "@/lib/period";

import { notificationText, type NotificationData } from "./notification-text";

export type CommuneNotice = {
  kind: NotificationKind;
  unitId: number;
  month: Month;
  /** lib/notifications/notice-keys.ts */
  dedupeKey: string;
  data: NotificationData;
  /** The official behind it; null for automatic reminders. */
  senderId: string | null;
};

/** The language of the stored text: users have no stored language, and the product's default is Vietnamese. */
const OUTBOX_LOCALE = "vi";

/** The accounts a commune's messages go to: its active commune staff, by commune. */
export async function communeRecipients(client: DbClient, unitIds: readonly number[]): Promise<Map<number, string[]>> {
  const users = await client.user.findMany({
    where: { scopeUnitId: { in: [...new Set(unitIds)] }, role: "COMMUNE_STAFF", active: true },
    select: { id: true, scopeUnitId: true },
    orderBy: { username: "asc" },
  });
  const byUnit = new Map<number, string[]>();
  for (const user of users) byUnit.set(user.scopeUnitId, [...(byUnit.get(user.scopeUnitId) ?? []), user.id]);
  return byUnit;
}

export type WrittenNotices = {
  /** Messages written now (not those written before under the same key). */
  messages: number;
  /** Per commune, the messages written now. */
  byUnit: Map<number, number>;
  /** Communes without an active staff account: nothing written for them. */
  withoutRecipient: number[];
};

export async function writeNotices(
  client: DbClient,
  notices: readonly CommuneNotice[],
  at: Date,
): Promise<WrittenNotices> {
  const unitIds = [...new Set(notices.map((notice) => notice.unitId))];
  const [units, recipients] = await Promise.all([
    client.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }),
    communeRecipients(client, unitIds),
  ]);
  const names = new Map(units.map((unit) => [unit.id, unit.name]));
  const withoutRecipient = unitIds.filter((id) => !recipients.has(id));
  const byUnit = new Map<number, number>();
  let messages = 0;
  for (const notice of notices) {
    const body = notificationText(MESSAGES[OUTBOX_LOCALE], {
      kind: notice.kind,
      month: notice.month,
      unitName: names.get(notice.unitId) ?? "",
      data: notice.data,
    });
    const rows: Prisma.OutboxMessageCreateManyInput[] = (recipients.get(notice.unitId) ?? []).map((recipientId) => ({
      recipientId,
      unitId: notice.unitId,
      period: monthToDate(notice.month),
      kind: notice.kind,
      channel: "IN_APP",
      state: "SENT",
      attempts: 1,
      dedupeKey: notice.dedupeKey,
      locale: OUTBOX_LOCALE,
      body,
      data: notice.data,
      senderId: notice.senderId,
      createdAt: at,
      sentAt: at,
    }));
    if (rows.length === 0) continue;
    const { count } = await client.outboxMessage.createMany({ data: rows, skipDuplicates: true });
    byUnit.set(notice.unitId, (byUnit.get(notice.unitId) ?? 0) + count);
    messages += count;
  }
  return { messages, byUnit, withoutRecipient };
}
