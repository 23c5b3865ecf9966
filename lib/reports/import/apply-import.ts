// Writes the new and changed rows of a checked import, inside the caller's transaction, in batched
// statements (INSERT … SELECT FROM unnest(…) of a few thousand rows each): reports, then their
// enrollment figures. Each written report is submitted by the importer (status SUBMITTED, version
// + 1, submitted at/by). A report whose version moved since the check, or that appeared since, makes
// the whole import fail (ImportConflict): the transaction then writes nothing. Unchanged rows are
// not touched.
import { Prisma, type ReportStatus } from "@prisma/client";

import type { AuditRecord } from "@/lib/audit/write-audit-entry";
import { monthToDate, type Month } from "@/lib/period";
import type { ReportValues } from "@/lib/validation/report-values";

import type { RowChange } from "./check-import";

/** Rows per statement. */
const BATCH = 5_000;

export class ImportConflict extends Error {}

export type ImportActor = { id: string };

type ReportState = { status: ReportStatus; version: number } & ReportValues;

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH) result.push(items.slice(start, start + BATCH));
  return result;
}

function periodText(month: Month): string {
  return `${month}-01`;
}

/** What the report confirms: the warnings shown in the preview, accepted by importing the file. */
function confirmedWarnings(plan: RowChange, reason: string): string | null {
  if (plan.warnings.length === 0) return null;
  return JSON.stringify(plan.warnings.map((warning) => ({ field: warning.field, code: warning.code, reason })));
}

export async function applyImport(
  tx: Prisma.TransactionClient,
  plans: readonly RowChange[],
  actor: ImportActor,
  { now, warningReason }: { now: Date; warningReason: string },
): Promise<AuditRecord[]> {
  const at = now.toISOString();
  const created = plans.filter((plan) => plan.kind === "new");
  const changed = plans.filter((plan) => plan.kind === "changed");
  const ids = new Map<RowChange, number>();

  for (const batch of chunks(created)) {
    const rows = await tx.$queryRaw<{ id: number; unit_id: number; period: Date }[]>(Prisma.sql`
      INSERT INTO unit_month_report
        (unit_id, period, population, voluntary_social_insured, voluntary_social_assigned, status, version,
         submitted_at, submitted_by_id, confirmed_warnings, updated_at)
      SELECT v.unit_id, v.period, v.population, v.vsi, v.vsa, 'SUBMITTED', 1, ${at}::timestamp(3), ${actor.id},
             v.warnings::jsonb, ${at}::timestamp(3)
      FROM unnest(
        ${batch.map((plan) => plan.unit.id)}::int[], ${batch.map((plan) => periodText(plan.month))}::date[],
        ${batch.map((plan) => plan.values.population)}::int[], ${batch.map((plan) => plan.values.voluntarySocialInsured)}::int[],
        ${batch.map((plan) => plan.values.voluntarySocialAssigned)}::int[], ${batch.map((plan) => confirmedWarnings(plan, warningReason))}::text[]
      ) AS v(unit_id, period, population, vsi, vsa, warnings)
      ON CONFLICT (unit_id, period) DO NOTHING
      RETURNING id, unit_id, period`);
    if (rows.length !== batch.length) throw new ImportConflict("a report was created since the check");
    const byKey = new Map(rows.map((row) => [`${row.unit_id}:${row.period.toISOString().slice(0, 7)}`, row.id]));
    for (const plan of batch) ids.set(plan, byKey.get(`${plan.unit.id}:${plan.month}`)!);
  }

  for (const batch of chunks(changed)) {
    const rows = await tx.$queryRaw<{ id: number }[]>(Prisma.sql`
      UPDATE unit_month_report r
      SET population = v.population, voluntary_social_insured = v.vsi, voluntary_social_assigned = v.vsa,
          status = 'SUBMITTED', version = r.version + 1, submitted_at = ${at}::timestamp(3), submitted_by_id = ${actor.id},
          confirmed_warnings = v.warnings::jsonb, updated_at = ${at}::timestamp(3)
      FROM unnest(
        ${batch.map((plan) => plan.existing!.id)}::int[], ${batch.map((plan) => plan.existing!.version)}::int[],
        ${batch.map((plan) => plan.values.population)}::int[], ${batch.map((plan) => plan.values.voluntarySocialInsured)}::int[],
        ${batch.map((plan) => plan.values.voluntarySocialAssigned)}::int[], ${batch.map((plan) => confirmedWarnings(plan, warningReason))}::text[]
      ) AS v(id, version, population, vsi, vsa, warnings)
      WHERE r.id = v.id AND r.version = v.version
      RETURNING r.id`);
    if (rows.length !== batch.length) throw new ImportConflict("a report changed since the check");
    for (const plan of batch) ids.set(plan, plan.existing!.id);
  }

  await writeFigures(tx, [...created, ...changed]);

  return [...created, ...changed].map((plan) => reportAudit(plan, ids.get(plan)!));
}

async function writeFigures(tx: Prisma.TransactionClient, plans: readonly RowChange[]): Promise<void> {
  const figures = plans.flatMap((plan) =>
    Object.entries(plan.values.groups).map(([code, figures]) => ({
      unitId: plan.unit.id,
      period: periodText(plan.month),
      code,
      ...figures,
    })),
  );
  for (const batch of chunks(figures)) {
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO enrollment_figure (unit_id, period, group_id, insured, eligible, newly_enrolled, renewed)
      SELECT v.unit_id, v.period, g.id, v.insured, v.eligible, v.newly_enrolled, v.renewed
      FROM unnest(
        ${batch.map((f) => f.unitId)}::int[], ${batch.map((f) => f.period)}::date[], ${batch.map((f) => f.code)}::text[],
        ${batch.map((f) => f.insured)}::int[], ${batch.map((f) => f.eligible)}::int[],
        ${batch.map((f) => f.newlyEnrolled)}::int[], ${batch.map((f) => f.renewed)}::int[]
      ) AS v(unit_id, period, code, insured, eligible, newly_enrolled, renewed)
      JOIN group_set s ON s.valid_from <= v.period AND (s.valid_to IS NULL OR s.valid_to > v.period)
      JOIN participant_group g ON g.group_set_id = s.id AND g.code = v.code
      ON CONFLICT (unit_id, period, group_id) DO UPDATE
      SET insured = EXCLUDED.insured, eligible = EXCLUDED.eligible,
          newly_enrolled = EXCLUDED.newly_enrolled, renewed = EXCLUDED.renewed`);
  }
}

function state(values: ReportValues, status: ReportStatus, version: number): ReportState {
  return { status, version, ...values };
}

/** One audit entry per written report: its values and state before (none for a new report) and after. */
function reportAudit(plan: RowChange, reportId: number): AuditRecord {
  const before = plan.existing ? state(plan.existing.values, plan.existing.status, plan.existing.version) : undefined;
  const after = state(plan.values, "SUBMITTED", plan.existing ? plan.existing.version + 1 : 1);
  return {
    action: "report.import",
    entityType: "unit_month_report",
    entityId: String(reportId),
    unitId: plan.unit.id,
    period: monthToDate(plan.month),
    ...(before ? { before } : {}),
    after,
  };
}
