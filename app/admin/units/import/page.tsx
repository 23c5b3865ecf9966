import type { Metadata } from "next";

import { BoundaryImportForm } from "@/components/map/boundary-import-form";
import { Card } from "@/components/ui/card";
import { PopulationImportForm } from "@/components/units/population-import-form";
import { SuccessionImportForm } from "@/components/units/succession-import-form";
import { UnitListImportForm } from "@/components/units/unit-list-import-form";
import { requirePermission } from "@/lib/auth/current-user";
import { currentMonth } from "@/lib/clock";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.units.import.title };
}

export default async function UnitImportPage() {
  const [, { locale, t }] = await Promise.all([requirePermission("unit:import"), getI18n()]);
  const text = t.units.import;
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{text.title}</h1>
        <p className="max-w-3xl text-sm text-slate-500">{text.description}</p>
      </div>
      <Card title={text.listTitle} description={text.listDescription}>
        <UnitListImportForm locale={locale} t={t.units} />
      </Card>
      <Card title={text.successionTitle} description={text.successionDescription}>
        <SuccessionImportForm locale={locale} t={t.units} />
      </Card>
      <Card title={text.populationTitle} description={text.populationDescription}>
        <PopulationImportForm locale={locale} t={t.units} />
      </Card>
      <Card id="boundaries" title={t.boundaries.import.title} description={t.boundaries.import.description}>
        <BoundaryImportForm defaultMonth={currentMonth()} locale={locale} t={t.boundaries.import} units={text} />
      </Card>
    </div>
  );
}
