// Two months of a unit and its children side by side (the comparison view): the unit's figures and
// each child's in both months, from the store of counted figures with the one counting rule, and the
// change between them (lib/coverage/comparison.ts). The children are those of the later month `to`
// in its own structure, or of today's structure (structureMonth), where both months are carried
// into today's units; in the month's own structure a unit that did not exist in `from` has no
// figures then and no change, with the reason.
import "server-only";

import { compareFigures, type ComparedFigures, type Comparison } from "@/lib/coverage/comparison";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { reportedShare } from "@/lib/coverage/ranking";
import { coverageRate } from "@/lib/coverage/rates";
import type { Month } from "@/lib/period";

import { getChildCoverage } from "./get-child-coverage";
import { getCoverageSummary } from "./get-coverage-summary";

/** One unit's figures in one month; null when it did not exist then or had no counted report. */
export type MonthFigures = {
  insured: number;
  population: number;
  rate: number | null;
  reportingUnits: number;
  baseUnits: number;
} | null;

export type ComparedUnit = {
  id: number;
  code: string;
  name: string;
  from: MonthFigures;
  to: MonthFigures;
  change: Comparison;
};

function figures(counted: ComparedFigures | undefined): MonthFigures {
  if (!counted || counted.baseUnits === 0 || reportedShare(counted) === "none") return null;
  const { insured, population, reportingUnits, baseUnits } = counted;
  return { insured, population, rate: coverageRate(insured, population), reportingUnits, baseUnits };
}

export async function getMonthComparison(
  unit: { id: number; code: string; name: string },
  from: Month,
  to: Month,
  structureMonth: Month | null,
  basis: CountingBasis,
): Promise<{ unit: ComparedUnit; children: ComparedUnit[] }> {
  const [unitFrom, unitTo, childrenFrom, childrenTo] = await Promise.all([
    getCoverageSummary(unit.id, from, structureMonth, basis),
    getCoverageSummary(unit.id, to, structureMonth, basis),
    getChildCoverage(unit.id, from, structureMonth, basis),
    getChildCoverage(unit.id, to, structureMonth, basis),
  ]);
  const earlier = new Map(childrenFrom.map((child) => [child.id, child]));
  return {
    unit: {
      id: unit.id,
      code: unit.code,
      name: unit.name,
      from: figures(unitFrom),
      to: figures(unitTo),
      change: compareFigures(unitTo, unitFrom),
    },
    children: childrenTo.map((child) => {
      const before = earlier.get(child.id);
      return {
        id: child.id,
        code: child.code,
        name: child.name,
        from: figures(before),
        to: figures(child),
        change: compareFigures(child, before ?? null),
      };
    }),
  };
}
