// The state of the store of counted figures: whether it matches the units (fresh) and the stretch of
// structure it was built as today's (from sinceDay until untilDay).
import type { CountedStoreState } from "@prisma/client";

export type StoreState = Pick<CountedStoreState, "fresh" | "sinceDay" | "untilDay">;

/** Whether the store can answer in the structure valid on `structureDay` (today's structure). */
export function storeCovers(state: StoreState | null, structureDay: Date): state is StoreState {
  if (!state?.fresh) return false;
  const { sinceDay, untilDay } = state;
  return (sinceDay === null || sinceDay <= structureDay) && (untilDay === null || structureDay < untilDay);
}
