// The words of a notification, in one language, from what is stored with it: its kind, the
// commune and month, and its data (the deadline, who sent it, the reviewer's comment). The outbox
// keeps the Vietnamese text for senders of other channels; the app renders the reader's language.
import type { NotificationKind } from "@prisma/client";
import { z } from "zod";

import { formatDate, formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";

/** What a notification's text needs besides its kind, commune and month (stored as JSON). */
export const notificationDataSchema = z.object({
  /** The calendar day of the deadline, YYYY-MM-DD (reminders). */
  deadline: z.iso.date().optional(),
  /** The official who sent the reminder or decided on the report. */
  sender: z.string().optional(),
  /** The reviewer's comment (returned) or reason (unlocked). */
  comment: z.string().optional(),
});

export type NotificationData = z.infer<typeof notificationDataSchema>;

/** Stored data that does not parse is rendered as empty rather than failing the page. */
export function readNotificationData(value: unknown): NotificationData {
  const parsed = notificationDataSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

/** The notification's template (its kind's words) and the values of its placeholders, in `t`'s language. */
export function notificationWords(
  t: Messages,
  notice: { kind: NotificationKind; month: Month; unitName: string; data: NotificationData },
): { template: string; values: { month: string; unit: string; deadline: string; sender: string; comment: string } } {
  const locale = t.locale;
  const { deadline, sender, comment } = notice.data;
  return {
    template: t.notifications.texts[notice.kind],
    values: {
      month: formatMonth(notice.month, locale),
      unit: notice.unitName,
      deadline: deadline ? formatDate(new Date(`${deadline}T00:00:00Z`), locale) : "–",
      sender: sender ?? "–",
      comment: comment ?? "–",
    },
  };
}

export function notificationText(
  t: Messages,
  notice: { kind: NotificationKind; month: Month; unitName: string; data: NotificationData },
): string {
  const { template, values } = notificationWords(t, notice);
  return fill(template, values);
}
