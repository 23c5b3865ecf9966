// The participant groups a plan may set targets for: those of the group sets in force at some time in
// the plan's period (groups are data; the law of 2024 may redefine them from July 2025).
import "server-only";

import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import type { StoredGroupNames } from "@/lib/i18n/reference-texts";
import { monthEndDate, monthToDate, type Month } from "@/lib/period";

export type PlanGroup = StoredGroupNames & { id: number; code: string };

export async function getGroupsForPeriod(start: Month, end: Month, client: DbClient = db): Promise<PlanGroup[]> {
  return client.participantGroup.findMany({
    where: {
      groupSet: {
        validFrom: { lte: monthEndDate(end) },
        OR: [{ validTo: null }, { validTo: { gt: monthToDate(start) } }],
      },
    },
    orderBy: [{ groupSet: { validFrom: "asc" } }, { ordinal: "asc" }],
    select: { id: true, code: true, name: true, shortName: true, nameEn: true, shortNameEn: true },
  });
}
