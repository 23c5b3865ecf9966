import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { CommuneHome } from "@/components/home/commune-home";
import { requireUser } from "@/lib/auth/current-user";
import { homeHref } from "@/lib/auth/home";
import { getI18n } from "@/lib/i18n/server";
import { can } from "@/lib/permissions/can";
import { getCommuneHome } from "@/lib/queries/get-commune-home";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.reports.home.title };
}

/**
 * The start page: a commune's staff land on their monthly task; everyone else (and staff of a
 * commune that ended in a reorganisation) on their own unit's dashboard.
 */
export default async function Home() {
  const [user, { locale, t }] = await Promise.all([requireUser(), getI18n()]);
  const home = await getCommuneHome(user);
  if (!home) redirect(homeHref(user.scopeUnit));
  return <CommuneHome unit={home.unit} task={home.task} canEdit={can(user, "report:edit")} locale={locale} t={t} />;
}
