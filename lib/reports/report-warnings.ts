// Unusual values in a report: saved only once the user confirms them with a reason (the reason is
// stored with the report). Pure: the caller passes the unit's previous months.
import { UNUSUAL_SCORE, modifiedZScore } from "./modified-z-score";
import { GROUP_FIELDS, type ReportField, type ReportValues, groupFieldKey } from "@/lib/validation/report-values";

export type WarningCode = "jump" | "rateAbove100" | "groupEmpty" | "growthAboveEnrolled";

export type ReportWarning = { field: ReportField; code: WarningCode; params?: Record<string, number | string> };

/** Months before the one being entered, most recent last (at most the last 12 are used). */
export type ReportHistory = readonly ReportValues[];

const HISTORY_MONTHS = 12;

function jump(field: ReportField, value: number, history: number[]): ReportWarning | null {
  const score = modifiedZScore(value, history);
  if (score === null || Math.abs(score) <= UNUSUAL_SCORE) return null;
  const previous = history[history.length - 1]!;
  return { field, code: "jump", params: { previous, value } };
}

export function reportWarnings(values: ReportValues, history: ReportHistory): ReportWarning[] {
  const recent = history.slice(-HISTORY_MONTHS);
  const last = recent[recent.length - 1];
  const warnings: ReportWarning[] = [];
  const push = (warning: ReportWarning | null) => {
    if (warning) warnings.push(warning);
  };

  push(jump("population", values.population, recent.map((month) => month.population)));
  const insuredTotal = Object.values(values.groups).reduce((sum, figures) => sum + figures.insured, 0);
  if (insuredTotal > values.population) {
    warnings.push({ field: "population", code: "rateAbove100", params: { insured: insuredTotal, denominator: values.population } });
  }

  for (const [code, figures] of Object.entries(values.groups)) {
    const past = recent.map((month) => month.groups[code]).filter((month) => month !== undefined);
    for (const field of ["insured", "eligible"] as const) {
      push(jump(groupFieldKey(code, field), figures[field], past.map((month) => month[field])));
    }
    if (figures.insured > figures.eligible) {
      warnings.push({
        field: groupFieldKey(code, "insured"),
        code: "rateAbove100",
        params: { group: code, insured: figures.insured, denominator: figures.eligible },
      });
    }
    const before = last?.groups[code];
    if (GROUP_FIELDS.every((field) => figures[field] === 0)) {
      if (!before || before.insured > 0 || before.eligible > 0) {
        warnings.push({ field: groupFieldKey(code, "eligible"), code: "groupEmpty", params: { group: code } });
      }
    }
    if (before) {
      const growth = figures.insured - before.insured;
      const enrolled = figures.newlyEnrolled + figures.renewed;
      if (growth > enrolled) {
        warnings.push({
          field: groupFieldKey(code, "newlyEnrolled"),
          code: "growthAboveEnrolled",
          params: { group: code, growth, enrolled },
        });
      }
    }
  }
  return warnings;
}
