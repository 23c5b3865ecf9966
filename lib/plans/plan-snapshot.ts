// A plan and its targets as the audit log records them (before and after a change): plain JSON with
// dates as "YYYY-MM-DD" and months as "YYYY-MM".
import type { Prisma, TargetComparator } from "@prisma/client";

import { dateToMonth } from "@/lib/period";

type PlanRecord = {
  number: string;
  title: string;
  issuer: string;
  issuedOn: Date;
  scopeUnitId: number;
  periodStart: Date;
  periodEnd: Date;
  notes: string | null;
  archivedAt: Date | null;
  version: number;
};

type TargetRecord = {
  unitId: number;
  groupId: number | null;
  dueOn: Date;
  comparator: TargetComparator;
  rateBp: number | null;
  assignedCount: number | null;
  responsibleAgency: string | null;
  bySchoolYear: boolean;
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function targetSnapshot(target: TargetRecord): Prisma.InputJsonObject {
  return {
    unitId: target.unitId,
    groupId: target.groupId,
    due: dateToMonth(target.dueOn),
    comparator: target.comparator,
    rateBp: target.rateBp,
    assignedCount: target.assignedCount,
    responsibleAgency: target.responsibleAgency,
    bySchoolYear: target.bySchoolYear,
  };
}

export function planSnapshot(plan: PlanRecord, targets: readonly TargetRecord[]): Prisma.InputJsonObject {
  return {
    number: plan.number,
    title: plan.title,
    issuer: plan.issuer,
    issuedOn: isoDate(plan.issuedOn),
    scopeUnitId: plan.scopeUnitId,
    periodStart: dateToMonth(plan.periodStart),
    periodEnd: dateToMonth(plan.periodEnd),
    notes: plan.notes,
    archived: plan.archivedAt !== null,
    version: plan.version,
    targets: targets.map(targetSnapshot),
  };
}
