// The values a plan form starts with: empty for a new plan, the stored plan for an edit (its scope
// unit's targets, rates written with the reader's decimal separator).
import type { TargetComparator } from "@prisma/client";

import type { Locale } from "@/lib/i18n/locales";
import { dateToMonth, type Month } from "@/lib/period";
import type { PlanDetail } from "@/lib/queries/get-plan";
import { rateInputValue } from "@/lib/validation/plan-values";

export type PlanFormCell = { rate: string; count: string; comparator: TargetComparator };

export type PlanFormInitial = {
  planId?: number;
  version?: number;
  number: string;
  title: string;
  issuer: string;
  issuedOn: string;
  scopeUnitId: string;
  periodStart: string;
  periodEnd: string;
  notes: string;
  milestones: Month[];
  /** Keyed "<milestone>.<row>", row "all" or a group id. */
  cells: Record<string, PlanFormCell>;
  /** Keyed by row. */
  agencies: Record<string, string>;
  /** The group rows whose targets count by school year. */
  schoolYearRows: string[];
};

export const EMPTY_PLAN_FORM: PlanFormInitial = {
  number: "",
  title: "",
  issuer: "",
  issuedOn: "",
  scopeUnitId: "",
  periodStart: "",
  periodEnd: "",
  notes: "",
  milestones: [],
  cells: {},
  agencies: {},
  schoolYearRows: [],
};

export function planFormInitial(plan: PlanDetail, locale: Locale): PlanFormInitial {
  const separator = locale === "vi" ? "," : ".";
  const own = plan.targets.filter((target) => target.unitId === plan.scopeUnitId);
  const milestones = [...new Set(own.map((target) => dateToMonth(target.dueOn)))].sort() as Month[];
  const cells: PlanFormInitial["cells"] = {};
  const agencies: PlanFormInitial["agencies"] = {};
  for (const target of own) {
    const row = target.groupId === null ? "all" : String(target.groupId);
    cells[`${dateToMonth(target.dueOn)}.${row}`] = {
      rate: rateInputValue(target.rateBp, separator),
      count: target.assignedCount === null ? "" : String(target.assignedCount),
      comparator: target.comparator,
    };
    if (target.responsibleAgency && !agencies[row]) agencies[row] = target.responsibleAgency;
  }
  const schoolYearRows = [
    ...new Set(own.filter((target) => target.bySchoolYear).map((target) => String(target.groupId))),
  ];
  return {
    planId: plan.id,
    version: plan.version,
    number: plan.number,
    title: plan.title,
    issuer: plan.issuer,
    issuedOn: plan.issuedOn.toISOString().slice(0, 10),
    scopeUnitId: String(plan.scopeUnitId),
    periodStart: dateToMonth(plan.periodStart),
    periodEnd: dateToMonth(plan.periodEnd),
    notes: plan.notes ?? "",
    milestones,
    cells,
    agencies,
    schoolYearRows,
  };
}
