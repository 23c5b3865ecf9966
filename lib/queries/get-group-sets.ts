// Every set of participant groups, oldest first, with its groups and the groups of the previous set
// each continues (the admin page app/admin/group-sets).
import "server-only";

import { db } from "@/lib/db";
import type { StoredGroupNames } from "@/lib/i18n/reference-texts";

export type GroupSetGroup = StoredGroupNames & { id: number; code: string; continues: string[] };

export type GroupSetRow = {
  id: number;
  code: string;
  name: string;
  legalBasis: string;
  validFrom: Date;
  validTo: Date | null;
  groups: GroupSetGroup[];
};

export async function getGroupSets(): Promise<GroupSetRow[]> {
  const sets = await db.groupSet.findMany({
    orderBy: { validFrom: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      legalBasis: true,
      validFrom: true,
      validTo: true,
      groups: {
        orderBy: { ordinal: "asc" },
        select: {
          id: true,
          code: true,
          name: true,
          shortName: true,
          nameEn: true,
          shortNameEn: true,
          predecessors: { select: { predecessor: { select: { code: true } } }, orderBy: { predecessorId: "asc" } },
        },
      },
    },
  });
  return sets.map((set) => ({
    ...set,
    groups: set.groups.map(({ predecessors, ...group }) => ({
      ...group,
      continues: predecessors.map((link) => link.predecessor.code),
    })),
  }));
}
