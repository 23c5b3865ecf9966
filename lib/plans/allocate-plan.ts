// Allocating one target of a plan (a milestone, overall or for one group) from a unit to its child
// units: the children's rates and/or assigned numbers, replaced as a whole set in one transaction.
// Children take the parent target's comparator (≥ or =) and whether it counts by school year. The plan's version is checked and raised,
// so two officials allocating at once cannot overwrite each other unseen.
import { AccessRefusal, ActionRefusal, defineAction } from "@/lib/actions/authed-action";
import { fill } from "@/lib/i18n/fill";
import { monthEndDate } from "@/lib/period";
import { allocationSchema } from "@/lib/validation/allocation-form";

import { getAllocationFrame } from "./allocation-frame";
import { planScope } from "./plan-scope";
import { targetSnapshot } from "./plan-snapshot";

const targetFields = {
  unitId: true,
  groupId: true,
  dueOn: true,
  comparator: true,
  rateBp: true,
  assignedCount: true,
  responsibleAgency: true,
  bySchoolYear: true,
} as const;

export const allocatePlanSpec = defineAction(
  "plan.allocate",
  allocationSchema,
  "plan:manage",
  async (input, { tx, t }) => {
    const plan = await tx.plan.findUniqueOrThrow({
      where: { id: input.planId },
      select: { id: true, number: true, scopeUnitId: true, periodStart: true, archivedAt: true },
    });
    if (plan.archivedAt) throw new ActionRefusal(t.plans.form.archivedReadOnly);
    const frame = await getAllocationFrame(tx, plan, {
      parentUnitId: input.parentUnitId,
      milestone: input.milestone,
      groupId: input.groupId,
    });
    if (frame === "outsidePlan") throw new AccessRefusal(t, "out_of_scope", input.parentUnitId);
    if (frame === "milestoneUnknown") throw new ActionRefusal(t.plans.allocation.milestoneUnknown);
    if (!frame.parentTarget) throw new ActionRefusal(t.plans.allocation.parentWithoutTarget);
    const childIds = new Set(frame.children.map((child) => child.id));
    if (input.rows.some((row) => !childIds.has(row.unitId))) {
      throw new ActionRefusal(fill(t.plans.allocation.notAChild, { unit: frame.parent.name }));
    }
    const updated = await tx.plan.updateMany({
      where: { id: plan.id, version: input.version },
      data: { version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ActionRefusal(t.plans.staleVersion);

    const dueOn = monthEndDate(frame.milestone);
    const where = { planId: plan.id, dueOn, groupId: input.groupId, unitId: { in: [...childIds] } };
    const before = await tx.planTarget.findMany({ where, select: targetFields, orderBy: { unitId: "asc" } });
    await tx.planTarget.deleteMany({ where });
    const { comparator, bySchoolYear } = frame.parentTarget;
    const created = input.rows.map((row) => ({
      planId: plan.id,
      groupId: input.groupId,
      dueOn,
      comparator,
      bySchoolYear,
      ...row,
    }));
    await tx.planTarget.createMany({ data: created });
    return {
      audit: {
        action: "plan.allocate",
        entityType: "plan",
        entityId: String(plan.id),
        unitId: frame.parent.id,
        before: {
          milestone: frame.milestone,
          groupId: input.groupId,
          version: input.version,
          targets: before.map(targetSnapshot),
        },
        after: {
          milestone: frame.milestone,
          groupId: input.groupId,
          version: input.version + 1,
          targets: created.map(targetSnapshot),
        },
      },
      message: fill(t.plans.allocation.saved, { count: created.length }),
    };
  },
  { scope: planScope, revalidate: ["/plans"] },
);
