// Archiving a plan (it leaves the default list and stops applying on dashboards) or restoring it.
// Checks the version the page was loaded with.
import { ActionRefusal, defineAction } from "@/lib/actions/authed-action";
import { now } from "@/lib/clock";
import { fill } from "@/lib/i18n/fill";
import { archivePlanSchema } from "@/lib/validation/plan-form";

import { planScope } from "./plan-scope";

export const archivePlanSpec = defineAction(
  "plan.archive",
  archivePlanSchema,
  "plan:manage",
  async (input, { tx, t }) => {
    const before = await tx.plan.findUniqueOrThrow({
      where: { id: input.planId },
      select: { number: true, archivedAt: true, scopeUnitId: true },
    });
    const archivedAt = input.archived ? (before.archivedAt ?? now()) : null;
    const updated = await tx.plan.updateMany({
      where: { id: input.planId, version: input.version },
      data: { archivedAt, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new ActionRefusal(t.plans.staleVersion);
    return {
      audit: {
        action: input.archived ? "plan.archive" : "plan.restore",
        entityType: "plan",
        entityId: String(input.planId),
        unitId: before.scopeUnitId,
        before: { archivedAt: before.archivedAt?.toISOString() ?? null, version: input.version },
        after: { archivedAt: archivedAt?.toISOString() ?? null, version: input.version + 1 },
      },
      message: fill(input.archived ? t.plans.archive.archived : t.plans.archive.restored, { number: before.number }),
    };
  },
  { scope: planScope, revalidate: ["/plans"] },
);
