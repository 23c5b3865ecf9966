// The page of any address that leads nowhere; the dashboard of an unknown unit has its own
// (app/(dashboard)/coverage/[unitCode]/not-found.tsx).
import { NotFoundPage } from "@/components/ui/not-found-page";
import { getI18n } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <NotFoundPage
      title={t.dashboard.pageNotFoundTitle}
      body={t.dashboard.pageNotFoundBody}
      back={t.dashboard.backToCountry}
    />
  );
}
