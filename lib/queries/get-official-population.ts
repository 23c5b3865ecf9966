// The official population (GSO) of one unit in one year, imported by administrators
// (lib/population), or null when none was imported: the dashboard then shows the rate on the
// reported population alone. The unit's own figure only — never a sum of its children's, which
// would mix official and missing figures.
import "server-only";

import { cache } from "react";

import { db } from "@/lib/db";

export type OfficialPopulation = { year: number; population: number };

export const getOfficialPopulation = cache(async (unitId: number, year: number): Promise<OfficialPopulation | null> => {
  return db.officialPopulation.findUnique({
    where: { unitId_year: { unitId, year } },
    select: { year: true, population: true },
  });
});
