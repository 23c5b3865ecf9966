// Builds the series of a commune created on 1 July 2025 from its predecessors' series, so that
// totals stay continuous across the reorganisation: a predecessor that went whole into the commune
// counts fully; one that was split counts for an equal part, because the source gives no shares.
import { addMonths } from "../../lib/period";
import type { WardSuccession } from "./demo-units";
import { required } from "./lookup";
import { emptySeries, GROUP_COUNT, groupArray, type UnitSeries } from "./unit-series";

export function combinePredecessors(
  newCode: string,
  successions: readonly WardSuccession[],
  oldSeries: ReadonlyMap<string, UnitSeries>,
): UnitSeries {
  const parts = successions
    .filter((succession) => succession.newCode === newCode)
    .map((succession) => {
      const predecessor = required(oldSeries, succession.oldCode, "Series of old commune");
      // Successors of one split commune, in code order: each takes an equal part, the first ones one more.
      const siblings = successions
        .filter((other) => other.oldCode === succession.oldCode)
        .map((other) => other.newCode)
        .sort();
      return { predecessor, partCount: siblings.length, partIndex: siblings.indexOf(newCode) };
    });
  const first = parts[0];
  if (!first) throw new Error(`New commune ${newCode} has no predecessor in the demo`);

  const length = first.predecessor.voluntarySocialAssigned.length;
  const combined = emptySeries(first.predecessor.firstMonth, addMonths(first.predecessor.firstMonth, length - 1));
  for (const { predecessor, partCount, partIndex } of parts) {
    const addPart = (target: Int32Array, source: Int32Array) => {
      for (let offset = 0; offset < length; offset++) {
        target[offset] = (target[offset] ?? 0) + equalPart(source[offset] ?? 0, partCount, partIndex);
      }
    };
    for (let group = 0; group < GROUP_COUNT; group++) {
      addPart(groupArray(combined.eligible, group), groupArray(predecessor.eligible, group));
      addPart(groupArray(combined.insured, group), groupArray(predecessor.insured, group));
    }
    addPart(combined.voluntarySocialAssigned, predecessor.voluntarySocialAssigned);
    addPart(combined.voluntarySocialInsured, predecessor.voluntarySocialInsured);
  }
  return combined;
}

/**
 * The index-th of count integer parts of a total, the first (total mod count) parts one larger.
 * Parts of a smaller total are never larger, so insured ≤ eligible survives the split.
 */
function equalPart(total: number, count: number, index: number): number {
  return Math.floor(total / count) + (index < total % count ? 1 : 0);
}
