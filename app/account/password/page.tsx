import type { Metadata } from "next";
import Link from "next/link";

import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.account.changePassword };
}

export default async function ChangePasswordPage() {
  const [user, { t }] = await Promise.all([requireUser({ allowPendingPasswordChange: true }), getI18n()]);
  return (
    <div className="mx-auto max-w-md space-y-4 py-4">
      <h1 className="text-2xl font-semibold text-slate-900">{t.account.changePassword}</h1>
      {user.mustChangePassword && (
        <p role="alert" className="rounded-md border border-near/30 bg-amber-50 px-3 py-2 text-sm text-near">
          {t.account.mustChangePassword}
        </p>
      )}
      <Card>
        <ChangePasswordForm t={t.account} />
      </Card>
      {!user.mustChangePassword && (
        <Link href="/" className="text-sm text-brand-700 underline-offset-2 hover:underline">
          {t.account.backHome}
        </Link>
      )}
    </div>
  );
}
