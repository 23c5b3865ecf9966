// What an allocation is about, for the allocation page and for the action that saves it (the same
// rules on both sides): the parent unit whose target is split (the plan's scope unit or a unit below
// it), the milestone, the month whose figures the split is based on (./reference-month.ts), the
// child units valid in that month, and the parent's target being split.
import "server-only";

import type { TargetComparator } from "@prisma/client";

import type { DbClient } from "@/lib/db-client";
import { addMonths, dateToMonth, monthEndDate, monthToDate, type Month } from "@/lib/period";

import { allocationReferenceMonth } from "./reference-month";

export type AllocationChild = { id: number; code: string; name: string };

export type AllocationFrame = {
  parent: { id: number; code: string; name: string };
  milestone: Month;
  milestones: Month[];
  groupId: number | null;
  referenceMonth: Month;
  children: AllocationChild[];
  parentTarget: {
    comparator: TargetComparator;
    rateBp: number | null;
    assignedCount: number | null;
    bySchoolYear: boolean;
  } | null;
};

export type AllocationProblem = "milestoneUnknown" | "outsidePlan";

export async function getAllocationFrame(
  client: DbClient,
  plan: { id: number; scopeUnitId: number; periodStart: Date },
  request: { parentUnitId: number; milestone: Month | null; groupId: number | null },
): Promise<AllocationFrame | AllocationProblem> {
  const scopeTargets = await client.planTarget.findMany({
    where: { planId: plan.id, unitId: plan.scopeUnitId },
    select: { dueOn: true },
    distinct: ["dueOn"],
    orderBy: { dueOn: "asc" },
  });
  const milestones = scopeTargets.map((target) => dateToMonth(target.dueOn));
  const milestone = request.milestone ?? milestones[0];
  if (!milestone || !milestones.includes(milestone)) return "milestoneUnknown";

  const inPlan = await client.unitClosure.findUnique({
    where: { ancestorId_descendantId: { ancestorId: plan.scopeUnitId, descendantId: request.parentUnitId } },
    select: { descendant: { select: { id: true, code: true, name: true, validFrom: true, validTo: true } } },
  });
  if (!inPlan) return "outsidePlan";
  const parent = inPlan.descendant;

  const range = await client.unitMonthReport.aggregate({ _min: { period: true }, _max: { period: true } });
  const referenceMonth = allocationReferenceMonth({
    planStart: dateToMonth(plan.periodStart),
    milestones,
    milestone,
    reported:
      range._min.period && range._max.period
        ? { first: dateToMonth(range._min.period), last: dateToMonth(range._max.period) }
        : null,
    parentValid: {
      first: dateToMonth(parent.validFrom),
      last: parent.validTo ? addMonths(dateToMonth(parent.validTo), -1) : null,
    },
  });
  const day = monthToDate(referenceMonth);
  const [children, parentTarget] = await Promise.all([
    client.unit.findMany({
      where: { parentId: parent.id, validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }] },
      select: { id: true, code: true, name: true },
      orderBy: { code: "asc" },
    }),
    client.planTarget.findFirst({
      where: { planId: plan.id, unitId: parent.id, groupId: request.groupId, dueOn: monthEndDate(milestone) },
      select: { comparator: true, rateBp: true, assignedCount: true, bySchoolYear: true },
    }),
  ]);
  return {
    parent: { id: parent.id, code: parent.code, name: parent.name },
    milestone,
    milestones,
    groupId: request.groupId,
    referenceMonth,
    children,
    parentTarget,
  };
}
