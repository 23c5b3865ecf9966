// The ranking of a unit's children in one month, everything the dashboard's table and its file
// show: each child's figures, its standing against the target that applies to it, its
// participant groups' rates and its change since last month and since the same month last year.
// Five reads whatever the number of children (their figures this month, last month and a year
// ago, their group figures, their targets), each for all children at once from the store of
// counted figures. In the month's structure, or in today's (structureMonth), where the earlier
// months are carried into today's children too; in the month's own structure a child that did not
// exist in the earlier month has no change ("notExisting", lib/coverage/comparison.ts).
import "server-only";

import { cache } from "react";

import { applicableTarget } from "@/lib/coverage/applicable-target";
import { compareFigures } from "@/lib/coverage/comparison";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import { notYetInsured } from "@/lib/coverage/not-yet-insured";
import { progressAgainstTarget } from "@/lib/coverage/progress";
import { reportedShare, type RankableUnit } from "@/lib/coverage/ranking";
import { coverageRate } from "@/lib/coverage/rates";
import { addMonths, type Month } from "@/lib/period";

import { getChildCoverage, type ChildCoverage } from "./get-child-coverage";
import { getChildGroupCoverage } from "./get-child-group-coverage";
import { getParticipantGroups, type ReportGroup } from "./get-participant-groups";
import { getTargetCandidates } from "./get-target-candidates";

export type ChildRankingRow = RankableUnit & {
  id: number;
  population: number;
  insured: number;
  targetBp: number | null;
  /** Percentage points above (+) or below (−) the target rate. */
  points: number | null;
};

export type ChildRanking = { groups: ReportGroup[]; rows: ChildRankingRow[] };

/** Cached per request: the dashboard's ranking and its tile map read the same rows. */
export const getChildRanking = cache(
  async (unitId: number, month: Month, structureMonth: Month | null, basis: CountingBasis): Promise<ChildRanking> => {
    const [children, lastMonth, lastYear, groupFigures, groups] = await Promise.all([
      getChildCoverage(unitId, month, structureMonth, basis),
      getChildCoverage(unitId, addMonths(month, -1), structureMonth, basis),
      getChildCoverage(unitId, addMonths(month, -12), structureMonth, basis),
      getChildGroupCoverage(unitId, month, structureMonth, basis),
      getParticipantGroups(month),
    ]);
    const candidates = await getTargetCandidates(children.map((child) => child.id));
    const byId = (rows: ChildCoverage[]) => new Map(rows.map((child) => [child.id, child]));
    const [monthBefore, yearBefore] = [byId(lastMonth), byId(lastYear)];
    const codeOf = new Map(groups.map((group) => [group.id, group.code]));
    const groupRates = new Map<number, Record<string, number | null>>();
    for (const figure of groupFigures) {
      const code = codeOf.get(figure.groupId);
      if (code === undefined) continue;
      const rates = groupRates.get(figure.childId) ?? {};
      rates[code] = coverageRate(figure.insured, figure.eligible);
      groupRates.set(figure.childId, rates);
    }
    const rows = children.map((child): ChildRankingRow => {
      const progress = progressAgainstTarget(
        child.insured,
        child.population,
        applicableTarget(candidates, child.id, null, month),
      );
      const rate = reportedShare(child) === "none" ? null : progress.rate;
      return {
        id: child.id,
        code: child.code,
        name: child.name,
        population: child.population,
        insured: child.insured,
        reportingUnits: child.reportingUnits,
        baseUnits: child.baseUnits,
        rate,
        targetBp: progress.targetBp,
        points: progress.points,
        gap: progress.gap,
        uninsured: reportedShare(child) === "none" ? null : notYetInsured(child.insured, child.population),
        status: progress.status,
        sinceLastMonth: compareFigures(child, monthBefore.get(child.id) ?? null),
        sinceLastYear: compareFigures(child, yearBefore.get(child.id) ?? null),
        groupRates: groupRates.get(child.id) ?? {},
      };
    });
    return { groups, rows };
  },
);
