// The signed-in user's account: on a desktop, the name and role in the header opening a menu of the
// administration pages the role allows and the password change (a <details> that opens with the
// keyboard), with sign-out beside it in plain sight; on a phone, who is signed in, the password
// change and sign-out under "more" of the bottom bar (components/nav/main-nav.tsx).
import Link from "next/link";

import { DestinationGroup, type NavItem } from "@/components/nav/main-nav";
import { DisclosureMenu } from "@/components/ui/disclosure-menu";
import { Entered } from "@/components/ui/entered";
import { signOut } from "@/lib/actions/auth";
import type { AdminDestinationKey } from "@/lib/auth/navigation";
import type { SessionUser } from "@/lib/auth/session";
import type { Messages } from "@/lib/i18n/messages";

type MenuUser = Pick<SessionUser, "name" | "role" | "username">;

const LINK =
  "flex min-h-11 w-full items-center rounded border-l-4 border-transparent px-3 text-left text-sm text-slate-800 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-600";

/** The header's user menu (768 px and wider). */
export function UserMenu({ user, admin, t }: { user: MenuUser; admin: NavItem<AdminDestinationKey>[]; t: Messages }) {
  return (
    <DisclosureMenu className="relative">
      <summary className="flex cursor-pointer list-none flex-col items-end rounded px-2 py-1 text-right leading-tight hover:bg-white/10 focus:outline-none focus-visible:ring-2 focus-visible:ring-white">
        <span className="text-sm font-medium">
          <Entered kind="person">{user.name}</Entered>
        </span>
        <span className="text-xs text-brand-100">{t.roles[user.role]}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
        <p className="px-3 py-2 text-xs text-slate-500">{user.username}</p>
        <DestinationGroup id="user-menu-admin" heading={t.nav.admin} items={admin} />
        <div className="border-t border-slate-100 pt-1">
          <Link href="/notifications" className={LINK}>
            {t.notifications.title}
          </Link>
          <Link href="/account/password" className={LINK}>
            {t.account.changePassword}
          </Link>
        </div>
      </div>
    </DisclosureMenu>
  );
}

/** Sign-out as a button of its own, beside the user menu. */
export function SignOutButton({ t }: { t: Messages }) {
  return (
    <form action={signOut}>
      <button
        type="submit"
        className="inline-flex min-h-10 items-center rounded-md border border-white/30 px-3 text-sm font-medium text-white hover:bg-white/10 focus:outline-none focus-visible:ring-2 focus-visible:ring-white"
      >
        {t.auth.signOut}
      </button>
    </form>
  );
}

/** The account under the phone's "more": who is signed in, the password change and sign-out. */
export function AccountPanel({ user, t }: { user: MenuUser; t: Messages }) {
  return (
    <>
      <p className="px-3 py-2 text-sm leading-tight">
        <span className="block font-medium text-slate-900">{user.name}</span>
        <span className="block text-xs text-slate-500">
          {t.roles[user.role]} · {user.username}
        </span>
      </p>
      <Link href="/notifications" className={LINK}>
        {t.notifications.title}
      </Link>
      <Link href="/account/password" className={LINK}>
        {t.account.changePassword}
      </Link>
      <form action={signOut}>
        <button type="submit" className={`${LINK} font-medium`}>
          {t.auth.signOut}
        </button>
      </form>
    </>
  );
}
