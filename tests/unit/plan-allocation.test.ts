// Splitting an assigned number of people among child units by share, in whole people that add up
// exactly (lib/coverage/allocation.ts).
import { describe, expect, it } from "vitest";

import { allocateByShare } from "@/lib/coverage/allocation";

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** A small deterministic generator (mulberry32), so the property test is the same on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe("allocation by share", () => {
  it("splits 2,114,896 people among Bắc Giang's ten districts by population, adding up exactly", () => {
    const populations = [471_214, 171_272, 177_798, 187_598, 219_739, 205_568, 169_998, 233_177, 162_841, 137_047];
    const shares = allocateByShare(2_114_896, populations);
    expect(sum(shares)).toBe(2_114_896);
    const total = sum(populations);
    shares.forEach((share, i) => {
      const quota = (2_114_896 * populations[i]!) / total;
      expect(share === Math.floor(quota) || share === Math.ceil(quota)).toBe(true);
    });
  });

  it("gives the left-over people to the largest remainders", () => {
    // Quotas 3.33…, 3.33…, 3.33… of 10: one person left over, to the first in order (equal remainders and weights).
    expect(allocateByShare(10, [1, 1, 1])).toEqual([4, 3, 3]);
    // Quotas 1.4, 2.1, 3.5: floors 1, 2, 3 and one left over, to the largest remainder (0.5).
    expect(allocateByShare(7, [2, 3, 5])).toEqual([1, 2, 4]);
  });

  it("breaks equal remainders by the larger weight, then by order, the same way every time", () => {
    // Quotas 0.5 and 1.5 of 2: equal remainders, the larger weight gets the person.
    expect(allocateByShare(2, [1, 3])).toEqual([0, 2]);
    expect(allocateByShare(2, [3, 1])).toEqual([2, 0]);
    expect(allocateByShare(1, [5, 5])).toEqual([1, 0]);
  });

  it("gives no one to a unit without weight, and splits equally when nobody has figures", () => {
    expect(allocateByShare(100, [0, 50, 50])).toEqual([0, 50, 50]);
    expect(allocateByShare(5, [0, 0, 0])).toEqual([2, 2, 1]);
    expect(allocateByShare(0, [3, 4])).toEqual([0, 0]);
  });

  it("always adds up exactly with no negative share (2,000 random cases)", () => {
    const next = random(20_261_126);
    // Collected and asserted once: 2,000 cases of up to 40 shares are ~40,000 checks, which one
    // `expect` each made slow enough to time out on a busy machine.
    const problems: string[] = [];
    for (let run = 0; run < 2_000; run += 1) {
      const count = 1 + Math.floor(next() * 40);
      const weights = Array.from({ length: count }, () => (next() < 0.1 ? 0 : Math.floor(next() * 300_000)));
      const total = Math.floor(next() * 5_000_000);
      const shares = allocateByShare(total, weights);
      if (sum(shares) !== total) problems.push(`run ${run}: shares add up to ${sum(shares)}, not ${total}`);
      if (!shares.every((share) => Number.isInteger(share) && share >= 0))
        problems.push(`run ${run}: a share is negative or fractional`);
      const weightSum = sum(weights);
      if (weightSum > 0) {
        shares.forEach((share, i) => {
          const quota = (total * weights[i]!) / weightSum;
          if (!(Math.abs(share - quota) < 1 + 1e-9))
            problems.push(`run ${run}: share ${i} is ${share}, quota ${quota}`);
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it("refuses negative or fractional totals and weights, and an empty list with people to give", () => {
    expect(() => allocateByShare(-1, [1])).toThrow(RangeError);
    expect(() => allocateByShare(1.5, [1])).toThrow(RangeError);
    expect(() => allocateByShare(10, [1, -2])).toThrow(RangeError);
    expect(() => allocateByShare(10, [0.5, 2])).toThrow(RangeError);
    expect(() => allocateByShare(10, [])).toThrow(RangeError);
    expect(allocateByShare(0, [])).toEqual([]);
  });
});
