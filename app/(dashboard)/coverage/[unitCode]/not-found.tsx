// The dashboard of a unit that does not exist or lies outside the reader's scope.
import { NotFoundPage } from "@/components/ui/not-found-page";
import { getI18n } from "@/lib/i18n/server";

export default async function UnitNotFound() {
  const { t } = await getI18n();
  return <NotFoundPage title={t.dashboard.notFoundTitle} back={t.dashboard.backToCountry} />;
}
