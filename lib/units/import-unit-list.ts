// The server action behind /admin/units/import (unit lists): read the file, check every row, compare
// with the units valid on the chosen month in what the file covers (the whole country or named
// provinces, declared with the file: ./list-coverage.ts), then a preview or, on confirmation, the
// previewed changes in one transaction with one audit entry (the two steps: ./two-step-import.ts).
// A large change is confirmed by typing the number of units it changes (./list-change-warning.ts).
import { ActionRefusal, defineAction } from "@/lib/actions/authed-action";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { monthToDate } from "@/lib/period";
import { unitListImportSchema } from "@/lib/validation/unit-import";

import { applyUnitListImport } from "./apply-unit-list-import";
import { listChangeWarning, type ListChangeWarning } from "./list-change-warning";
import { coversProvince, readListCoverage, type ListCoverage, type ListCoverageProblem } from "./list-coverage";
import { parseUnitList } from "./parse-unit-list";
import { prepareUnitListImport, type UnitListChanges } from "./prepare-unit-list-import";
import { IMPORT_TRANSACTION, runTwoStepImport, type ImportPreview } from "./two-step-import";

/** Examples of each kind of change sent back to the page, at most. */
const SHOWN_EXAMPLES = 12;

type UnitListDetails = {
  coverage: ListCoverage;
  counts: { opened: number; closed: number; renamed: number; moved: number; removed: number; unchanged: number };
  examples: { opened: string[]; closed: string[]; renamed: string[]; moved: string[] };
  /** Set when the change is large enough to be confirmed by typing `affected`. */
  warning: ListChangeWarning | null;
};

export type UnitListPreview = ImportPreview<UnitListDetails>;

export const importUnitListSpec = defineAction(
  "unit.import_list",
  unitListImportSchema,
  "unit:import",
  async (input, { tx, t }) => {
    const declared = readListCoverage(input.coverage, input.provinces);
    if (!declared.ok)
      throw new ActionRefusal(t.actions.invalidInput, {
        [declared.problem.field]: [coverageProblem(declared.problem, t)],
      });
    const { coverage } = declared;
    const { preview, applied } = await runTwoStepImport(input, t, {
      async check(rows) {
        const list = parseUnitList(rows, (provinceCode) => coversProvince(coverage, provinceCode));
        if (!list.ok) return { ok: false, issues: list.issues, rows: rows.length };
        const planned = await prepareUnitListImport(tx, list.units, monthToDate(input.validFrom), coverage);
        return planned.ok
          ? { ok: true, plan: planned.plan, rows: list.rows }
          : { ok: false, issues: planned.issues, rows: list.rows };
      },
      details: (plan) => listDetails(plan, coverage),
      apply: (plan) => applyUnitListImport(tx, plan),
      typedConfirmation: (plan) => {
        const warning = listChangeWarning(plan);
        return warning ? String(warning.affected) : null;
      },
    });
    if (!applied) return { audit: null, data: preview };
    const { summary } = applied;
    return {
      audit: {
        action: "unit.import_list",
        entityType: "unit_list",
        entityId: summary.validFrom,
        after: { ...applied.file, coverage, ...summary },
      },
      message: fill(t.units.import.listImported, {
        opened: summary.opened.length,
        closed: summary.closed.length,
        renamed: summary.renamed.length,
        moved: summary.moved.length,
      }),
      data: preview,
    };
  },
  { revalidate: ["/admin/units/import"], transaction: IMPORT_TRANSACTION },
);

function coverageProblem(problem: ListCoverageProblem, t: Messages): string {
  const text = t.units.import;
  if (problem.code === "missing") return text.coverageMissing;
  if (problem.code === "noProvinces") return text.provincesMissing;
  return fill(text.provinceCodeInvalid, { value: problem.value });
}

function listDetails(
  plan: UnitListChanges | null,
  coverage: ListCoverage,
): { changes: number; details: UnitListDetails } {
  if (!plan) {
    return {
      changes: 0,
      details: {
        coverage,
        counts: { opened: 0, closed: 0, renamed: 0, moved: 0, removed: 0, unchanged: 0 },
        examples: { opened: [], closed: [], renamed: [], moved: [] },
        warning: null,
      },
    };
  }
  const renamed = plan.changed.filter((change) => change.renamed);
  const moved = plan.changed.filter((change) => change.moved && !change.renamed);
  const first = <Item>(items: Item[], show: (item: Item) => string) => items.slice(0, SHOWN_EXAMPLES).map(show);
  return {
    changes: plan.opened.length + plan.closed.length + plan.changed.length + plan.removed.length,
    details: {
      coverage,
      warning: listChangeWarning(plan),
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
        moved: first(
          moved,
          ({ unit, previous }) =>
            `${unit.code} ${unit.name}: ${previous.parentCode ?? "–"} → ${unit.parentCode ?? "–"}`,
        ),
      },
    },
  };
}
