// One plan with its scope unit and all its targets (the scope unit's and those allocated to units
// below it), read once per request.
import "server-only";

import type { Prisma } from "@prisma/client";
import { cache } from "react";

import { db } from "@/lib/db";

const planSelect = {
  id: true,
  number: true,
  title: true,
  issuer: true,
  issuedOn: true,
  periodStart: true,
  periodEnd: true,
  notes: true,
  archivedAt: true,
  version: true,
  updatedAt: true,
  scopeUnitId: true,
  scopeUnit: { select: { id: true, code: true, name: true, kind: true, level: true, validFrom: true, validTo: true } },
  targets: {
    select: {
      id: true,
      unitId: true,
      groupId: true,
      dueOn: true,
      comparator: true,
      rateBp: true,
      assignedCount: true,
      responsibleAgency: true,
      derived: true,
      bySchoolYear: true,
      unit: { select: { code: true, name: true, parentId: true } },
      group: { select: { code: true, shortName: true, name: true, nameEn: true, shortNameEn: true } },
    },
    orderBy: [{ dueOn: "asc" }, { unitId: "asc" }, { groupId: "asc" }],
  },
} satisfies Prisma.PlanSelect;

export type PlanDetail = Prisma.PlanGetPayload<{ select: typeof planSelect }>;
export type PlanTargetDetail = PlanDetail["targets"][number];

export const getPlan = cache(async (planId: number): Promise<PlanDetail | null> =>
  Number.isSafeInteger(planId) && planId > 0 ? db.plan.findUnique({ where: { id: planId }, select: planSelect }) : null,
);
