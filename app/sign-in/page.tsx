import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { SignInForm } from "@/components/auth/sign-in-form";
import { ForgetOfflinePages } from "@/components/offline/forget-offline-pages";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/auth/redirect-target";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.auth.signInTitle };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const [{ next }, { t }, user] = await Promise.all([searchParams, getI18n(), getCurrentUser()]);
  const target = safeRedirectPath(next);
  if (user) redirect(target ?? "/");
  return (
    <div className="mx-auto max-w-sm py-8">
      <Card>
        <h1 className="text-xl font-semibold text-slate-900">{t.auth.signInTitle}</h1>
        <p className="mt-1 mb-5 text-sm text-slate-600">{t.auth.signInIntro}</p>
        <SignInForm next={target} t={t.auth} />
      </Card>
      <ForgetOfflinePages />
    </div>
  );
}
