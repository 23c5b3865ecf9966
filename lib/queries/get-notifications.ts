// The signed-in user's in-app messages (table outbox_message, channel in_app), newest first: for
// the notification list, and the unread ones for the banner.
import "server-only";

import type { NotificationKind } from "@prisma/client";

import { db } from "@/lib/db";
import { readNotificationData, type NotificationData } from "@/lib/notifications/notification-text";
import { dateToMonth, type Month } from "@/lib/period";

export type InAppMessage = {
  id: number;
  kind: NotificationKind;
  month: Month;
  unitCode: string;
  unitName: string;
  data: NotificationData;
  automatic: boolean;
  createdAt: Date;
  readAt: Date | null;
};

/** How many messages the list shows: the latest ones. */
export const NOTIFICATIONS_SHOWN = 100;
/** How many unread messages the banner names. */
export const BANNER_SHOWN = 2;

async function readMessages(userId: string, options: { unreadOnly: boolean; take: number }): Promise<InAppMessage[]> {
  const rows = await db.outboxMessage.findMany({
    where: { recipientId: userId, channel: "IN_APP", ...(options.unreadOnly ? { readAt: null } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.take,
    select: {
      id: true,
      kind: true,
      period: true,
      data: true,
      senderId: true,
      createdAt: true,
      readAt: true,
      unit: { select: { code: true, name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    month: dateToMonth(row.period),
    unitCode: row.unit.code,
    unitName: row.unit.name,
    data: readNotificationData(row.data),
    automatic: row.senderId === null,
    createdAt: row.createdAt,
    readAt: row.readAt,
  }));
}

export function getNotifications(userId: string): Promise<InAppMessage[]> {
  return readMessages(userId, { unreadOnly: false, take: NOTIFICATIONS_SHOWN });
}

/** The latest unread messages (BANNER_SHOWN of them), the ids of all unread ones, and their count. */
export async function getUnreadNotifications(userId: string): Promise<{ latest: InAppMessage[]; ids: number[] }> {
  const [latest, unread] = await Promise.all([
    readMessages(userId, { unreadOnly: true, take: BANNER_SHOWN }),
    db.outboxMessage.findMany({
      where: { recipientId: userId, channel: "IN_APP", readAt: null },
      select: { id: true },
      orderBy: { id: "asc" },
      take: 500,
    }),
  ]);
  return { latest, ids: unread.map((row) => row.id) };
}
