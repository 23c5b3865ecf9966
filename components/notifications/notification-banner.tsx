// Unread notifications on the next visit: a banner above every page (rendered once, in the root
// layout) naming the latest unread messages, with the way to the list and "seen", which marks
// every unread message read. Nothing when there is none.
import Link from "next/link";

import { buttonClasses } from "@/components/ui/button";
import type { SessionUser } from "@/lib/auth/session";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { can } from "@/lib/permissions/can";
import { getUnreadNotifications } from "@/lib/queries/get-notifications";

import { BannerFrame } from "./banner-frame";
import { MarkReadForm } from "./mark-read-form";
import { NotificationItem } from "./notification-item";

export async function NotificationBanner({ user, locale, t }: { user: SessionUser; locale: Locale; t: Messages }) {
  if (user.mustChangePassword || !can(user, "notification:read")) return null;
  const { latest, ids } = await getUnreadNotifications(user.id);
  if (ids.length === 0) return null;
  const texts = t.notifications;
  const title = fill(texts.banner.title, { count: ids.length });
  return (
    <BannerFrame label={title}>
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      <ul className="mt-2 space-y-3">
        {latest.map((message) => (
          <li key={message.id}>
            <NotificationItem message={message} locale={locale} t={t} compact />
          </li>
        ))}
      </ul>
      {ids.length > latest.length && (
        <p className="mt-2 text-sm text-slate-700">{fill(texts.banner.more, { count: ids.length - latest.length })}</p>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Link href="/notifications" className={buttonClasses("primary", "px-3 py-2 text-sm")}>
          {texts.banner.all}
        </Link>
        <MarkReadForm ids={ids} label={texts.banner.dismiss} pendingLabel={texts.marking} />
      </div>
    </BannerFrame>
  );
}
