// What both coverage maps read (the national tile map of provinces and a province's choropleth of
// boundaries): the child units with the ranking's figures (the same read, getChildRanking, so that
// the ranking below is the map's table), each with what a map shows of it and the link to its
// dashboard, keeping the structure view and the counting basis.
import "server-only";

import { basisParams, type CountingBasis } from "@/lib/coverage/counting-rule";
import { rankingStatus, type RankingStatus } from "@/lib/coverage/ranking";
import type { Month } from "@/lib/period";
import { getChildRanking, type ChildRankingRow } from "@/lib/queries/get-child-ranking";
import { coverageHref } from "@/lib/routes";

import { viewParams } from "./structure-view";

/** What a map shows of a unit (a tile, or a shape). */
export type MapUnit = {
  /** Null when none of its base units has a counted report. */
  rate: number | null;
  insured: number;
  population: number;
  targetBp: number | null;
  status: RankingStatus;
  reportingUnits: number;
  baseUnits: number;
};

/** A child unit on a map: its id (to find its boundary), code, name and the link to its dashboard. */
export type LinkedMapUnit = MapUnit & { id: number; code: string; name: string; href: string };

export async function getMapUnits({
  unitId,
  month,
  structureMonth,
  basis,
}: {
  unitId: number;
  month: Month;
  /** Today's month in today's structure (children of today, figures carried); null: the month's structure. */
  structureMonth: Month | null;
  basis: CountingBasis;
}): Promise<LinkedMapUnit[]> {
  const { rows } = await getChildRanking(unitId, month, structureMonth, basis);
  return mapUnitsOf(rows, { month, structureMonth, basis });
}

/** The map's units from the ranking's rows already read (the monthly report reads them for its ranking). */
export function mapUnitsOf(
  rows: readonly ChildRankingRow[],
  { month, structureMonth, basis }: { month: Month; structureMonth: Month | null; basis: CountingBasis },
): LinkedMapUnit[] {
  const linkParams = { ...viewParams(structureMonth ? "current" : "month"), ...basisParams(basis) };
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    href: coverageHref(row.code, month, linkParams),
    rate: row.rate,
    insured: row.insured,
    population: row.population,
    targetBp: row.targetBp,
    status: rankingStatus(row),
    reportingUnits: row.reportingUnits,
    baseUnits: row.baseUnits,
  }));
}
