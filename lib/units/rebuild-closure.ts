// Refills unit_closure (every ancestor/descendant pair of the unit tree, each unit with itself at
// depth 0) from unit.parent_id. Run it inside the transaction that changed the tree, so readers
// never see the tree and its closure disagree.
import { Prisma } from "@prisma/client";

type RawExecutor = Pick<Prisma.TransactionClient, "$executeRaw">;

/** Rebuilds the whole closure table and returns the number of rows written. */
export async function rebuildUnitClosure(tx: RawExecutor): Promise<number> {
  await tx.$executeRaw(Prisma.sql`DELETE FROM unit_closure`);
  // One recursive walk down from every unit reaches all its descendants, whatever the depth.
  // CYCLE stops the walk if parent_id ever loops; the row that closes the loop repeats an
  // (ancestor, descendant) pair already written, so the insert then fails on the primary key
  // instead of recursing forever.
  return tx.$executeRaw(Prisma.sql`
    INSERT INTO unit_closure (ancestor_id, descendant_id, depth)
    WITH RECURSIVE paths (ancestor_id, descendant_id, depth) AS (
      SELECT id, id, 0 FROM unit
      UNION ALL
      SELECT paths.ancestor_id, child.id, paths.depth + 1
      FROM paths
      JOIN unit AS child ON child.parent_id = paths.descendant_id
    ) CYCLE descendant_id SET closes_loop USING visited
    SELECT ancestor_id, descendant_id, depth FROM paths
  `);
}
