// The history of every figure of a monthly report, read from the audit entries of its saves (each
// holds the report before and after, ./report-snapshot.ts). Pure: the caller loads the entries.
import type { ReportField } from "@/lib/validation/report-values";

import { flattenValues, readStoredSnapshot } from "./report-snapshot";

/** One audit entry of a report, oldest first in the lists passed here. */
export type ReportAuditEntry = {
  id: number;
  at: Date;
  /** Who saved: the user's name, or the username when the user is unknown. */
  by: string | null;
  action: string;
  before: unknown;
  after: unknown;
};

/** A change of one figure: from what (null when the report was created) to what, by whom, when. */
export type FieldChange = { at: Date; by: string | null; action: string; from: number | null; to: number | null };

function changedFields(entry: ReportAuditEntry): [ReportField, number | null, number | null][] {
  const after = flattenValues(readStoredSnapshot(entry.after) ?? {});
  const before = flattenValues(readStoredSnapshot(entry.before) ?? {});
  return (Object.entries(after) as [ReportField, number | null][])
    .filter(([field, value]) => before[field] !== value)
    .map(([field, value]) => [field, before[field] ?? null, value]);
}

/** Every change of every field, newest first per field. */
export function fieldHistory(entries: readonly ReportAuditEntry[]): Partial<Record<ReportField, FieldChange[]>> {
  const history: Partial<Record<ReportField, FieldChange[]>> = {};
  for (const entry of entries) {
    for (const [field, from, to] of changedFields(entry)) {
      (history[field] ??= []).unshift({ at: entry.at, by: entry.by, action: entry.action, from, to });
    }
  }
  return history;
}

/** The net change of one field since a version: value then, value now, and the last change's author. */
export type ChangeSince = { field: ReportField; from: number | null; to: number | null; by: string | null; at: Date };

/**
 * What others changed after the version a form was loaded with: the saves whose snapshot has a
 * higher version, folded per field (first value before them, last value after them). Fields that
 * came back to their value are left out.
 */
export function changesSince(entries: readonly ReportAuditEntry[], version: number): ChangeSince[] {
  const net = new Map<ReportField, ChangeSince>();
  for (const entry of entries) {
    const afterVersion = readStoredSnapshot(entry.after)?.version;
    if (afterVersion === undefined || afterVersion <= version) continue;
    for (const [field, from, to] of changedFields(entry)) {
      const earlier = net.get(field);
      net.set(field, { field, from: earlier ? earlier.from : from, to, by: entry.by, at: entry.at });
    }
  }
  return [...net.values()].filter((change) => change.from !== change.to);
}
