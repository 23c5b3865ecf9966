// How an old unit's figures are divided among its successors when they are carried into today's
// structure. The rule (the SQL in lib/queries/carried-figures.ts follows it exactly):
//   • a full succession takes all of the old unit (it is then its only successor);
//   • a partial succession with a share takes that share of the population (basis points);
//   • a partial succession without a share takes an equal part of what the given shares leave:
//     with no share given at all, the old unit is split evenly among its successors. The sources
//     give no shares for the 2025 reorganisation, and nothing better is known about a split commune
//     (its parts' sizes are not published), so an even split is the documented default;
//   • the weights of one old unit's successors are then scaled to add up to exactly one;
//   • counts are divided by the largest-remainder rule: each successor gets the whole part of its
//     share, and the people left over go one each to the successors with the largest remainders
//     (ties: lower successor code first). So carried counts are integers and a predecessor's count
//     is preserved exactly: the parts add up to it.

export type SuccessionShareInput = {
  successorId: number;
  successorCode: string;
  kind: "FULL" | "PARTIAL";
  shareBp: number | null;
};

export type EffectiveShare = {
  successorId: number;
  successorCode: string;
  /** Integer weight; the successor's part is weight ÷ total. */
  weight: number;
  total: number;
  /** The share was not given: the default applies. */
  isDefault: boolean;
};

export const WHOLE_BP = 10_000;

/** The weight of each successor of ONE old unit (see the rule above). */
export function effectiveShares(links: readonly SuccessionShareInput[]): EffectiveShare[] {
  const unset = links.filter((link) => link.kind === "PARTIAL" && link.shareBp === null).length;
  const given = links.reduce((sum, link) => sum + (link.kind === "FULL" ? WHOLE_BP : (link.shareBp ?? 0)), 0);
  // Weights are multiplied by the number of unset shares so that every one is an integer.
  const scale = Math.max(unset, 1);
  const weights = links.map((link) => {
    if (link.kind === "FULL") return WHOLE_BP * scale;
    if (link.shareBp !== null) return link.shareBp * scale;
    return Math.max(WHOLE_BP - given, 0);
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return links.map((link, i) => ({
    successorId: link.successorId,
    successorCode: link.successorCode,
    weight: weights[i]!,
    total,
    isDefault: link.kind === "PARTIAL" && link.shareBp === null,
  }));
}

/** The share of each successor as a fraction of one (for display). */
export function shareFraction(share: EffectiveShare): number {
  return share.total === 0 ? 0 : share.weight / share.total;
}

/**
 * Divides a count among successors by the largest-remainder rule; the parts add up to `count`.
 * Returns the parts in the order of `shares`.
 */
export function allocateCount(count: number, shares: readonly EffectiveShare[]): number[] {
  const total = shares[0]?.total ?? 0;
  if (total === 0) return shares.map(() => 0);
  const exact = shares.map((share) => count * share.weight);
  const parts = exact.map((value) => Math.floor(value / total));
  let left = count - parts.reduce((sum, part) => sum + part, 0);
  const order = shares
    .map((share, i) => ({ i, remainder: exact[i]! % total, code: share.successorCode, id: share.successorId }))
    .sort((a, b) => b.remainder - a.remainder || (a.code < b.code ? -1 : a.code > b.code ? 1 : a.id - b.id));
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}
