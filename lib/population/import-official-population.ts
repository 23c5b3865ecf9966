// The server action behind the official population import (/admin/units/import, third form): read
// the file, check every row on its own, against the other rows and against the units valid in its
// year; then a preview or, on confirmation, the previewed figures written in one transaction with
// one audit entry listing each figure before and after (the two steps: lib/units/two-step-import.ts).
import { ActionRefusal, defineAction } from "@/lib/actions/authed-action";
import { currentMonth } from "@/lib/clock";
import { fill } from "@/lib/i18n/fill";
import { monthParts } from "@/lib/period";
import { IMPORT_TRANSACTION, runTwoStepImport, type ImportPreview } from "@/lib/units/two-step-import";
import { officialPopulationImportSchema } from "@/lib/validation/official-population";

import { parsePopulationTable } from "./parse-population-table";
import { planPopulationImport, type PopulationChange, type PopulationPlan } from "./plan-population-import";

/** Changed figures shown in the preview, at most. */
const SHOWN_CHANGES = 20;

type PopulationDetails = {
  counts: { created: number; updated: number; unchanged: number };
  /** The first figures created or changed, for the reader to check. */
  examples: { unitCode: string; unitName: string; year: number; before: number | null; population: number }[];
};

export type PopulationPreview = ImportPreview<PopulationDetails>;

export const importOfficialPopulationSpec = defineAction(
  "population.import",
  officialPopulationImportSchema,
  "unit:import",
  async (input, { tx, t }) => {
    const { preview, applied } = await runTwoStepImport(input, t, {
      async check(rows) {
        const parsed = parsePopulationTable(rows, monthParts(currentMonth()).year);
        if (!parsed.ok) return { ok: false, issues: parsed.issues, rows: rows.length };
        const planned = await planPopulationImport(tx, parsed.rows);
        const count = parsed.rows.length;
        return planned.ok
          ? { ok: true, plan: planned.plan, rows: count }
          : { ok: false, issues: planned.issues, rows: count };
      },
      details: populationDetails,
      async apply(plan) {
        await tx.officialPopulation.createMany({
          data: plan.create.map(({ unitId, year, population }) => ({ unitId, year, population })),
        });
        for (const change of plan.update) {
          const { count } = await tx.officialPopulation.updateMany({
            where: { id: change.before!.id, version: change.before!.version },
            data: { population: change.population, version: { increment: 1 } },
          });
          if (count !== 1) throw new ActionRefusal(t.units.import.changedSincePreview);
        }
        return {
          created: plan.create.length,
          updated: plan.update.length,
          unchanged: plan.unchanged,
          figures: [...plan.create, ...plan.update].map(audited),
        };
      },
    });
    if (!applied) return { audit: null, data: preview };
    const { summary } = applied;
    return {
      audit: {
        action: "population.import",
        entityType: "official_population",
        entityId: [...new Set(summary.figures.map((figure) => figure.year))].sort().join(",") || "-",
        after: { ...applied.file, ...summary },
      },
      message: fill(t.units.import.populationImported, { created: summary.created, updated: summary.updated }),
      data: preview,
    };
  },
  { revalidate: ["/admin/units/import"], transaction: IMPORT_TRANSACTION },
);

/** A figure as the audit entry keeps it: the unit, the year, the population before and after. */
function audited(change: PopulationChange) {
  return {
    unitCode: change.unitCode,
    unitId: change.unitId,
    year: change.year,
    before: change.before?.population ?? null,
    after: change.population,
  };
}

function populationDetails(plan: PopulationPlan | null): { changes: number; details: PopulationDetails } {
  if (!plan) return { changes: 0, details: { counts: { created: 0, updated: 0, unchanged: 0 }, examples: [] } };
  return {
    changes: plan.create.length + plan.update.length,
    details: {
      counts: { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged },
      examples: [...plan.update, ...plan.create].slice(0, SHOWN_CHANGES).map((change) => ({
        unitCode: change.unitCode,
        unitName: change.unitName,
        year: change.year,
        before: change.before?.population ?? null,
        population: change.population,
      })),
    },
  };
}
