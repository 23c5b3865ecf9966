// Everything that decides whether a report can be saved, in one pure function run both in the
// browser (live, as the user types) and on the server (the decision): errors in the values, the
// warnings they raise against the unit's history, and whether each warning is confirmed with a
// reason.
import { postedValues, readReason, reasonKey, type ReasonProblem } from "@/lib/validation/report-form";
import {
  GROUP_FIELDS,
  groupFieldKey,
  parseCount,
  readReportValues,
  reportFields,
  type GroupFigures,
  type ReportIssue,
  type ReportValues,
} from "@/lib/validation/report-values";

import type { ConfirmedWarning } from "./report-snapshot";
import { reportWarnings, type ReportHistory, type ReportWarning } from "./report-warnings";

export type ReportCheck = {
  /** The values, when they have no error. */
  values: ReportValues | null;
  issues: ReportIssue[];
  /** Warnings of the values; while there are errors, of the parts already complete (live feedback). */
  warnings: ReportWarning[];
  /** Warnings without an acceptable reason. */
  unconfirmed: { warning: ReportWarning; problem: ReasonProblem }[];
  /** Warnings with their reasons, as stored with the report. */
  confirmed: ConfirmedWarning[];
};

/** Checks a posted form (values and reasons by form name) for the given groups and history. */
export function checkReport(
  posted: Record<string, unknown>,
  groupCodes: readonly string[],
  history: ReportHistory,
): ReportCheck {
  const read = readReportValues(postedValues(posted, reportFields(groupCodes)), groupCodes);
  const warnings = read.ok ? reportWarnings(read.values, history) : partialWarnings(posted, groupCodes, history);
  const unconfirmed: ReportCheck["unconfirmed"] = [];
  const confirmed: ConfirmedWarning[] = [];
  for (const warning of warnings) {
    const reason = readReason(posted[reasonKey(warning.field, warning.code)]);
    if (reason.ok) confirmed.push({ field: warning.field, code: warning.code, reason: reason.reason });
    else unconfirmed.push({ warning, problem: reason.problem });
  }
  return read.ok
    ? { values: read.values, issues: [], warnings, unconfirmed, confirmed }
    : { values: null, issues: read.issues, warnings, unconfirmed, confirmed };
}

/**
 * Warnings of a form still being filled in: those of the groups whose four figures read as counts,
 * and of the population once it does.
 */
function partialWarnings(
  posted: Record<string, unknown>,
  groupCodes: readonly string[],
  history: ReportHistory,
): ReportWarning[] {
  const count = (field: string) => {
    const value = parseCount(posted[field]);
    return typeof value === "number" ? value : null;
  };
  const groups: Record<string, GroupFigures> = {};
  for (const code of groupCodes) {
    const figures = GROUP_FIELDS.map((field) => count(groupFieldKey(code, field)));
    if (figures.every((value) => value !== null)) {
      groups[code] = Object.fromEntries(GROUP_FIELDS.map((field, i) => [field, figures[i]])) as GroupFigures;
    }
  }
  const population = count("population");
  const warnings = reportWarnings(
    { population: population ?? 0, voluntarySocialInsured: null, voluntarySocialAssigned: null, groups },
    history,
  );
  return population === null ? warnings.filter((warning) => warning.field !== "population") : warnings;
}

export function isSavable(check: ReportCheck): check is ReportCheck & { values: ReportValues } {
  return check.values !== null && check.unconfirmed.length === 0;
}
