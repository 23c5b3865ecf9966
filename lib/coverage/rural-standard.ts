// The New Rural Area (nông thôn mới) BHYT threshold in force for a month, from the thresholds kept as
// data (rural_standard_threshold): a commune (xã) meets the criterion when its coverage rate
// reaches the threshold of the STANDARD level; the MODEL level is the higher bar of model communes.
import { monthToDate, type Month } from "@/lib/period";

export type RuralStandardLevel = "STANDARD" | "MODEL";

export type RuralThreshold = {
  id: number;
  level: RuralStandardLevel;
  /** First day of the first month it applies to. */
  validFrom: Date;
  /** Last day of the last month it applies to; null while open-ended. */
  validTo: Date | null;
  rateBp: number;
  legalBasis: string;
  notes: string | null;
  /** The legal basis and notes in English (null: as in Vietnamese; lib/i18n/reference-texts.ts). */
  legalBasisEn: string | null;
  notesEn: string | null;
};

/** The threshold of `level` whose period contains `month`, or null. */
export function thresholdInForce(
  thresholds: readonly RuralThreshold[],
  level: RuralStandardLevel,
  month: Month,
): RuralThreshold | null {
  const day = monthToDate(month).getTime();
  return (
    thresholds.find(
      (threshold) =>
        threshold.level === level &&
        threshold.validFrom.getTime() <= day &&
        (threshold.validTo === null || threshold.validTo.getTime() >= day),
    ) ?? null
  );
}

/** Whether two periods [from, to] (to null: open-ended) share at least one day. */
export function periodsOverlap(
  a: { validFrom: Date; validTo: Date | null },
  b: { validFrom: Date; validTo: Date | null },
): boolean {
  const aEnd = a.validTo?.getTime() ?? Number.POSITIVE_INFINITY;
  const bEnd = b.validTo?.getTime() ?? Number.POSITIVE_INFINITY;
  return a.validFrom.getTime() <= bEnd && b.validFrom.getTime() <= aEnd;
}
