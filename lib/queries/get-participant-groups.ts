// The participant groups a report of a given month is made of: those of the group set in force.
import "server-only";

import type { GroupLineage } from "@/lib/coverage/group-succession";
import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import type { StoredGroupNames } from "@/lib/i18n/reference-texts";
import { monthToDate, type Month } from "@/lib/period";

/** A group of the month's set, with the groups of the previous set it continues (lib/coverage/group-succession.ts). */
export type ReportGroup = StoredGroupNames & GroupLineage;

/** The groups of the group set valid in `month` (the newest one if several overlap), in order. */
export async function getParticipantGroups(month: Month, client: DbClient = db): Promise<ReportGroup[]> {
  const day = monthToDate(month);
  const groupSet = await client.groupSet.findFirst({
    where: { validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }] },
    orderBy: { validFrom: "desc" },
    select: {
      groups: {
        orderBy: { ordinal: "asc" },
        select: {
          id: true,
          code: true,
          name: true,
          shortName: true,
          nameEn: true,
          shortNameEn: true,
          predecessors: { select: { predecessorId: true }, orderBy: { predecessorId: "asc" } },
        },
      },
    },
  });
  return (groupSet?.groups ?? []).map(({ predecessors, ...group }) => ({
    ...group,
    predecessorIds: predecessors.map((link) => link.predecessorId),
  }));
}
