// The server action behind /admin/units/import (succession tables): read the file, check every row
// on its own, against the other rows and against the units valid the day before and on the date the
// reorganisation took effect; then a preview (nothing kept) or, on confirmation, the previewed
// changes in one transaction with one audit entry (see ./import-unit-list.ts for the two steps).
import { createHash } from "node:crypto";
import { z } from "zod";
import { ActionRefusal, defineAction } from "@/lib/actions/authed-action";
import { fill } from "@/lib/i18n/messages";
import { monthToDate } from "@/lib/period";
import { monthSchema } from "@/lib/validation/period";
import { importIntentSchema, uploadedFileSchema } from "@/lib/validation/upload";
import { applySuccessionImport } from "./apply-succession-import";
import type { ImportIssue } from "./import-issues";
import { IMPORT_TRANSACTION, firstIssues } from "./import-unit-list";
import { parseSuccessionTable } from "./parse-succession-table";
import { type SuccessionPlan, planSuccessionImport } from "./plan-succession-import";
import { readTableFile } from "./read-table-file";

export type SuccessionPreview = {
  fileName: string;
  rows: number;
  fingerprint: string | null;
  /** Links written or removed and units created: 0 when the table matches the database. */
  changes: number;
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
  issues: ImportIssue[];
  issueCount: number;
  applied: boolean;
};

const schema = z.object({
  file: uploadedFileSchema,
  effectiveOn: monthSchema,
  intent: importIntentSchema,
  fingerprint: z.string().optional(),
});

export const importSuccessionTableSpec = defineAction(
  schema,
  "unit:import",
  async (input, { tx, t }) => {
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const base = { fileName: input.file.name, rows: 0 };
    const refuse = (issues: ImportIssue[], rows = 0): never => {
      const preview: SuccessionPreview = {
        ...base,
        rows,
        fingerprint: null,
        changes: 0,
        counts: { oldUnits: 0, newUnits: 0, written: 0, removed: 0, unchanged: 0, derived: 0, partialWithoutShare: 0 },
        createdUnits: [],
        ...firstIssues(issues),
        applied: false,
      };
      throw new ActionRefusal(t.actions.invalidInput, { file: [fill(t.units.import.fileHasIssues, { count: issues.length })] }, undefined, preview);
    };

    const table = await readTableFile(bytes);
    if (!table.ok) return refuse([{ code: "file", problem: table.problem }]);
    const parsed = parseSuccessionTable(table.rows);
    if (!parsed.ok) return refuse(parsed.issues, table.rows.length);
    const planned = await planSuccessionImport(tx, parsed.rows, monthToDate(input.effectiveOn));
    if (!planned.ok) return refuse(planned.issues, parsed.rows.length);
    const preview = planPreview({ ...base, rows: parsed.rows.length }, planned.plan);

    if (input.intent === "preview") return { audit: null, data: preview };
    if (input.fingerprint !== planned.plan.fingerprint) throw new ActionRefusal(t.units.import.changedSincePreview, {}, undefined, preview);
    const summary = await applySuccessionImport(tx, planned.plan);
    return {
      audit: {
        action: "unit.import_successions",
        entityType: "unit_succession_table",
        entityId: summary.effectiveOn,
        after: { file: input.file.name, sha256: createHash("sha256").update(bytes).digest("hex"), rows: parsed.rows.length, ...summary },
      },
      message: fill(t.units.import.successionsImported, { written: summary.written, removed: summary.removed }),
      data: { ...preview, applied: true },
    };
  },
  { revalidate: ["/admin/units/import"], transaction: IMPORT_TRANSACTION },
);

function planPreview(base: { fileName: string; rows: number }, plan: SuccessionPlan): SuccessionPreview {
  return {
    ...base,
    fingerprint: plan.fingerprint,
    changes: plan.write.length + plan.remove.length + plan.create.length,
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
    issues: [],
    issueCount: 0,
    applied: false,
  };
}
