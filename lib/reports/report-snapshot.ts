// A monthly report as the audit log records it (before and after every save): its values, status
// and version. The figure history beside each field and the changes shown after a refused
// concurrent save are both read back from these snapshots (./figure-history.ts).
import type { ReportStatus } from "@prisma/client";
import { z } from "zod";

import {
  GROUP_FIELDS,
  groupFieldKey,
  UNIT_FIELDS,
  type ReportField,
  type ReportValues,
} from "@/lib/validation/report-values";

/** The audit log's entity type of monthly reports. */
export const REPORT_AUDIT_ENTITY = "unit_month_report";

/** A warning the author confirmed, with the reason given. */
export type ConfirmedWarning = { field: string; code: string; reason: string };

export type ReportSnapshot = ReportValues & {
  version: number;
  status: ReportStatus;
  confirmedWarnings: ConfirmedWarning[];
};

export function reportSnapshot(
  { population, voluntarySocialInsured, voluntarySocialAssigned, groups }: ReportValues,
  {
    version,
    status,
    confirmedWarnings,
  }: { version: number; status: ReportStatus; confirmedWarnings: ConfirmedWarning[] },
): ReportSnapshot {
  return { version, status, population, voluntarySocialInsured, voluntarySocialAssigned, groups, confirmedWarnings };
}

/** The values of a report, one per field key (`population`, `g1.insured`…). */
export function flattenValues(values: Partial<ReportValues>): Partial<Record<ReportField, number | null>> {
  const flat: Partial<Record<ReportField, number | null>> = {};
  for (const field of UNIT_FIELDS) {
    if (values[field] !== undefined) flat[field] = values[field];
  }
  for (const [code, figures] of Object.entries(values.groups ?? {})) {
    for (const field of GROUP_FIELDS) flat[groupFieldKey(code, field)] = figures[field];
  }
  return flat;
}

const count = z.number().int().nonnegative();
const groupFigures = z.object({ insured: count, eligible: count, newlyEnrolled: count, renewed: count });

/**
 * A snapshot read back from the audit log, leniently: entries written by other actions (review,
 * import) may carry only some of the parts (a status change carries no figures).
 */
export const storedSnapshotSchema = z.object({
  version: z.number().int().optional(),
  status: z.string().optional(),
  population: count.optional(),
  voluntarySocialInsured: count.nullable().optional(),
  voluntarySocialAssigned: count.nullable().optional(),
  groups: z.record(z.string(), groupFigures).optional(),
});

export type StoredSnapshot = z.infer<typeof storedSnapshotSchema>;

export function readStoredSnapshot(json: unknown): StoredSnapshot | null {
  const parsed = storedSnapshotSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
