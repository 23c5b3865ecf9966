// The server action behind /admin/units/import (unit lists): read the file, check every row, compare
// with the units valid on the chosen month, and either answer with a preview (nothing is kept) or,
// on confirmation, write exactly the previewed changes in one transaction with one audit entry. The
// preview's fingerprint must still match at confirmation: a list imported meanwhile, or another
// file, is refused with a request to preview again.
import { createHash } from "node:crypto";
import { z } from "zod";
import { ActionRefusal, defineAction } from "@/lib/actions/authed-action";
import { fill } from "@/lib/i18n/messages";
import { monthToDate } from "@/lib/period";
import { monthSchema } from "@/lib/validation/period";
import { importIntentSchema, uploadedFileSchema } from "@/lib/validation/upload";
import { applyUnitListImport } from "./apply-unit-list-import";
import { type ImportIssue, sortIssues } from "./import-issues";
import { parseUnitList } from "./parse-unit-list";
import { type UnitListPlan, planUnitListImport } from "./plan-unit-list-import";
import { readTableFile } from "./read-table-file";

/** Issues and examples sent back to the page, at most. */
export const SHOWN_ISSUES = 200;
const SHOWN_EXAMPLES = 12;

/** A long list (10,000 communes) takes seconds to write; Prisma's default limit is 5 s. */
export const IMPORT_TRANSACTION = { maxWait: 10_000, timeout: 300_000 };

export type UnitListPreview = {
  fileName: string;
  rows: number;
  fingerprint: string | null;
  /** Units opened, closed, renamed, moved or removed: 0 when the list matches the database. */
  changes: number;
  counts: { opened: number; closed: number; renamed: number; moved: number; removed: number; unchanged: number };
  examples: { opened: string[]; closed: string[]; renamed: string[]; moved: string[] };
  /** The first issues found, in file order (described on the page, in the reader's language). */
  issues: ImportIssue[];
  issueCount: number;
  applied: boolean;
};

const schema = z.object({
  file: uploadedFileSchema,
  validFrom: monthSchema,
  intent: importIntentSchema,
  fingerprint: z.string().optional(),
});

export const importUnitListSpec = defineAction(
  schema,
  "unit:import",
  async (input, { tx, t }) => {
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const base = { fileName: input.file.name, rows: 0 };
    const refuse = (issues: ImportIssue[], rows = 0): never => {
      const preview = issuePreview({ ...base, rows }, issues);
      throw new ActionRefusal(t.actions.invalidInput, { file: [fill(t.units.import.fileHasIssues, { count: issues.length })] }, undefined, preview);
    };

    const table = await readTableFile(bytes);
    if (!table.ok) return refuse([{ code: "file", problem: table.problem }]);
    const list = parseUnitList(table.rows);
    if (!list.ok) return refuse(list.issues, table.rows.length);
    const planned = await planUnitListImport(tx, list.units, monthToDate(input.validFrom));
    if (!planned.ok) return refuse(planned.issues, list.rows);
    const preview = planPreview({ ...base, rows: list.rows }, planned.plan);

    if (input.intent === "preview") return { audit: null, data: preview };
    if (input.fingerprint !== planned.plan.fingerprint) throw new ActionRefusal(t.units.import.changedSincePreview, {}, undefined, preview);
    const summary = await applyUnitListImport(tx, planned.plan);
    return {
      audit: {
        action: "unit.import_list",
        entityType: "unit_list",
        entityId: summary.validFrom,
        after: { file: input.file.name, sha256: createHash("sha256").update(bytes).digest("hex"), rows: list.rows, ...summary },
      },
      message: fill(t.units.import.listImported, {
        opened: summary.opened.length,
        closed: summary.closed.length,
        renamed: summary.renamed.length,
        moved: summary.moved.length,
      }),
      data: { ...preview, applied: true },
    };
  },
  { revalidate: ["/admin/units/import"], transaction: IMPORT_TRANSACTION },
);

function issuePreview(base: { fileName: string; rows: number }, issues: ImportIssue[]): UnitListPreview {
  return {
    ...base,
    fingerprint: null,
    changes: 0,
    counts: { opened: 0, closed: 0, renamed: 0, moved: 0, removed: 0, unchanged: 0 },
    examples: { opened: [], closed: [], renamed: [], moved: [] },
    ...firstIssues(issues),
    applied: false,
  };
}

export function firstIssues(issues: ImportIssue[]): { issues: ImportIssue[]; issueCount: number } {
  return { issues: sortIssues(issues).slice(0, SHOWN_ISSUES), issueCount: issues.length };
}

function planPreview(base: { fileName: string; rows: number }, plan: UnitListPlan): UnitListPreview {
  const renamed = plan.changed.filter((change) => change.renamed);
  const moved = plan.changed.filter((change) => change.moved && !change.renamed);
  const first = <Item>(items: Item[], show: (item: Item) => string) => items.slice(0, SHOWN_EXAMPLES).map(show);
  return {
    ...base,
    fingerprint: plan.fingerprint,
    changes: plan.opened.length + plan.closed.length + plan.changed.length + plan.removed.length,
    counts: {
      opened: plan.opened.length,
      closed: plan.closed.length,
      renamed: renamed.length,
      moved: moved.length,
      removed: plan.removed.length,
      unchanged: plan.unchanged.size,
    },
    examples: {
      opened: first(plan.opened, (unit) => `${unit.code} ${unit.name}`),
      closed: first(plan.closed, (unit) => `${unit.code} ${unit.name}`),
      renamed: first(renamed, ({ unit, previous }) => `${unit.code}: ${previous.name} → ${unit.name}`),
      moved: first(moved, ({ unit, previous }) => `${unit.code} ${unit.name}: ${previous.parentCode ?? "–"} → ${unit.parentCode ?? "–"}`),
    },
    issues: [],
    issueCount: 0,
    applied: false,
  };
}
