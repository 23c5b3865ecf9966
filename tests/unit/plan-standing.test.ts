// A unit's standing against a plan target (actual, target, points, gap, attainment, projection and
// outlook), and the lists a leader acts on, on hand-checkable figures.
import { describe, expect, it } from "vitest";

import type { ApplicableTarget, TargetCandidate } from "@/lib/coverage/applicable-target";
import { attentionLists } from "@/lib/coverage/attention-lists";
import { rankStandings } from "@/lib/coverage/ranking";
import { thresholdInForce, type RuralThreshold } from "@/lib/coverage/rural-standard";
import { compareStandings, standingAgainstTarget } from "@/lib/coverage/standing";
import { addMonths } from "@/lib/period";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function target(overrides: Partial<TargetCandidate> = {}): ApplicableTarget {
  return {
    unitId: 1,
    depth: 0,
    groupId: null,
    rateBp: 9_500,
    assignedCount: 16_796,
    comparator: "AT_LEAST",
    dueOn: day("2022-12-31"),
    planId: 1,
    planNumber: "1/KH",
    planTitle: "Plan",
    planStart: day("2022-01-01"),
    planIssuedOn: day("2022-01-01"),
    responsibleAgency: null,
    derived: false,
    bySchoolYear: false,
    inherited: false,
    assignedBy: null,
    ...overrides,
  };
}

describe("standing against a target", () => {
  it("keeps the coverage rate and the attainment of the assigned number apart (ward Mỹ Long, 2022)", () => {
    // 16,984 insured of a population of 18,000, against 95% and 16,796 people assigned.
    const standing = standingAgainstTarget({ insured: 16_984, denominator: 18_000, target: target(), history: [] });
    expect(standing.progress.rate).toBeCloseTo(16_984 / 18_000, 12); // 94.36%: the coverage rate
    expect(standing.progress.attainment).toBeCloseTo(16_984 / 16_796, 12); // 101.12%: the assigned number
    expect(standing.progress.points).toBeCloseTo((16_984 / 18_000 - 0.95) * 100, 10);
    expect(standing.progress.gap).toBe(17_100 - 16_984); // ⌈95% × 18,000⌉ = 17,100
    expect(standing.projection).toBeNull(); // no history
  });

  it("says when the assigned number is reached but people are still missing for the rate, and the reverse", () => {
    // Mỹ Long, 2022: 16,984 of 16,796 assigned (101.12%), 116 short of 95% of 18,000: the two differ.
    const myLong = standingAgainstTarget({ insured: 16_984, denominator: 18_000, target: target(), history: [] });
    expect(myLong.progress.attainment).toBeCloseTo(1.0112, 4);
    expect(myLong.progress.measuresDiffer).toBe(true);
    // A district assigned 100,000 people from last December's population reaches 100,180 (100.18%)
    // while its population grew to 102,756: ⌈99% × 102,756⌉ = 101,729, so 1,549 are still missing.
    const district = standingAgainstTarget({
      insured: 100_180,
      denominator: 102_756,
      target: target({ rateBp: 9_900, assignedCount: 100_000 }),
      history: [],
    });
    expect(district.progress.attainment).toBeCloseTo(1.0018, 10);
    expect(district.progress.gap).toBe(1_549);
    expect(district.progress.measuresDiffer).toBe(true);
    // Short of the number (99.82%) with the rate reached: the population fell.
    const fell = standingAgainstTarget({
      insured: 99_820,
      denominator: 100_000,
      target: target({ rateBp: 9_900, assignedCount: 100_000 }),
      history: [],
    });
    expect([fell.progress.gap, fell.progress.measuresDiffer]).toEqual([0, true]);
    // Both reached, both missed, or no number: nothing to explain.
    const agree = (insured: number, assignedCount: number | null) =>
      standingAgainstTarget({
        insured,
        denominator: 100_000,
        target: target({ rateBp: 9_900, assignedCount }),
        history: [],
      }).progress.measuresDiffer;
    expect([agree(99_000, 99_000), agree(98_000, 99_000), agree(98_000, null)]).toEqual([false, false, false]);
  });

  it("projects to the target's milestone and classes the outlook", () => {
    const history = Array.from({ length: 13 }, (_, i) => ({
      month: addMonths("2021-06", i),
      numerator: 92_900 + i * 100,
      denominator: 100_000,
    }));
    // History ends in June 2022 at 94.10%, 1.2 points above June 2021: December 2021's 93.50% + 1.2
    // points = 94.70% by December 2022, short of 95%.
    const standing = standingAgainstTarget({
      insured: 94_100,
      denominator: 100_000,
      target: target({ assignedCount: null }),
      history,
    });
    expect(standing.projection?.at).toBe("2022-12");
    expect(standing.projection?.rate).toBeCloseTo(0.947, 10);
    expect(standing.outlook).toBe("atRisk");
  });

  it("ranks the furthest behind first, by people or by points, units without a target last", () => {
    const a = standingAgainstTarget({ insured: 900, denominator: 1_000, target: target(), history: [] }); // −5 points, 50 people
    const b = standingAgainstTarget({ insured: 9_300, denominator: 10_000, target: target(), history: [] }); // −2 points, 200 people
    const none = standingAgainstTarget({ insured: 10, denominator: 100, target: null, history: [] });
    expect([a, none, b].sort(compareStandings("gap"))).toEqual([b, a, none]);
    expect([b, none, a].sort(compareStandings("points"))).toEqual([a, b, none]);
  });

  it("gives the plan view's ranking its order and ranks through lib/coverage (rankStandings)", () => {
    const unit = (code: string, insured: number, denominator: number, withTarget = true) => ({
      code,
      standing: standingAgainstTarget({ insured, denominator, target: withTarget ? target() : null, history: [] }),
    });
    const rows = [unit("a", 900, 1_000), unit("none", 10, 100, false), unit("b", 9_300, 10_000)];
    const ranks = (sort: "gap" | "points") => rankStandings(rows, sort).map(({ row, rank }) => `${rank}:${row.code}`);
    expect(ranks("gap")).toEqual(["1:b", "2:a", "3:none"]);
    expect(ranks("points")).toEqual(["1:a", "2:b", "3:none"]);
    expect(rows.map((row) => row.code)).toEqual(["a", "none", "b"]);
  });
});

describe("lists to act on", () => {
  const thresholds: RuralThreshold[] = [
    {
      id: 1,
      level: "STANDARD",
      validFrom: day("2016-01-01"),
      validTo: day("2020-12-31"),
      rateBp: 8_500,
      legalBasis: "1980/QĐ-TTg",
      notes: null,
      legalBasisEn: null,
      notesEn: null,
    },
    {
      id: 2,
      level: "MODEL",
      validFrom: day("2018-01-01"),
      validTo: day("2020-12-31"),
      rateBp: 9_500,
      legalBasis: "691/QĐ-TTg",
      notes: null,
      legalBasisEn: null,
      notesEn: null,
    },
  ];
  const units = [
    { id: 1, kind: "COMMUNE" as const, insured: 800, population: 1_000, reported: true }, // 80%: below NTM, 50 short
    { id: 2, kind: "WARD" as const, insured: 700, population: 1_000, reported: true }, // a ward: not in the NTM list
    { id: 3, kind: "COMMUNE" as const, insured: 850, population: 1_000, reported: true }, // exactly 85%: meets NTM
    { id: 4, kind: "TOWNSHIP" as const, insured: 1_010, population: 1_000, reported: true }, // over 100%
    { id: 5, kind: "COMMUNE" as const, insured: 0, population: 0, reported: false }, // did not report
  ];
  const candidates = [1, 2, 3, 4, 5].map((unitId) => ({
    ...target({ unitId, depth: 1, rateBp: 9_000, dueOn: day("2020-12-31"), planStart: day("2020-01-01") }),
  }));

  it("finds the thresholds in force per level and month", () => {
    expect(thresholdInForce(thresholds, "STANDARD", "2020-06")?.rateBp).toBe(8_500);
    expect(thresholdInForce(thresholds, "MODEL", "2017-06")).toBeNull();
    expect(thresholdInForce(thresholds, "STANDARD", "2021-01")).toBeNull();
  });

  it("lists communes below the NTM threshold, units behind target and units at 100%", () => {
    const lists = attentionLists(units, candidates, thresholds, "2020-06");
    expect(lists.considered).toBe(4);
    expect(lists.belowRural.map((row) => [row.unit.id, row.needed])).toEqual([[1, 50]]);
    expect(lists.byGap.map((row) => row.unit.id)).toEqual([2, 1, 3]); // 200, 100 and 50 people short of 90%
    expect(lists.byPoints.map((row) => row.unit.id)).toEqual([2, 1, 3]);
    expect(lists.full.map((unit) => unit.id)).toEqual([4]);
  });

  it("has no NTM list in a month without a threshold", () => {
    const lists = attentionLists(units, candidates, thresholds, "2021-06");
    expect(lists.threshold).toBeNull();
    expect(lists.belowRural).toEqual([]);
  });
});
