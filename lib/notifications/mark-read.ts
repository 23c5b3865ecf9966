// A user marks their own in-app messages read (the notification list, the banner). Messages of
// someone else, or of another channel, are refused like ones that do not exist. Audited like every
// change, with the messages' ids.
import { AccessRefusal, defineAction } from "@/lib/actions/authed-action";
import { now } from "@/lib/clock";
import { fill } from "@/lib/i18n/fill";
import { markNotificationsReadSchema } from "@/lib/validation/notifications";

export const markNotificationsReadSpec = defineAction(
  "notification.mark_read",
  markNotificationsReadSchema,
  "notification:read",
  async ({ ids }, { user, tx, t }) => {
    const wanted = [...new Set(ids)];
    const messages = await tx.outboxMessage.findMany({
      where: { id: { in: wanted }, recipientId: user.id, channel: "IN_APP" },
      select: { id: true, readAt: true },
    });
    if (messages.length !== wanted.length) throw new AccessRefusal(t, "not_found");
    const unread = messages
      .filter((message) => message.readAt === null)
      .map((message) => message.id)
      .sort((a, b) => a - b);
    if (unread.length === 0) return { audit: null, message: t.notifications.alreadyRead };
    await tx.outboxMessage.updateMany({ where: { id: { in: unread }, readAt: null }, data: { readAt: now() } });
    return {
      audit: {
        action: "notification.read",
        entityType: "outbox_message",
        entityId: unread.length === 1 ? String(unread[0]) : undefined,
        unitId: user.scopeUnitId,
        after: { read: unread },
      },
      message: fill(t.notifications.markedRead, { count: unread.length }),
    };
  },
  { revalidate: ["/notifications"] },
);
