// The two steps shared by the unit imports (official lists and succession tables): read the uploaded
// file and check it, then either answer with a preview (nothing is kept) or, on confirmation, write
// exactly the previewed changes. The preview's fingerprint must still match at confirmation: a list
// imported meanwhile, or another file, is refused with a request to preview again. An import whose
// plan asks for a typed confirmation (a large change) is refused until the number shown is typed. A
// file with issues is refused with a preview listing the first of them, in file order.
import { createHash } from "node:crypto";

import { ActionRefusal } from "@/lib/actions/authed-action";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";

import { sortIssues, type ImportIssue } from "./import-issues";
import { readTableFile, type TableRow } from "./read-table-file";
import { matchesTypedConfirmation } from "./typed-confirmation";

/** Issues sent back to the page, at most. */
const SHOWN_ISSUES = 200;

/**
 * A long list (10,000 communes) takes seconds to write, and the store of counted figures is then
 * rebuilt in the same transaction: minutes on the whole country since 2018 (README, Benchmark).
 * Prisma's default limit is 5 s.
 */
export const IMPORT_TRANSACTION = { maxWait: 10_000, timeout: 900_000 };

/** A preview: what every import says, and its own `Details` (counts and examples). */
export type ImportPreview<Details> = Details & {
  fileName: string;
  rows: number;
  fingerprint: string | null;
  /** The changes the import would make: 0 when the file matches the database. */
  changes: number;
  /** The first issues found, in file order (described on the page, in the reader's language). */
  issues: ImportIssue[];
  issueCount: number;
  applied: boolean;
};

type ImportRequest = { file: File; intent: "preview" | "apply"; fingerprint?: string; confirmation?: string };

/** The rows checked and the changes planned, or the issues found; `rows` counts the data rows read. */
type CheckedFile<Plan> = { ok: true; plan: Plan; rows: number } | { ok: false; issues: ImportIssue[]; rows: number };

type ImportOutcome<Details, Summary> = {
  preview: ImportPreview<Details>;
  /** Set once the changes are written: what to audit about the file, and what was written. */
  applied: { file: { file: string; sha256: string; rows: number }; summary: Summary } | null;
};

export async function runTwoStepImport<Plan extends { fingerprint: string }, Details, Summary>(
  input: ImportRequest,
  t: Messages,
  steps: {
    check(rows: TableRow[]): Promise<CheckedFile<Plan>>;
    /** The preview's own part, and how many changes the plan makes; `null` for a refused file. */
    details(plan: Plan | null): { changes: number; details: Details };
    apply(plan: Plan): Promise<Summary>;
    /** What the administrator must type to confirm this plan; null (or absent) when a click is enough. */
    typedConfirmation?(plan: Plan): string | null;
  },
): Promise<ImportOutcome<Details, Summary>> {
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const preview = (rows: number, plan: Plan | null, issues: ImportIssue[]): ImportPreview<Details> => {
    const { changes, details } = steps.details(plan);
    return {
      ...details,
      fileName: input.file.name,
      rows,
      fingerprint: plan?.fingerprint ?? null,
      changes,
      issues: sortIssues(issues).slice(0, SHOWN_ISSUES),
      issueCount: issues.length,
      applied: false,
    };
  };

  const table = await readTableFile(bytes);
  const checked: CheckedFile<Plan> = table.ok
    ? await steps.check(table.rows)
    : { ok: false, issues: [{ code: "file", problem: table.problem }], rows: 0 };
  if (!checked.ok) {
    const errors = { file: [fill(t.units.import.fileHasIssues, { count: checked.issues.length })] };
    throw new ActionRefusal(t.actions.invalidInput, errors, undefined, preview(checked.rows, null, checked.issues));
  }
  const planned = preview(checked.rows, checked.plan, []);
  if (input.intent === "preview") return { preview: planned, applied: null };
  if (input.fingerprint !== checked.plan.fingerprint)
    throw new ActionRefusal(t.units.import.changedSincePreview, {}, undefined, planned);
  const expected = steps.typedConfirmation?.(checked.plan) ?? null;
  if (expected !== null && !matchesTypedConfirmation(input.confirmation ?? "", expected)) {
    const error = fill(t.units.import.typedMismatch, { expected });
    throw new ActionRefusal(t.units.import.typedRequired, { confirmation: [error] }, undefined, planned);
  }
  const summary = await steps.apply(checked.plan);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return {
    preview: { ...planned, applied: true },
    applied: { file: { file: input.file.name, sha256, rows: checked.rows }, summary },
  };
}
