import type { Metadata } from "next";
import Link from "next/link";
import { UserMenu } from "@/components/auth/user-menu";
import { ReportNavLink } from "@/components/entry/report-nav-link";
import { NotificationBanner } from "@/components/notifications/notification-banner";
import { LanguageSwitcher } from "@/components/ui/language-switcher";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getI18n } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: { default: t.app.title, template: `%s · ${t.app.title}` }, description: t.app.subtitle };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [{ locale, t }, user] = await Promise.all([getI18n(), getCurrentUser()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <header className="border-b border-brand-900/20 bg-brand-900 text-white">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
            <Link href="/" className="flex items-baseline gap-3">
              <span className="text-lg font-semibold">{t.app.title}</span>
              <span className="hidden text-sm text-brand-100 sm:inline">{t.app.subtitle}</span>
            </Link>
            {user && <ReportNavLink user={user} t={t} />}
            <div className="ml-auto flex items-center gap-3">
              <LanguageSwitcher locale={locale} label={t.app.language} />
              {user && <UserMenu user={user} t={t} />}
            </div>
          </div>
        </header>
        <main className="mx-auto max-w-7xl px-4 py-6">
          {user && <NotificationBanner user={user} locale={locale} t={t} />}
          {children}
        </main>
      </body>
    </html>
  );
}
