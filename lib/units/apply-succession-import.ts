// Writes a planned succession import (./prepare-succession-import.ts) inside the caller's transaction:
// creates the missing island districts (and rebuilds the closure table for them), removes the links
// the table no longer has, and writes the new and changed ones in batches.
import { Prisma } from "@prisma/client";

import { rebuildCountedStore, todaysStructureDay } from "@/lib/counted-store/rebuild";

import { inBatches } from "./batches";
import type { SuccessionChanges } from "./prepare-succession-import";
import { isoDay } from "./prepare-unit-list-import";
import { rebuildUnitClosure } from "./rebuild-closure";
import { refreshStatistics } from "./refresh-statistics";

export type SuccessionImportSummary = {
  effectiveOn: string;
  createdUnits: string[];
  written: number;
  removed: number;
  unchanged: number;
  derived: number;
  partialWithoutShare: number;
};

const BATCH = 2000;

export async function applySuccessionImport(
  tx: Prisma.TransactionClient,
  plan: SuccessionChanges,
): Promise<SuccessionImportSummary> {
  const { effectiveOn } = plan;
  const createdIds = new Map<string, number>();
  for (const district of plan.create) {
    const parent = await tx.unit.findUniqueOrThrow({ where: { id: district.provinceId }, select: { validFrom: true } });
    const created = await tx.unit.create({
      data: {
        code: district.code,
        name: district.name,
        kind: district.kind,
        level: 2,
        parentId: district.provinceId,
        validFrom: parent.validFrom,
        validTo: effectiveOn,
      },
      select: { id: true },
    });
    createdIds.set(district.code, created.id);
  }
  if (plan.create.length > 0) await rebuildUnitClosure(tx);

  await inBatches(plan.remove, BATCH, (batch) => deletePairs(tx, batch));
  const rows = plan.write.map((link) => ({
    predecessorId: "id" in link.predecessor ? link.predecessor.id : createdIds.get(link.predecessor.code)!,
    successorId: link.successorId,
    kind: link.kind,
    shareBp: link.shareBp,
    effectiveOn,
  }));
  // A changed link is rewritten whole: remove it, then insert it with the rest.
  await inBatches(rows, BATCH, async (batch) => {
    await deletePairs(tx, batch);
    await tx.unitSuccession.createMany({ data: batch });
  });

  await refreshStatistics(tx);
  await rebuildCountedStore(tx, todaysStructureDay());
  return {
    effectiveOn: isoDay(effectiveOn),
    createdUnits: plan.create.map((district) => district.code),
    written: rows.length,
    removed: plan.remove.length,
    unchanged: plan.unchanged,
    derived: plan.counts.derived,
    partialWithoutShare: plan.counts.partialWithoutShare,
  };
}

function deletePairs(tx: Prisma.TransactionClient, pairs: { predecessorId: number; successorId: number }[]) {
  return tx.$executeRaw(Prisma.sql`
    DELETE FROM unit_succession s
    USING unnest(${pairs.map((pair) => pair.predecessorId)}::int[], ${pairs.map((pair) => pair.successorId)}::int[]) AS x(p, q)
    WHERE s.predecessor_id = x.p AND s.successor_id = x.q`);
}
