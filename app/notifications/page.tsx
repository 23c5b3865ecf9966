import type { Metadata } from "next";

import { MarkReadForm } from "@/components/notifications/mark-read-form";
import { NotificationItem } from "@/components/notifications/notification-item";
import { requirePermission } from "@/lib/auth/current-user";
import { getI18n } from "@/lib/i18n/server";
import { getNotifications } from "@/lib/queries/get-notifications";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.notifications.title };
}

/** The signed-in user's notifications, newest first, the unread ones marked, with "mark all read". */
export default async function NotificationsPage() {
  const [user, { locale, t }] = await Promise.all([requirePermission("notification:read"), getI18n()]);
  const messages = await getNotifications(user.id);
  const unread = messages.filter((message) => !message.readAt).map((message) => message.id);
  const texts = t.notifications;
  return (
    <div className="max-w-3xl space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{texts.title}</h1>
          <p className="text-sm text-slate-600">{texts.description}</p>
        </div>
        {unread.length > 0 && <MarkReadForm ids={unread} label={texts.markAllRead} pendingLabel={texts.marking} />}
      </div>
      {messages.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">{texts.empty}</p>
      ) : (
        <ul
          className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm"
          data-testid="notification-list"
        >
          {messages.map((message) => (
            <li
              key={message.id}
              className={`border-l-4 px-4 py-3 ${message.readAt ? "border-transparent" : "border-brand-600 bg-brand-50/40"}`}
            >
              <NotificationItem message={message} locale={locale} t={t} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
