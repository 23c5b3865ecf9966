// The ranking of child units: units with figures ranked by rate or people still to enroll; a unit
// with no counted report gets no rank and follows the others whatever the sort; the URL options.
import { describe, expect, it } from "vitest";
import { rankUnits, reportedShare } from "@/lib/coverage/ranking";
import { rankingOptionsFrom, rankingParams } from "@/lib/dashboard/ranking-options";

const unit = (code: string, rate: number | null, gap: number | null, reportingUnits = 1, baseUnits = 1) => ({ code, rate, gap, reportingUnits, baseUnits });

// A silent commune has zeros in the sums, so its rate is null and its gap 0 — or, for a district
// whose communes all kept silent, a gap that would top the "people to enroll" ranking.
const ROWS = [
  unit("A", 0.91, 1200),
  unit("B", null, null, 0, 1),
  unit("C", 0.97, 300),
  unit("D", 0.0, 5000, 0, 12),
  unit("E", 0.94, 800, 7, 12),
];

describe("the ranking", () => {
  it("ranks by rate, best first, and puts the units that have not reported after the others", () => {
    expect(rankUnits(ROWS, "rate").map(({ row, rank }) => [row.code, rank])).toEqual([
      ["C", 1],
      ["E", 2],
      ["A", 3],
      ["B", null],
      ["D", null],
    ]);
  });

  it("keeps them after the others when sorted by people still to enroll", () => {
    expect(rankUnits(ROWS, "gap").map(({ row, rank }) => [row.code, rank])).toEqual([
      ["A", 1],
      ["E", 2],
      ["C", 3],
      ["B", null],
      ["D", null],
    ]);
  });

  it("ranks a unit without a rate or a target last among those that reported", () => {
    const rows = [unit("A", null, null), unit("B", 0.9, 10)];
    expect(rankUnits(rows, "rate").map(({ row }) => row.code)).toEqual(["B", "A"]);
    expect(rankUnits(rows, "gap").map(({ rank }) => rank)).toEqual([1, 2]);
  });

  it("tells all, some and none of a unit's base units reporting apart", () => {
    expect(reportedShare({ reportingUnits: 12, baseUnits: 12 })).toBe("all");
    expect(reportedShare({ reportingUnits: 7, baseUnits: 12 })).toBe("some");
    expect(reportedShare({ reportingUnits: 0, baseUnits: 12 })).toBe("none");
  });
});

describe("the ranking's options in the URL", () => {
  it("default to the rate and every unit, and add nothing to links then", () => {
    const options = rankingOptionsFrom({});
    expect(options).toEqual({ sort: "rate", reportedOnly: false });
    expect(rankingParams(options)).toEqual({});
  });

  it("read and keep ?sort=gap and ?reported=only, and nothing else", () => {
    const options = rankingOptionsFrom({ sort: "gap", reported: "only" });
    expect(rankingParams(options)).toEqual({ sort: "gap", reported: "only" });
    expect(rankingOptionsFrom({ sort: "name", reported: "yes" })).toEqual({ sort: "rate", reportedOnly: false });
  });
});
