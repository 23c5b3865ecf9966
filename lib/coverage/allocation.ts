// Splitting a plan's assigned number of people among child units in proportion to their population
// (or their eligible people in a group), in whole people that add up exactly to the total.
//
// Largest-remainder method: each unit first gets ⌊total × weight ÷ Σweights⌋; the people left over
// (fewer than the number of units) go one each to the units with the largest remainders. Ties are
// broken by the larger weight, then by the order given, so the result is deterministic. The
// arithmetic is done in integers (BigInt): no share is off by one because of floating point.
// When every weight is 0 (no figures yet) the total is split equally, by the same rule.

export function allocateByShare(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0)
    throw new RangeError(`The total must be a whole number ≥ 0, not ${total}`);
  for (const weight of weights) {
    if (!Number.isSafeInteger(weight) || weight < 0)
      throw new RangeError(`Weights must be whole numbers ≥ 0, not ${weight}`);
  }
  if (weights.length === 0) {
    if (total === 0) return [];
    throw new RangeError("There is no unit to allocate to");
  }
  const effective = weights.some((weight) => weight > 0) ? weights : weights.map(() => 1);
  const sum = effective.reduce((acc, weight) => acc + BigInt(weight), 0n);
  const big = BigInt(total);
  const shares = effective.map((weight, index) => {
    const product = big * BigInt(weight);
    return { index, weight, floor: product / sum, remainder: product % sum };
  });
  let left = big - shares.reduce((acc, share) => acc + share.floor, 0n);
  const order = [...shares].sort(
    (a, b) =>
      (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : 0) || b.weight - a.weight || a.index - b.index,
  );
  for (const share of order) {
    if (left === 0n) break;
    share.floor += 1n;
    left -= 1n;
  }
  return shares.map((share) => Number(share.floor));
}
