// A unit's coverage against last month and against the same month last year, for the dashboard's
// summary cards: the summaries of the three months from the store of counted figures (with the one
// counting rule, and in today's structure carried from predecessors, as the cards themselves),
// compared by lib/coverage/comparison.ts. A unit with no base unit in an earlier month did not
// exist then in the structure viewed.
import "server-only";

import { compareFigures, type Comparison } from "@/lib/coverage/comparison";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { addMonths, type Month } from "@/lib/period";

import { getCoverageSummary } from "./get-coverage-summary";

export type MonthComparison = { month: Month; comparison: Comparison };

export type CoverageComparisons = { lastMonth: MonthComparison; lastYear: MonthComparison };

export async function getCoverageComparisons(
  unitId: number,
  month: Month,
  structureMonth: Month | null,
  basis: CountingBasis,
): Promise<CoverageComparisons> {
  const [lastMonth, lastYear] = [addMonths(month, -1), addMonths(month, -12)];
  const [now, monthBefore, yearBefore] = await Promise.all([
    getCoverageSummary(unitId, month, structureMonth, basis),
    getCoverageSummary(unitId, lastMonth, structureMonth, basis),
    getCoverageSummary(unitId, lastYear, structureMonth, basis),
  ]);
  return {
    lastMonth: { month: lastMonth, comparison: compareFigures(now, monthBefore) },
    lastYear: { month: lastYear, comparison: compareFigures(now, yearBefore) },
  };
}
