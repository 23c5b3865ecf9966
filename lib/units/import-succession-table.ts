// The server action behind /admin/units/import (succession tables): read the file, check every row
// on its own, against the other rows and against the units valid the day before and on the date the
// reorganisation took effect; then a preview or, on confirmation, the previewed changes in one
// transaction with one audit entry (the two steps: ./two-step-import.ts).
import { defineAction } from "@/lib/actions/authed-action";
import { fill } from "@/lib/i18n/fill";
import { monthToDate } from "@/lib/period";
import { successionImportSchema } from "@/lib/validation/unit-import";

import { applySuccessionImport } from "./apply-succession-import";
import { parseSuccessionTable } from "./parse-succession-table";
import { prepareSuccessionImport, type SuccessionChanges } from "./prepare-succession-import";
import { IMPORT_TRANSACTION, runTwoStepImport, type ImportPreview } from "./two-step-import";

type SuccessionDetails = {
  counts: {
    oldUnits: number;
    newUnits: number;
    written: number;
    removed: number;
    unchanged: number;
    derived: number;
    partialWithoutShare: number;
  };
  createdUnits: string[];
};

export type SuccessionPreview = ImportPreview<SuccessionDetails>;

export const importSuccessionTableSpec = defineAction(
  "unit.import_successions",
  successionImportSchema,
  "unit:import",
  async (input, { tx, t }) => {
    const { preview, applied } = await runTwoStepImport(input, t, {
      async check(rows) {
        const parsed = parseSuccessionTable(rows);
        if (!parsed.ok) return { ok: false, issues: parsed.issues, rows: rows.length };
        const planned = await prepareSuccessionImport(tx, parsed.rows, monthToDate(input.effectiveOn));
        const count = parsed.rows.length;
        return planned.ok
          ? { ok: true, plan: planned.plan, rows: count }
          : { ok: false, issues: planned.issues, rows: count };
      },
      details: successionDetails,
      apply: (plan) => applySuccessionImport(tx, plan),
    });
    if (!applied) return { audit: null, data: preview };
    const { summary } = applied;
    return {
      audit: {
        action: "unit.import_successions",
        entityType: "unit_succession_table",
        entityId: summary.effectiveOn,
        after: { ...applied.file, ...summary },
      },
      message: fill(t.units.import.successionsImported, { written: summary.written, removed: summary.removed }),
      data: preview,
    };
  },
  { revalidate: ["/admin/units/import"], transaction: IMPORT_TRANSACTION },
);

function successionDetails(plan: SuccessionChanges | null): { changes: number; details: SuccessionDetails } {
  if (!plan) {
    return {
      changes: 0,
      details: {
        counts: { oldUnits: 0, newUnits: 0, written: 0, removed: 0, unchanged: 0, derived: 0, partialWithoutShare: 0 },
        createdUnits: [],
      },
    };
  }
  return {
    changes: plan.write.length + plan.remove.length + plan.create.length,
    details: {
      counts: {
        oldUnits: plan.counts.oldUnits,
        newUnits: plan.counts.newUnits,
        written: plan.write.length,
        removed: plan.remove.length,
        unchanged: plan.unchanged,
        derived: plan.counts.derived,
        partialWithoutShare: plan.counts.partialWithoutShare,
      },
      createdUnits: plan.create.map((district) => `${district.code} ${district.name}`),
    },
  };
}
