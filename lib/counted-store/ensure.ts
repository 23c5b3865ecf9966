// Makes sure the store of counted figures matches the units and today's structure before it is read.
// The imports that change units rebuild it in their own transaction and the seed at its end, so in
// normal use this only checks a flag. A store left stale (units changed by another path, a test
// fixture) or built for another stretch of structure (a new unit list took effect since) is rebuilt
// here once: an advisory lock makes concurrent readers wait for one rebuild instead of running several.
import "server-only";

import { db } from "@/lib/db";

import { rebuildCountedStore } from "./rebuild";
import { storeCovers, type StoreState } from "./state";

/** First key of the advisory lock: a number no other lock uses. */
const REBUILD_LOCK_CLASS = 7_403_911;

/** Waits for a fresh store covering `structureDay`, rebuilding it if needed, and returns its state. */
export async function ensureCountedStore(structureDay: Date): Promise<StoreState> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REBUILD_LOCK_CLASS}::int, 0)`;
      const state = await tx.countedStoreState.findUniqueOrThrow({ where: { id: 1 } });
      if (storeCovers(state, structureDay)) return state;
      await rebuildCountedStore(tx, structureDay);
      return tx.countedStoreState.findUniqueOrThrow({ where: { id: 1 } });
    },
    { maxWait: 60_000, timeout: 900_000 },
  );
}
