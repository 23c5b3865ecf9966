// Refreshes the planner's statistics of the unit tables after an import rewrote thousands of rows:
// the embedded database has no autovacuum, and stale estimates make the roll-up and carrying
// queries choose very slow plans.
import { Prisma } from "@prisma/client";

export async function refreshStatistics(tx: Pick<Prisma.TransactionClient, "$executeRaw">): Promise<void> {
  await tx.$executeRaw(Prisma.sql`ANALYZE unit, unit_closure, unit_succession`);
}
