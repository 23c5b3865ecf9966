// What the allocation page shows (`/plans/<id>/allocate?unit=<code>&milestone=&row=`): the frame of
// the split (lib/plans/allocation-frame.ts), the targets of the parent at the milestone (the rows
// that can be split), and each child unit with its figures in the reference month (the weight the
// split helper divides by, the people reached) and the target already allocated to it.
// `?unit=` is the parent's code, as on the plan view; an old link that gave its id is answered with
// the code to redirect to.
import "server-only";

import { db } from "@/lib/db";
import { dateToMonth, monthEndDate, monthToDate, type Month } from "@/lib/period";
import { getAllocationFrame, type AllocationFrame } from "@/lib/plans/allocation-frame";
import { parseId } from "@/lib/validation/ids";

import { getChildCoverage } from "./get-child-coverage";
import { getChildGroupCoverage } from "./get-child-group-coverage";
import type { PlanDetail, PlanTargetDetail } from "./get-plan";

export type AllocationRequest = {
  /** The parent unit's code; null: the plan's scope unit. */
  unit: string | null;
  milestone: Month | null;
  groupId: number | null;
};

export type AllocationChildRow = {
  id: number;
  code: string;
  name: string;
  /** What the split divides by: the population, or the group's eligible people. */
  weight: number;
  /** People insured (overall or in the group) in the reference month. */
  reached: number;
  saved: Pick<PlanTargetDetail, "rateBp" | "assignedCount" | "responsibleAgency"> | null;
};

export type AllocationView =
  | { kind: "outsidePlan" }
  | { kind: "redirect"; unitCode: string }
  | { kind: "milestoneUnknown" }
  | {
      kind: "frame";
      frame: AllocationFrame;
      /** The parent's targets due at the milestone: the rows that can be split. */
      parentTargets: PlanTargetDetail[];
      children: AllocationChildRow[];
    };

type ParentChoice = { kind: "unit"; id: number } | { kind: "redirect"; unitCode: string } | { kind: "outsidePlan" };

/**
 * The parent unit `?unit=` names within the plan's scope unit. Codes are reused across
 * reorganisations: among the units with the code, the one valid at the milestone asked for (or at
 * the plan's end), else the newest. A number that is no code in the plan but the id of a unit in
 * it is an old link: answered with that unit's code.
 */
async function parentOf(plan: PlanDetail, unit: string | null, milestone: Month | null): Promise<ParentChoice> {
  if (unit === null) return { kind: "unit", id: plan.scopeUnitId };
  const inPlan = { ancestorId: plan.scopeUnitId };
  const units = (
    await db.unitClosure.findMany({
      where: { ...inPlan, descendant: { code: unit } },
      select: { descendant: { select: { id: true, validFrom: true, validTo: true } } },
      orderBy: { descendant: { validFrom: "desc" } },
    })
  ).map((row) => row.descendant);
  const day = monthToDate(milestone ?? dateToMonth(plan.periodEnd));
  const valid = units.find((u) => u.validFrom <= day && (u.validTo === null || u.validTo > day)) ?? units[0];
  if (valid) return { kind: "unit", id: valid.id };
  const id = parseId(unit);
  const old =
    id === null
      ? null
      : await db.unitClosure.findUnique({
          where: { ancestorId_descendantId: { ...inPlan, descendantId: id } },
          select: { descendant: { select: { code: true } } },
        });
  return old ? { kind: "redirect", unitCode: old.descendant.code } : { kind: "outsidePlan" };
}

export async function getAllocationView(plan: PlanDetail, request: AllocationRequest): Promise<AllocationView> {
  const parent = await parentOf(plan, request.unit, request.milestone);
  if (parent.kind !== "unit") return parent;
  const { groupId } = request;
  let frame = await getAllocationFrame(db, plan, { parentUnitId: parent.id, milestone: request.milestone, groupId });
  if (frame === "milestoneUnknown" && request.milestone)
    frame = await getAllocationFrame(db, plan, { parentUnitId: parent.id, milestone: null, groupId });
  if (frame === "outsidePlan" || frame === "milestoneUnknown") return { kind: frame };

  const dueOn = monthEndDate(frame.milestone).getTime();
  const parentId = frame.parent.id;
  const [coverage, groupFigures] = await Promise.all([
    getChildCoverage(parentId, frame.referenceMonth),
    groupId === null ? Promise.resolve([]) : getChildGroupCoverage(parentId, frame.referenceMonth),
  ]);
  const figures = new Map(coverage.map((child) => [child.id, child]));
  const groupOf = new Map(groupFigures.filter((row) => row.groupId === groupId).map((row) => [row.childId, row]));
  const atMilestone = plan.targets.filter((target) => target.dueOn.getTime() === dueOn);
  const saved = new Map(
    atMilestone
      .filter((target) => target.groupId === groupId && target.unit.parentId === parentId)
      .map((target) => [target.unitId, target]),
  );
  return {
    kind: "frame",
    frame,
    parentTargets: atMilestone.filter((target) => target.unitId === parentId),
    children: frame.children.map((child) => {
      const own = saved.get(child.id);
      const figure = groupId === null ? figures.get(child.id) : undefined;
      const group = groupId === null ? undefined : groupOf.get(child.id);
      return {
        ...child,
        weight: (groupId === null ? figure?.population : group?.eligible) ?? 0,
        reached: (groupId === null ? figure?.insured : group?.insured) ?? 0,
        saved: own
          ? { rateBp: own.rateBp, assignedCount: own.assignedCount, responsibleAgency: own.responsibleAgency }
          : null,
      };
    }),
  };
}
