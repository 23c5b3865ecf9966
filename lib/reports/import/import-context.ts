// What checking an import needs to know from the database, as plain data: the units named in the
// file, which of them have children (are not base units) in which periods, which are in the
// importer's scope in each month, the group sets, and the reports already there (with the twelve
// months before each, for the warnings). Loaded in a few batched queries, whatever the row count.
import type { ReportStatus } from "@prisma/client";

import { figuresInGroupsOf, type GroupLineage } from "@/lib/coverage/group-succession";
import { addMonths, monthToDate, type Month } from "@/lib/period";
import type { GroupFigures, ReportValues } from "@/lib/validation/report-values";

import { withLeadingZeros } from "../file/cells";

export type Span = { validFrom: Date; validTo: Date | null };

export type ContextUnit = Span & { id: number; code: string; name: string };

export type ExistingReport = { id: number; version: number; status: ReportStatus; values: ReportValues };

/** A group set's validity, its groups' codes in order, and its groups with the ones they continue. */
export type GroupSetSpan = Span & { codes: string[]; groups: GroupLineage[] };

export type ImportContext = {
  /** Units by code, every period (codes are reused across reorganisations). */
  unitsByCode: Map<string, ContextUnit[]>;
  /** Validity periods of each unit's children: a unit with a child valid in a month is not a base unit then. */
  childSpans: Map<number, Span[]>;
  /** Units of the file in the importer's scope, per month; null when the importer's scope is everything. */
  scope: Map<Month, Set<number>> | null;
  groupSets: GroupSetSpan[];
  /** Reports of the file's units, by reportKey(unit, month), from twelve months before the first month. */
  reports: Map<string, ExistingReport>;
  /** The latest month open for entry (lib/reports/report-month.ts): rows for later months are refused. */
  lastOpenMonth: Month;
};

/** How many months before a row the warnings look at. */
export const HISTORY_MONTHS = 12;

export function reportKey(unitId: number, month: Month): string {
  return `${unitId}:${month}`;
}

export function splitReportKey(key: string): [unitId: number, month: Month] {
  const colon = key.indexOf(":");
  return [Number(key.slice(0, colon)), key.slice(colon + 1) as Month];
}

/** First days of months as timestamps: a check asks about the same few months for every row. */
const firstDays = new Map<Month, number>();

function firstDayOf(month: Month): number {
  let day = firstDays.get(month);
  if (day === undefined) {
    day = monthToDate(month).getTime();
    firstDays.set(month, day);
  }
  return day;
}

export function validIn(span: Span, month: Month): boolean {
  const day = firstDayOf(month);
  return span.validFrom.getTime() <= day && (span.validTo === null || span.validTo.getTime() > day);
}

export type UnitLookup =
  { kind: "found"; unit: ContextUnit } | { kind: "notInMonth"; units: ContextUnit[] } | { kind: "unknown" };

/** The unit a code means in a month; a code that lost its leading zeros in a spreadsheet is tried with them. */
export function lookUpUnit(context: Pick<ImportContext, "unitsByCode">, code: string, month: Month | null): UnitLookup {
  const units = context.unitsByCode.get(code) ?? context.unitsByCode.get(withLeadingZeros(code));
  if (!units || units.length === 0) return { kind: "unknown" };
  if (!month) return { kind: "notInMonth", units };
  const unit = units.find((candidate) => validIn(candidate, month));
  return unit ? { kind: "found", unit } : { kind: "notInMonth", units };
}

export function isBaseUnit(context: Pick<ImportContext, "childSpans">, unitId: number, month: Month): boolean {
  return !(context.childSpans.get(unitId) ?? []).some((span) => validIn(span, month));
}

function groupSetIn(context: Pick<ImportContext, "groupSets">, month: Month): GroupSetSpan | undefined {
  return context.groupSets.find((set) => validIn(set, month));
}

export function groupCodesIn(context: Pick<ImportContext, "groupSets">, month: Month): string[] | null {
  return groupSetIn(context, month)?.codes ?? null;
}

/**
 * A month's values (its groups keyed by the codes of its own set) as `inMonth`'s warnings compare
 * them: unchanged within one set; across a boundary, in `inMonth`'s groups through their mapping
 * (lib/coverage/group-succession.ts), never by code.
 */
export function valuesInGroupsOf(
  context: Pick<ImportContext, "groupSets">,
  values: ReportValues,
  month: Month,
  inMonth: Month,
): ReportValues {
  const own = groupSetIn(context, month);
  const target = groupSetIn(context, inMonth);
  if (own === target || !own || !target) return values;
  const byId = new Map<number, GroupFigures>();
  for (const group of own.groups) {
    const figures = values.groups[group.code];
    if (figures) byId.set(group.id, figures);
  }
  return { ...values, groups: figuresInGroupsOf(byId, target.groups) };
}

/** The months from HISTORY_MONTHS before `first` to `last`: the reports the check reads. */
export function historyRange(first: Month, last: Month): { from: Month; to: Month } {
  return { from: addMonths(first, -HISTORY_MONTHS), to: last };
}
