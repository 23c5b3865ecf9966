// The ranking of child units: units with figures ranked by rate, a group's rate, people still to
// enroll, people not yet insured or change since last month or last year; a unit with no counted report gets no rank and follows the
// others whatever the sort or order; status counts, status filters and a name search without
// diacritics hide rows without renumbering them; the URL options.
import { describe, expect, it } from "vitest";

import type { Comparison } from "@/lib/coverage/comparison";
import {
  countStatuses,
  rankingStatus,
  rankUnits,
  reportedShare,
  searchKey,
  showRanking,
  type RankableUnit,
  type RankingView,
} from "@/lib/coverage/ranking";
import type { TargetStatus } from "@/lib/coverage/target-status";
import {
  DEFAULT_RANKING,
  rankingOptionsFrom,
  rankingParams,
  replaceRankingParams,
  withKnownGroup,
} from "@/lib/dashboard/ranking-options";

type Row = RankableUnit;

/** A change of `points` (null: the unit did not exist then). */
const since = (points: number | null): Comparison =>
  points === null ? { kind: "none", reason: "notExisting" } : { kind: "change", points, people: 0, provisional: false };

const unit = (
  code: string,
  rate: number | null,
  gap: number | null,
  {
    reportingUnits = 1,
    baseUnits = 1,
    name = `Xã ${code}`,
    change = null,
    yearChange = null,
    uninsured = null,
    status = "behind",
    groupRates = {},
  }: {
    reportingUnits?: number;
    uninsured?: number | null;
    baseUnits?: number;
    name?: string;
    change?: number | null;
    yearChange?: number | null;
    status?: TargetStatus;
    groupRates?: Record<string, number | null>;
  } = {},
): Row => ({
  code,
  name,
  rate,
  gap,
  uninsured,
  reportingUnits,
  baseUnits,
  sinceLastMonth: since(change),
  sinceLastYear: since(yearChange),
  status,
  groupRates,
});

// A silent commune has zeros in the sums, so its rate is null and its gap 0 — or, for a district
// whose communes all kept silent, a gap that would top the "people to enroll" ranking.
const ROWS = [
  unit("A", 0.91, 1200),
  unit("B", null, null, { reportingUnits: 0 }),
  unit("C", 0.97, 300),
  unit("D", 0.0, 5000, { reportingUnits: 0, baseUnits: 12 }),
  unit("E", 0.94, 800, { reportingUnits: 7, baseUnits: 12 }),
];

const order = (ranked: { row: Row; rank: number | null }[]) => ranked.map(({ row, rank }) => [row.code, rank]);

describe("the ranking", () => {
  it("ranks by rate, best first, and puts the units that have not reported after the others", () => {
    expect(order(rankUnits(ROWS, "rate"))).toEqual([
      ["C", 1],
      ["E", 2],
      ["A", 3],
      ["B", null],
      ["D", null],
    ]);
  });

  it("keeps them after the others when sorted by people still to enroll", () => {
    expect(order(rankUnits(ROWS, "gap"))).toEqual([
      ["A", 1],
      ["E", 2],
      ["C", 3],
      ["B", null],
      ["D", null],
    ]);
  });

  it("ranks by people not yet insured, most first, apart from people still to enroll", () => {
    const rows = [
      unit("A", 0.99, 0, { uninsured: 40 }),
      unit("B", 1.02, 0, { uninsured: 0 }),
      unit("C", 0.9, 50, { uninsured: 400 }),
      unit("D", null, null, { reportingUnits: 0 }),
    ];
    expect(order(rankUnits(rows, "uninsured"))).toEqual([
      ["C", 1],
      ["A", 2],
      ["B", 3],
      ["D", null],
    ]);
    expect(rankingOptionsFrom({ sort: "uninsured" }).sort).toBe("uninsured");
  });

  it("ranks a unit without a rate or a target last among those that reported", () => {
    const rows = [unit("A", null, null), unit("B", 0.9, 10)];
    expect(rankUnits(rows, "rate").map(({ row }) => row.code)).toEqual(["B", "A"]);
    expect(rankUnits(rows, "gap").map(({ rank }) => rank)).toEqual([1, 2]);
  });

  it("ranks by a participant group's rate, a unit without that group's figures last", () => {
    const rows = [
      unit("A", 0.9, 10, { groupRates: { "1": 0.8, "4": 0.99 } }),
      unit("B", 0.95, 5, { groupRates: { "1": 0.85, "4": null } }),
      unit("C", 0.92, 8, { groupRates: { "1": 0.7, "4": 0.97 } }),
    ];
    expect(order(rankUnits(rows, "group-4"))).toEqual([
      ["A", 1],
      ["C", 2],
      ["B", 3],
    ]);
    expect(order(rankUnits(rows, "group-1"))).toEqual([
      ["B", 1],
      ["A", 2],
      ["C", 3],
    ]);
  });

  it("ranks by change since last month, the biggest rise first", () => {
    const rows = [
      unit("A", 0.9, 10, { change: -0.4 }),
      unit("B", 0.9, 10, { change: 1.25 }),
      unit("C", 0.9, 10, { change: null }),
      unit("D", 0.9, 10, { change: 0 }),
    ];
    expect(order(rankUnits(rows, "change"))).toEqual([
      ["B", 1],
      ["D", 2],
      ["A", 3],
      ["C", 4],
    ]);
  });

  it("ranks by change since the same month last year, a unit that did not exist then last", () => {
    const rows = [
      unit("A", 0.9, 10, { yearChange: 2.1, change: -3 }),
      unit("B", 0.9, 10, { yearChange: null }),
      unit("C", 0.9, 10, { yearChange: 3.5 }),
    ];
    expect(order(rankUnits(rows, "change-year"))).toEqual([
      ["C", 1],
      ["A", 2],
      ["B", 3],
    ]);
    expect(rankingOptionsFrom({ sort: "change-year" }).sort).toBe("change-year");
  });

  it("tells all, some and none of a unit's base units reporting apart", () => {
    expect(reportedShare({ reportingUnits: 12, baseUnits: 12 })).toBe("all");
    expect(reportedShare({ reportingUnits: 7, baseUnits: 12 })).toBe("some");
    expect(reportedShare({ reportingUnits: 0, baseUnits: 12 })).toBe("none");
  });
});

describe("the ranking as shown", () => {
  const view = (change: Partial<RankingView>): RankingView => ({ ...DEFAULT_RANKING, ...change });
  const STATUSES = [
    unit("01", 0.96, 0, { name: "Phường Bắc Giang", status: "met" }),
    unit("02", 0.945, 90, { name: "Xã Đông Phú", status: "near" }),
    unit("03", 0.9, 500, { name: "Xã Bắc Lũng", status: "behind" }),
    unit("04", null, null, { name: "Xã Ngọc Thiện", reportingUnits: 0, status: "noData" }),
    unit("05", 0.8, 900, { name: "Phường Bắc Ninh", status: "behind" }),
    unit("06", 0.9, null, { name: "Xã Đồng Việt", status: "noTarget" }),
  ];

  it("lowest first, keeps the ranks, keeps ties in code order, and still puts the silent units last", () => {
    const rows = [
      unit("A", 0.9, 1),
      unit("B", 0.95, 1),
      unit("C", 0.9, 1),
      unit("D", null, null),
      unit("E", null, null, { reportingUnits: 0 }),
    ];
    expect(order(showRanking(rows, view({})))).toEqual([
      ["B", 1],
      ["A", 2],
      ["C", 3],
      ["D", 4],
      ["E", null],
    ]);
    expect(order(showRanking(rows, view({ order: "asc" })))).toEqual([
      ["A", 2],
      ["C", 3],
      ["B", 1],
      ["D", 4],
      ["E", null],
    ]);
  });

  it("counts the units in each status, a unit with no counted report as not reported", () => {
    expect(countStatuses(STATUSES)).toEqual({ met: 1, near: 1, behind: 2, notReported: 1, noTarget: 1, noData: 0 });
    expect(rankingStatus(STATUSES[3]!)).toBe("notReported");
  });

  it("shows only the statuses chosen, keeping each unit's rank among all of them", () => {
    expect(order(showRanking(STATUSES, view({ statuses: ["behind"] })))).toEqual([
      ["03", 3],
      ["05", 5],
    ]);
    expect(order(showRanking(STATUSES, view({ statuses: ["near", "behind"], sort: "gap" })))).toEqual([
      ["05", 1],
      ["03", 2],
      ["02", 3],
    ]);
    expect(order(showRanking(STATUSES, view({ statuses: ["notReported"] })))).toEqual([["04", null]]);
  });

  it("finds a name typed without diacritics, in any case, with extra spaces, or by code", () => {
    expect(searchKey("  Bắc   NINH ")).toBe("bac ninh");
    expect(showRanking(STATUSES, view({ search: "bac ninh" })).map(({ row }) => row.name)).toEqual(["Phường Bắc Ninh"]);
    expect(showRanking(STATUSES, view({ search: "BẮC" })).map(({ row }) => row.name)).toEqual([
      "Phường Bắc Giang",
      "Xã Bắc Lũng",
      "Phường Bắc Ninh",
    ]);
    expect(showRanking(STATUSES, view({ search: "dong" })).map(({ row }) => row.name)).toEqual([
      "Xã Đông Phú",
      "Xã Đồng Việt",
    ]);
    expect(showRanking(STATUSES, view({ search: "04" })).map(({ row }) => row.code)).toEqual(["04"]);
    expect(showRanking(STATUSES, view({ search: "bac", statuses: ["behind"] })).map(({ row }) => row.code)).toEqual([
      "03",
      "05",
    ]);
    expect(showRanking(STATUSES, view({ search: "hà nội" }))).toEqual([]);
  });
});

describe("the ranking's options in the URL", () => {
  it("default to the rate, most first, every unit, and add nothing to links then", () => {
    const options = rankingOptionsFrom({});
    expect(options).toEqual({ sort: "rate", order: "desc", statuses: [], search: "" });
    expect(rankingParams(options)).toEqual({});
  });

  it("read and keep the sort, the order, the statuses and the search", () => {
    const options = rankingOptionsFrom({
      sort: "group-4",
      order: "asc",
      status: "notReported,behind,near",
      q: " bac ninh ",
    });
    expect(options).toEqual({
      sort: "group-4",
      order: "asc",
      statuses: ["near", "behind", "notReported"],
      search: "bac ninh",
    });
    expect(rankingParams(options)).toEqual({
      sort: "group-4",
      order: "asc",
      status: "near,behind,notReported",
      q: "bac ninh",
    });
    expect(rankingParams(options, { search: false })).toEqual({
      sort: "group-4",
      order: "asc",
      status: "near,behind,notReported",
    });
    expect(rankingOptionsFrom({ sort: "gap" }).sort).toBe("gap");
    expect(rankingOptionsFrom({ sort: "change" }).sort).toBe("change");
  });

  it("ignore what they do not know", () => {
    expect(rankingOptionsFrom({ sort: "name", order: "up", status: "late,,x", q: ["a", "b"] })).toEqual({
      ...DEFAULT_RANKING,
      search: "a",
    });
    expect(rankingOptionsFrom({ sort: "group-<script>" }).sort).toBe("rate");
    expect(rankingOptionsFrom({ q: "x".repeat(500) }).search).toHaveLength(100);
    expect(withKnownGroup(rankingOptionsFrom({ sort: "group-9" }), ["1", "2"]).sort).toBe("rate");
    expect(withKnownGroup(rankingOptionsFrom({ sort: "group-2" }), ["1", "2"]).sort).toBe("group-2");
  });

  it("replace only the ranking's parameters of a query string", () => {
    const options = rankingOptionsFrom({ sort: "gap", q: "đông" });
    expect(replaceRankingParams("month=2026-10&view=current&sort=change&status=met&q=x", options)).toBe(
      "month=2026-10&view=current&sort=gap&q=%C4%91%C3%B4ng",
    );
    expect(replaceRankingParams("month=2026-10&q=x", options, { search: false })).toBe("month=2026-10&sort=gap");
  });
});
