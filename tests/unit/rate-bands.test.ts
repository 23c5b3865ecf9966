// The map's coverage bands: a rate falls in the band whose lower bound it reaches.
import { describe, expect, it } from "vitest";

import { RATE_BAND_BOUNDS, rateBand, rateBandRanges } from "@/lib/coverage/rate-bands";

describe("rateBand", () => {
  it("puts a rate on a bound in the band above it", () => {
    expect(rateBand(0.8)).toBe(0);
    expect(rateBand(0.9)).toBe(1);
    expect(rateBand(0.9516)).toBe(3);
    expect(rateBand(16_984 / 16_796)).toBe(4);
  });

  it("has one range per band, open below the first bound and above the last", () => {
    const ranges = rateBandRanges();
    expect(ranges).toHaveLength(RATE_BAND_BOUNDS.length + 1);
    expect(ranges[0]).toEqual({ from: null, to: 0.9 });
    expect(ranges[1]).toEqual({ from: 0.9, to: 0.93 });
    expect(ranges.at(-1)).toEqual({ from: 0.97, to: null });
  });
});
