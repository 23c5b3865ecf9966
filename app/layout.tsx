import type { Metadata, Viewport } from "next";
import Link from "next/link";

import { AccountPanel, SignOutButton, UserMenu } from "@/components/auth/user-menu";
import { destinationLabel } from "@/components/nav/destination-label";
import { BottomNav, HeaderNav } from "@/components/nav/main-nav";
import { NotificationBanner } from "@/components/notifications/notification-banner";
import { ConnectionStatus } from "@/components/offline/connection-status";
import { LanguageSwitcher } from "@/components/ui/language-switcher";
import { getCurrentUser } from "@/lib/auth/current-user";
import { navigationFor } from "@/lib/auth/navigation";
import { getI18n } from "@/lib/i18n/server";

import "./globals.css";

/** The header's colour, also the installed app's title bar (app/manifest.ts). */
export const viewport: Viewport = { themeColor: "#0f2f5e" };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return {
    title: { default: t.app.title, template: `%s · ${t.app.title}` },
    description: t.app.subtitle,
    icons: { icon: "/icons/icon.svg", apple: "/icons/apple-touch-icon.png" },
  };
}

/**
 * Every page: a header with the app's name, the language and the account, the role's destinations
 * under it from 768 px, and on a phone a compact header with the destinations in a bar at the
 * bottom of the screen (components/nav/main-nav.tsx).
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [{ locale, t }, user] = await Promise.all([getI18n(), getCurrentUser()]);
  const navigation = user ? navigationFor(user) : null;
  const main = navigation?.main.map((item) => ({ ...item, label: destinationLabel(item.key, t) })) ?? [];
  const admin = navigation?.admin.map((item) => ({ ...item, label: destinationLabel(item.key, t) })) ?? [];
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <header className="no-print border-b border-brand-900/20 bg-brand-900 text-white">
          <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4 md:h-auto md:min-h-16 md:py-2">
            <Link
              href="/"
              className="flex min-h-11 min-w-0 items-center rounded focus:outline-none focus-visible:ring-2 focus-visible:ring-white"
            >
              <span className="flex min-w-0 items-baseline gap-3">
                <span className="truncate text-base font-semibold sm:text-lg">{t.app.title}</span>
                <span className="hidden text-sm text-brand-100 lg:inline">{t.app.subtitle}</span>
              </span>
            </Link>
            <div className="ml-auto flex shrink-0 items-center gap-3">
              {user && <ConnectionStatus userId={user.id} locale={locale} t={t.offline} />}
              <LanguageSwitcher locale={locale} label={t.app.language} />
              {user && (
                <div className="hidden items-center gap-2 md:flex">
                  <UserMenu user={user} admin={admin} t={t} />
                  <SignOutButton t={t} />
                </div>
              )}
            </div>
          </div>
          {user && <HeaderNav label={t.nav.main} items={main} />}
        </header>
        <main className={`mx-auto max-w-7xl px-4 py-6 ${user ? "pb-[calc(var(--bottom-nav-height)+1.5rem)]" : ""}`}>
          {user && <NotificationBanner user={user} locale={locale} t={t} />}
          {children}
        </main>
        {user && (
          <BottomNav label={t.nav.main} moreLabel={t.nav.more} adminLabel={t.nav.admin} items={main} admin={admin}>
            <AccountPanel user={user} t={t} />
          </BottomNav>
        )}
      </body>
    </html>
  );
}
