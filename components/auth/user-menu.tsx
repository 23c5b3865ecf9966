// The signed-in user in the header: name and role, links to what the role allows, password
// change and sign-out, in a <details> menu that opens with the keyboard.
import Link from "next/link";
import { DisclosureMenu } from "@/components/ui/disclosure-menu";
import { signOut } from "@/lib/actions/auth";
import { reviewHomeHref } from "@/lib/auth/home";
import type { SessionUser } from "@/lib/auth/session";
import type { Messages } from "@/lib/i18n/messages";
import { can } from "@/lib/permissions/can";

export function UserMenu({ user, t }: { user: Pick<SessionUser, "name" | "role" | "username" | "scopeUnit">; t: Messages }) {
  const reviewLink = can(user, "report:review") ? reviewHomeHref(user.scopeUnit) : null;
  const link = "block rounded px-3 py-2 text-sm text-slate-800 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-600";
  return (
    <DisclosureMenu className="no-print relative">
      <summary className="flex cursor-pointer list-none flex-col items-end rounded px-2 py-1 text-right leading-tight hover:bg-white/10 focus:outline-none focus-visible:ring-2 focus-visible:ring-white">
        <span className="text-sm font-medium">{user.name}</span>
        <span className="text-xs text-brand-100">{t.roles[user.role]}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
        <p className="px-3 py-2 text-xs text-slate-500">{user.username}</p>
        {reviewLink && (
          <Link href={reviewLink} className={link}>
            {t.reports.review.openFromMenu}
          </Link>
        )}
        {can(user, "reporting-rule:manage") && (
          <Link href="/admin/reporting-rules" className={link}>
            {t.reports.rules.menu}
          </Link>
        )}
        {can(user, "report:import") && (
          <Link href="/reports/import" className={link}>
            {t.reports.import.nav}
          </Link>
        )}
        {can(user, "report:export") && (
          <Link href="/reports/export" className={link}>
            {t.reports.export.nav}
          </Link>
        )}
        <Link href="/plans" className={link}>
          {t.plans.nav}
        </Link>
        {can(user, "user:manage") && (
          <Link href="/admin/users" className={link}>
            {t.users.title}
          </Link>
        )}
        {can(user, "threshold:manage") && (
          <Link href="/admin/thresholds" className={link}>
            {t.plans.thresholdsNav}
          </Link>
        )}
        {can(user, "unit:import") && (
          <Link href="/admin/units/import" className={link}>
            {t.units.import.navLink}
          </Link>
        )}
        {can(user, "audit:read") && (
          <Link href="/admin/audit" className={link}>
            {t.audit.title}
          </Link>
        )}
        {can(user, "security:read") && (
          <Link href="/admin/security" className={link}>
            {t.security.title}
          </Link>
        )}
        <Link href="/account/password" className={link}>
          {t.account.changePassword}
        </Link>
        <form action={signOut}>
          <button type="submit" className={`${link} w-full text-left`}>
            {t.auth.signOut}
          </button>
        </form>
      </div>
    </DisclosureMenu>
  );
}
