// A unit's coverage against an earlier month (last month, the same month last year): the change of
// the coverage rate in percentage points and of the people insured, from the summed figures of both
// months (pure). Nothing to compare with is never a change of 0: a unit that did not exist in the
// earlier month (in the structure viewed), or had no counted report in it, has no change, with the
// reason. A change is provisional when either month is missing some base units' reports.
import type { ReportingCount } from "@/lib/reports/month-standing-rules";

import { reportedShare } from "./ranking";
import { coverageRate, pointsChange } from "./rates";

/** A unit's counted figures in one month: insured, population and how many base units reported. */
export type ComparedFigures = ReportingCount & { insured: number; population: number };

/**
 * Why there is no change: the unit did not exist, or had no counted report, in the earlier month;
 * or it has no counted report in this one.
 */
export type NoComparison = "notExisting" | "notReported" | "notReportedNow";

export type Comparison =
  | {
      kind: "change";
      /** Rate now minus rate then, in percentage points; null when either month has no population. */
      points: number | null;
      /** People insured now minus then. */
      people: number;
      /** Either month is missing some base units' reports. */
      provisional: boolean;
    }
  | { kind: "none"; reason: NoComparison };

/**
 * The change from `earlier` to `now`. `earlier` is null when the unit was not among the units of
 * the earlier month; a unit with no base unit then did not exist either.
 */
export function compareFigures(now: ComparedFigures, earlier: ComparedFigures | null): Comparison {
  if (reportedShare(now) === "none") return { kind: "none", reason: "notReportedNow" };
  if (earlier === null || earlier.baseUnits === 0) return { kind: "none", reason: "notExisting" };
  if (reportedShare(earlier) === "none") return { kind: "none", reason: "notReported" };
  const rate = coverageRate(now.insured, now.population);
  const earlierRate = coverageRate(earlier.insured, earlier.population);
  return {
    kind: "change",
    points: rate !== null && earlierRate !== null ? pointsChange(rate, earlierRate) : null,
    people: now.insured - earlier.insured,
    provisional: reportedShare(now) === "some" || reportedShare(earlier) === "some",
  };
}
