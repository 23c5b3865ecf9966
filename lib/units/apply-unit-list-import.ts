// Writes a planned unit-list import (./prepare-unit-list-import.ts) inside the caller's transaction:
// closes, deletes, opens (level by level, in batches), corrects in place, links each new version to
// the unit it continues, and rebuilds the closure table. Returns what the audit entry records.
import type { Prisma } from "@prisma/client";

import { rebuildCountedStore, todaysStructureDay } from "@/lib/counted-store/rebuild";

import { inBatches } from "./batches";
import type { UnitListChanges } from "./prepare-unit-list-import";
import { rebuildUnitClosure } from "./rebuild-closure";
import { refreshStatistics } from "./refresh-statistics";

export type UnitListImportSummary = {
  validFrom: string;
  opened: string[];
  closed: string[];
  renamed: string[];
  moved: string[];
  removed: string[];
  unchanged: number;
};

const BATCH = 2000;

export async function applyUnitListImport(
  tx: Prisma.TransactionClient,
  plan: UnitListChanges,
): Promise<UnitListImportSummary> {
  const { validFrom } = plan;
  const countryId =
    plan.countryId ??
    (
      await tx.unit.create({
        data: { code: "VN", name: "Việt Nam", kind: "COUNTRY", level: 0, validFrom },
        select: { id: true },
      })
    ).id;

  const versioned = plan.changed.filter((change) => !change.inPlace);
  const toClose = [...plan.closed.map((unit) => unit.id), ...versioned.map((change) => change.previous.id)];
  await inBatches(toClose, BATCH, (ids) =>
    tx.unit.updateMany({ where: { id: { in: ids } }, data: { validTo: validFrom } }),
  );

  // Children before parents (parent_id refers to the parent row).
  for (const unit of [...plan.removed].sort((a, b) => b.level - a.level))
    await tx.unit.delete({ where: { id: unit.id } });

  // Row of every listed code after the import: continuing rows first, new rows as they are created.
  const rowOf = new Map<string, number>(plan.unchanged);
  for (const change of plan.changed) if (change.inPlace) rowOf.set(change.unit.code, change.previous.id);
  const parentRow = (parentCode: string | null): number => {
    if (parentCode === null) return countryId;
    const id = rowOf.get(parentCode);
    if (id === undefined) throw new Error(`Parent ${parentCode} has no row`);
    return id;
  };

  const toCreate = [...plan.opened, ...versioned.map((change) => change.unit)].sort((a, b) => a.level - b.level);
  const levels = [...new Set(toCreate.map((unit) => unit.level))];
  for (const level of levels) {
    const units = toCreate.filter((unit) => unit.level === level);
    await inBatches(units, BATCH, async (batch) => {
      const created = await tx.unit.createManyAndReturn({
        data: batch.map(({ code, name, kind, level: depth, parentCode }) => ({
          code,
          name,
          kind,
          level: depth,
          parentId: parentRow(parentCode),
          validFrom,
        })),
        select: { id: true, code: true },
      });
      for (const { id, code } of created) rowOf.set(code, id);
    });
  }

  for (const { unit, previous } of plan.changed.filter((change) => change.inPlace)) {
    await tx.unit.update({
      where: { id: previous.id },
      data: { name: unit.name, kind: unit.kind, level: unit.level, parentId: parentRow(unit.parentCode) },
    });
  }

  await inBatches(versioned, BATCH, (batch) =>
    tx.unitSuccession.createMany({
      data: batch.map(({ unit, previous }) => ({
        predecessorId: previous.id,
        successorId: rowOf.get(unit.code)!,
        kind: "FULL" as const,
        shareBp: 10000,
        effectiveOn: validFrom,
      })),
      skipDuplicates: true,
    }),
  );

  await rebuildUnitClosure(tx);
  await refreshStatistics(tx);
  await rebuildCountedStore(tx, todaysStructureDay());
  const codes = (units: { code: string }[]) => units.map((unit) => unit.code).sort();
  return {
    validFrom: validFrom.toISOString().slice(0, 10),
    opened: codes(plan.opened),
    closed: codes(plan.closed),
    renamed: codes(plan.changed.filter((change) => change.renamed).map((change) => change.unit)),
    moved: codes(plan.changed.filter((change) => change.moved && !change.renamed).map((change) => change.unit)),
    removed: codes(plan.removed),
    unchanged: plan.unchanged.size,
  };
}
