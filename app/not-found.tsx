import Link from "next/link";

import { getI18n } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold">{t.dashboard.notFoundTitle}</h1>
      <Link href="/" className="mt-4 inline-block text-brand-700 hover:underline">
        {t.dashboard.backToCountry}
      </Link>
    </div>
  );
}
