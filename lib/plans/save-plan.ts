// Creating and editing a plan: its fields and its scope unit's targets per milestone × group, written
// as a whole set in one transaction. Editing checks the version the form was loaded with (another
// official may have saved in between), and removes the targets allocated to child units at
// milestones the plan no longer has. The scope unit must be one the user manages (checked by the
// action wrapper for the plan's current unit, here for a new one), and the country, a province or a
// district.
import type { Prisma } from "@prisma/client";

import { AccessRefusal, ActionRefusal, defineAction, type ActionContext } from "@/lib/actions/authed-action";
import { fill } from "@/lib/i18n/fill";
import { monthEndDate, monthToDate } from "@/lib/period";
import { canManageUnit } from "@/lib/permissions/scope";
import { getGroupsForPeriod } from "@/lib/queries/get-plan-groups";
import { PLAN_SCOPE_KINDS } from "@/lib/queries/get-plan-scope-options";
import { createPlanSchema, updatePlanSchema, type PlanFormValues } from "@/lib/validation/plan-form";

import { planScope } from "./plan-scope";
import { planSnapshot, targetSnapshot } from "./plan-snapshot";

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

async function checkPlanValues(values: PlanFormValues, { tx, t }: ActionContext): Promise<void> {
  const unit = await tx.unit.findUnique({ where: { id: values.scopeUnitId }, select: { kind: true } });
  if (!unit) throw new AccessRefusal(t, "not_found");
  if (!PLAN_SCOPE_KINDS.includes(unit.kind)) {
    throw new ActionRefusal(t.actions.invalidInput, { scopeUnitId: [t.plans.form.scopeTooLow] });
  }
  const groups = await getGroupsForPeriod(values.periodStart, values.periodEnd, tx);
  const known = new Set(groups.map((group) => group.id));
  if (values.targets.some((target) => target.groupId !== null && !known.has(target.groupId))) {
    throw new ActionRefusal(t.actions.invalidInput, { milestones: [t.plans.form.unknownGroup] });
  }
}

function planData(values: PlanFormValues) {
  return {
    number: values.number,
    title: values.title,
    issuer: values.issuer,
    issuedOn: values.issuedOn,
    scopeUnitId: values.scopeUnitId,
    periodStart: monthToDate(values.periodStart),
    periodEnd: monthEndDate(values.periodEnd),
    notes: values.notes,
  };
}

function scopeTargets(values: PlanFormValues): Prisma.PlanTargetCreateManyPlanInput[] {
  return values.targets.map((target) => ({
    unitId: values.scopeUnitId,
    groupId: target.groupId,
    dueOn: monthEndDate(target.milestone),
    comparator: target.comparator,
    rateBp: target.rateBp,
    assignedCount: target.assignedCount,
    responsibleAgency: target.responsibleAgency,
    bySchoolYear: target.bySchoolYear,
  }));
}

export const createPlanSpec = defineAction(
  "plan.create",
  createPlanSchema,
  "plan:manage",
  async (values, context) => {
    await checkPlanValues(values, context);
    const plan = await context.tx.plan.create({
      data: { ...planData(values), targets: { createMany: { data: scopeTargets(values) } } },
      include: { targets: { select: targetFields, orderBy: [{ dueOn: "asc" }, { groupId: "asc" }] } },
    });
    return {
      audit: {
        action: "plan.create",
        entityType: "plan",
        entityId: String(plan.id),
        unitId: plan.scopeUnitId,
        after: planSnapshot(plan, plan.targets),
      },
      message: fill(context.t.plans.form.created, { number: plan.number }),
      redirectTo: `/plans/${plan.id}`,
    };
  },
  { scope: async (values) => ({ unitId: values.scopeUnitId }), revalidate: ["/plans"] },
);

export const updatePlanSpec = defineAction(
  "plan.update",
  updatePlanSchema,
  "plan:manage",
  async (values, context) => {
    const { tx, t, user } = context;
    const before = await tx.plan.findUniqueOrThrow({
      where: { id: values.planId },
      include: {
        targets: {
          select: { ...targetFields, derived: true },
          orderBy: [{ dueOn: "asc" }, { unitId: "asc" }, { groupId: "asc" }],
        },
      },
    });
    if (before.archivedAt) throw new ActionRefusal(t.plans.form.archivedReadOnly);
    await checkPlanValues(values, context);
    if (values.scopeUnitId !== before.scopeUnitId) {
      if (!(await canManageUnit(user, values.scopeUnitId, tx)))
        throw new AccessRefusal(t, "out_of_scope", values.scopeUnitId);
      if (before.targets.some((target) => target.unitId !== before.scopeUnitId)) {
        throw new ActionRefusal(t.actions.invalidInput, { scopeUnitId: [t.plans.form.scopeLockedByAllocation] });
      }
    }
    const updated = await tx.plan.updateMany({
      where: { id: values.planId, version: values.version },
      data: { ...planData(values), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ActionRefusal(t.plans.staleVersion);

    const dueDates = new Set(values.milestones.map((month) => monthEndDate(month).getTime()));
    const orphaned = before.targets.filter(
      (target) => target.unitId !== before.scopeUnitId && !dueDates.has(target.dueOn.getTime()),
    );
    await tx.planTarget.deleteMany({
      where: {
        planId: values.planId,
        OR: [
          { unitId: before.scopeUnitId },
          { unitId: { not: before.scopeUnitId }, dueOn: { notIn: [...dueDates].map((time) => new Date(time)) } },
        ],
      },
    });
    // A target saved unchanged keeps its "derived" label; a target entered anew is the plan's own.
    const derived = before.targets.filter((target) => target.unitId === before.scopeUnitId && target.derived);
    await tx.planTarget.createMany({
      data: scopeTargets(values).map((target) => ({
        ...target,
        planId: values.planId,
        derived: derived.some(
          (old) =>
            old.groupId === target.groupId &&
            old.dueOn.getTime() === (target.dueOn as Date).getTime() &&
            old.comparator === target.comparator &&
            old.rateBp === target.rateBp &&
            old.assignedCount === target.assignedCount &&
            old.bySchoolYear === target.bySchoolYear,
        ),
      })),
    });
    const after = await tx.plan.findUniqueOrThrow({
      where: { id: values.planId },
      include: {
        targets: {
          select: targetFields,
          where: { unitId: values.scopeUnitId },
          orderBy: [{ dueOn: "asc" }, { groupId: "asc" }],
        },
      },
    });
    return {
      audit: {
        action: "plan.update",
        entityType: "plan",
        entityId: String(after.id),
        unitId: after.scopeUnitId,
        before: {
          ...planSnapshot(
            before,
            before.targets.filter((target) => target.unitId === before.scopeUnitId),
          ),
          removedAllocations: orphaned.map(targetSnapshot),
        },
        after: { ...planSnapshot(after, after.targets), removedAllocations: orphaned.length },
      },
      redirectTo: `/plans/${after.id}`,
      message:
        orphaned.length > 0
          ? fill(t.plans.form.updatedWithRemovedAllocations, { number: after.number, count: orphaned.length })
          : fill(t.plans.form.updated, { number: after.number }),
    };
  },
  { scope: planScope, revalidate: ["/plans"] },
);
