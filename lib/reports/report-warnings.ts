// Unusual values in a report: saved only once the user confirms them with a reason (the reason is
// stored with the report). Pure: the caller passes the unit's previous months.
import { GROUP_FIELDS, groupFieldKey, type ReportField, type ReportValues } from "@/lib/validation/report-values";

import { modifiedZScore, UNUSUAL_SCORE } from "./modified-z-score";

export type WarningCode =
  "jump" | "rateAbove100" | "groupEmpty" | "growthAboveEnrolled" | "enrolledAboveInsured" | "eligibleAbovePopulation";

export type ReportWarning = { field: ReportField; code: WarningCode; params?: Record<string, number | string> };

/** Months before the one being entered, most recent last (at most the last 12 are used). */
export type ReportHistory = readonly ReportValues[];

const HISTORY_MONTHS = 12;

/**
 * The smallest change that can be a jump, as a share of the larger of last month's value and this
 * month's: 5% for the people counted at month end (+16 on 16,984 is 0.1%), 50% for the month's new
 * enrollments and renewals, which move more from month to month (72 → 1,500 is 95%).
 */
export const MIN_JUMP_SHARE = { stock: 0.05, flow: 0.5 } as const;
/** Nor is a change of fewer people than this (a group of a few people moving by one or two). */
export const MIN_JUMP_PEOPLE = 10;

type FigureKind = keyof typeof MIN_JUMP_SHARE;
const KIND: Record<"population" | (typeof GROUP_FIELDS)[number], FigureKind> = {
  population: "stock",
  insured: "stock",
  eligible: "stock",
  newlyEnrolled: "flow",
  renewed: "flow",
};

/**
 * A jump: this month's change against last month is unusual among the month-to-month changes of the
 * history (modified z-score above 3.5) and at least the minimum change above. Scoring changes, not
 * levels, means a level a campaign lifted is flagged once, in the month it moved, not every month
 * after it.
 */
function jump(
  field: ReportField,
  kind: FigureKind,
  value: number,
  months: readonly ReportValues[],
  read: (month: ReportValues) => number | undefined,
): ReportWarning | null {
  // Last month's value first: most changes are below the minimum, and their history is never needed.
  let previous: number | undefined;
  for (let i = months.length - 1; i >= 0 && previous === undefined; i--) previous = read(months[i]!);
  if (previous === undefined) return null;
  const change = value - previous;
  if (
    Math.abs(change) < Math.max(MIN_JUMP_SHARE[kind] * Math.max(Math.abs(previous), Math.abs(value)), MIN_JUMP_PEOPLE)
  )
    return null;
  const history = months.map(read).filter((month): month is number => month !== undefined);
  const changes = history.slice(1).map((month, i) => month - history[i]!);
  const score = modifiedZScore(change, changes);
  if (score === null || Math.abs(score) <= UNUSUAL_SCORE) return null;
  return { field, code: "jump", params: { previous, value } };
}

export function reportWarnings(values: ReportValues, history: ReportHistory): ReportWarning[] {
  const recent = history.slice(-HISTORY_MONTHS);
  const last = recent[recent.length - 1];
  const warnings: ReportWarning[] = [];
  const push = (warning: ReportWarning | null) => {
    if (warning) warnings.push(warning);
  };

  push(jump("population", KIND.population, values.population, recent, (month) => month.population));
  const groups = Object.values(values.groups);
  const insuredTotal = groups.reduce((sum, figures) => sum + figures.insured, 0);
  // A population of 0 with people insured is an error (lib/validation/report-values.ts).
  if (values.population > 0 && insuredTotal > values.population) {
    warnings.push({
      field: "population",
      code: "rateAbove100",
      params: { insured: insuredTotal, denominator: values.population },
    });
  }
  // Each person belongs to one group: the groups' eligible people cannot outnumber the population.
  const eligibleTotal = groups.reduce((sum, figures) => sum + figures.eligible, 0);
  if (eligibleTotal > values.population) {
    warnings.push({
      field: "population",
      code: "eligibleAbovePopulation",
      params: { eligible: eligibleTotal, population: values.population },
    });
  }

  for (const [code, figures] of Object.entries(values.groups)) {
    for (const field of GROUP_FIELDS) {
      push(
        jump(groupFieldKey(code, field), KIND[field], figures[field], recent, (month) => month.groups[code]?.[field]),
      );
    }
    if (figures.eligible > 0 && figures.insured > figures.eligible) {
      warnings.push({
        field: groupFieldKey(code, "insured"),
        code: "rateAbove100",
        params: { group: code, insured: figures.insured, denominator: figures.eligible },
      });
    }
    const enrolled = figures.newlyEnrolled + figures.renewed;
    // Possible: cards that take effect after the month, renewals in one group of people who moved to
    // another in the same month, renewals followed by a death or a move away.
    if (enrolled > figures.insured) {
      warnings.push({
        field: groupFieldKey(code, "newlyEnrolled"),
        code: "enrolledAboveInsured",
        params: { group: code, enrolled, insured: figures.insured },
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
