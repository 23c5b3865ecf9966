import type { Metadata } from "next";
import Link from "next/link";

import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { UnlockSignInForm } from "@/components/admin/unlock-sign-in-form";
import { UserPhoneForm } from "@/components/admin/user-phone-form";
import { UserStatusForm } from "@/components/admin/user-status-form";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Entered, entered } from "@/components/ui/entered";
import { requirePermission } from "@/lib/auth/current-user";
import { wallClock } from "@/lib/clock";
import { formatPhone } from "@/lib/format";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";
import { getI18n } from "@/lib/i18n/server";
import { canAssignRole } from "@/lib/permissions/can";
import { managesToday } from "@/lib/permissions/scope";
import { getSignInLocks } from "@/lib/queries/get-sign-in-locks";
import { listUsersInScope } from "@/lib/queries/get-users-in-scope";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.users.title };
}

export default async function UsersPage() {
  const [actor, { t, locale }] = await Promise.all([requirePermission("user:manage"), getI18n()]);
  const [users, changes] = await Promise.all([listUsersInScope(actor), managesToday(actor)]);
  const signInLocks = await getSignInLocks(
    users.map((user) => user.username),
    wallClock(),
  );
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t.users.title}</h1>
          <p className="text-sm text-slate-500">{t.users.description}</p>
          {!changes && <p className="mt-2 text-sm text-slate-700">{t.users.readOnlyEndedUnit}</p>}
        </div>
        {changes && (
          <Link href="/admin/users/new" className={buttonClasses("primary", "px-3 py-2 text-sm")}>
            {t.users.create}
          </Link>
        )}
      </div>
      <DataTable
        columns={[
          t.users.username,
          t.users.name,
          t.users.phone,
          t.users.role,
          t.users.scopeUnit,
          t.users.status,
          t.users.actions,
        ].map((label) => ({ label }))}
        empty={users.length === 0}
        emptyText={t.users.empty}
      >
        {users.map((user) => {
          const manageable = changes && user.id !== actor.id && canAssignRole(actor, user.role);
          const lockedUntil = signInLocks.get(user.username);
          return (
            <tr key={user.id} className="align-top">
              <td className="px-3 py-2 font-mono text-xs">
                {user.username}{" "}
                {user.id === actor.id && <span className="font-sans text-slate-500">{t.users.you}</span>}
              </td>
              <td className="px-3 py-2" {...entered("person")}>
                {user.name}
              </td>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">{user.phone ? formatPhone(user.phone) : "–"}</td>
              <td className="px-3 py-2">{t.roles[user.role]}</td>
              <td className="px-3 py-2">
                <Entered kind="unit">{user.scopeUnit.name}</Entered>{" "}
                <span className="text-slate-500">
                  ({user.scopeUnit.code}
                  {user.scopeUnit.validTo ? ` · ${t.users.unitsBefore}` : ""})
                </span>
              </td>
              <td className="px-3 py-2">
                {user.active ? t.users.active : <span className="text-behind">{t.users.inactive}</span>}
                {lockedUntil && (
                  <span className="block text-behind">
                    {fill(t.users.signInLocked, { time: formatDateTime(lockedUntil, locale) })}
                  </span>
                )}
              </td>
              <td className="space-y-2 px-3 py-2">
                {manageable && (
                  <>
                    {lockedUntil && <UnlockSignInForm userId={user.id} label={t.users.unlockSignIn} />}
                    <UserStatusForm
                      userId={user.id}
                      active={user.active}
                      labels={{ deactivate: t.users.deactivate, reactivate: t.users.reactivate }}
                    />
                    <details className="text-sm">
                      <summary className="cursor-pointer text-brand-700 underline-offset-2 hover:underline">
                        {t.users.phone}
                      </summary>
                      <UserPhoneForm
                        userId={user.id}
                        phone={user.phone}
                        labels={{
                          title: fill(t.users.phoneFor, { username: user.username }),
                          phone: t.users.phone,
                          hint: t.users.phoneHint,
                          submit: t.users.savePhone,
                        }}
                      />
                    </details>
                    <ResetPasswordForm
                      userId={user.id}
                      labels={{
                        summary: t.users.resetPassword,
                        title: fill(t.users.resetPasswordFor, { username: user.username }),
                        password: t.account.newPassword,
                        hint: t.account.newPasswordHint,
                        submit: t.users.resetPassword,
                      }}
                    />
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
