import type { Metadata } from "next";

import { BoundaryImportForm } from "@/components/map/boundary-import-form";
import { Card } from "@/components/ui/card";
import { Entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";
import { PopulationImportForm } from "@/components/units/population-import-form";
import { SuccessionImportForm } from "@/components/units/succession-import-form";
import { UnitListImportForm } from "@/components/units/unit-list-import-form";
import { requirePermission } from "@/lib/auth/current-user";
import { currentMonth } from "@/lib/clock";
import { getI18n } from "@/lib/i18n/server";
import { POPULATION_HEADINGS } from "@/lib/population/parse-population-table";
import { SUCCESSION_HEADINGS } from "@/lib/units/parse-succession-table";
import { UNIT_LIST_HEADINGS } from "@/lib/units/parse-unit-list";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.units.import.title };
}

/** Headings of the official files, quoted as they are written in them (in every language). */
const headings = (names: readonly string[]) => <Entered kind="column">{names.join(", ")}</Entered>;

export default async function UnitImportPage() {
  const [, { locale, t }] = await Promise.all([requirePermission("unit:import"), getI18n()]);
  const text = t.units.import;
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{text.title}</h1>
        <p className="max-w-3xl text-sm text-slate-500">{text.description}</p>
      </div>
      <Card
        title={text.listTitle}
        description={fillNodes(text.listDescription, { columns: headings(UNIT_LIST_HEADINGS) })}
      >
        <UnitListImportForm locale={locale} t={t.units} />
      </Card>
      <Card
        title={text.successionTitle}
        description={fillNodes(text.successionDescription, {
          columns: headings(SUCCESSION_HEADINGS.required),
          share: headings([SUCCESSION_HEADINGS.share]),
        })}
      >
        <SuccessionImportForm locale={locale} t={t.units} />
      </Card>
      <Card
        title={text.populationTitle}
        description={fillNodes(text.populationDescription, { columns: headings(POPULATION_HEADINGS) })}
      >
        <PopulationImportForm locale={locale} t={t.units} />
      </Card>
      <Card id="boundaries" title={t.boundaries.import.title} description={t.boundaries.import.description}>
        <BoundaryImportForm defaultMonth={currentMonth()} locale={locale} t={t.boundaries.import} units={text} />
      </Card>
    </div>
  );
}
