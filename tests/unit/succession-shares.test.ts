// The share rule of carried figures: full, given shares, the even-split default, and the
// largest-remainder division that keeps every predecessor's count whole.
import { describe, expect, it } from "vitest";

import {
  allocateCount,
  effectiveShares,
  shareFraction,
  type SuccessionShareInput,
} from "@/lib/units/succession-shares";

const link = (
  successorCode: string,
  kind: "FULL" | "PARTIAL",
  shareBp: number | null = null,
): SuccessionShareInput => ({
  successorId: Number(successorCode),
  successorCode,
  kind,
  shareBp,
});

describe("effectiveShares", () => {
  it("gives a full successor everything", () => {
    expect(effectiveShares([link("20001", "FULL", 10_000)]).map(shareFraction)).toEqual([1]);
  });

  it("splits a commune evenly among its partial successors when no share is given (the default)", () => {
    const shares = effectiveShares([link("20001", "PARTIAL"), link("20002", "PARTIAL"), link("20003", "PARTIAL")]);
    expect(shares.map(shareFraction)).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(shares.every((share) => share.isDefault)).toBe(true);
  });

  it("uses the shares given, and splits what they leave among the successors without one", () => {
    const shares = effectiveShares([
      link("20001", "PARTIAL", 6_000),
      link("20002", "PARTIAL"),
      link("20003", "PARTIAL"),
    ]);
    expect(shares.map(shareFraction)).toEqual([0.6, 0.2, 0.2]);
    expect(shares.map((share) => share.isDefault)).toEqual([false, true, true]);
  });
});

describe("allocateCount (largest remainder)", () => {
  it("gives the people left over to the largest remainders, lower code first on a tie", () => {
    const even = effectiveShares([link("20002", "PARTIAL"), link("20001", "PARTIAL"), link("20003", "PARTIAL")]);
    expect(allocateCount(10, even)).toEqual([3, 4, 3]);
    expect(allocateCount(11, even)).toEqual([4, 4, 3]);
    const seventyThirty = effectiveShares([link("20001", "PARTIAL", 7_000), link("20002", "PARTIAL", 3_000)]);
    expect(allocateCount(101, seventyThirty)).toEqual([71, 30]);
    expect(allocateCount(16_984, seventyThirty)).toEqual([11_889, 5_095]);
  });

  it("always adds up to the count, with every part within one of its exact share", () => {
    const shares = effectiveShares([
      link("1", "PARTIAL", 1_234),
      link("2", "PARTIAL"),
      link("3", "PARTIAL"),
      link("4", "PARTIAL", 3_333),
    ]);
    for (let count = 0; count <= 5_000; count += 7) {
      const parts = allocateCount(count, shares);
      expect(parts.reduce((sum, part) => sum + part, 0)).toBe(count);
      parts.forEach((part, i) => expect(Math.abs(part - count * shareFraction(shares[i]!))).toBeLessThan(1));
    }
  });
});
