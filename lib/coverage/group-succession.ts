// Group figures of one month in the groups of another month's set: a group of a new set continues
// the groups of the previous set an administrator mapped it to (table group_succession), so across
// the sets' boundary it is compared with the sum of those groups' figures. A group that continues
// none has no figures before the boundary. Pure: the caller reads the figures and the mapping.
import { GROUP_FIELDS, type GroupFigures } from "@/lib/validation/report-values";

/** A group as comparisons see it: its id, its code in its set, and the ids of the groups it continues. */
export type GroupLineage = { id: number; code: string; predecessorIds: readonly number[] };

/**
 * The figures of a month (by group id) keyed by the codes of `groups`: a group's own figures when the
 * month is in its set, else the sum of its predecessors' figures present in the month (none: left out).
 */
export function figuresInGroupsOf(
  figuresById: ReadonlyMap<number, GroupFigures>,
  groups: readonly GroupLineage[],
): Record<string, GroupFigures> {
  const result: Record<string, GroupFigures> = {};
  for (const group of groups) {
    const own = figuresById.get(group.id);
    if (own) {
      result[group.code] = own;
      continue;
    }
    const continued = group.predecessorIds.flatMap((id) => figuresById.get(id) ?? []);
    if (continued.length === 0) continue;
    result[group.code] = Object.fromEntries(
      GROUP_FIELDS.map((field) => [field, continued.reduce((sum, figures) => sum + figures[field], 0)]),
    ) as GroupFigures;
  }
  return result;
}

/**
 * A group's insured and eligible people in a month whose reports may use a later set: its own
 * figures, else the sum of the later groups that continue it (`links`: group → a predecessor), only
 * when each of them continues it alone — a later group that also continues another group mixes
 * people that cannot be told apart. Null when there is no such figure.
 */
export function continuedGroupFigures(
  figuresById: ReadonlyMap<number, { insured: number; eligible: number }>,
  groupId: number,
  links: readonly { groupId: number; predecessorId: number }[],
): { insured: number; eligible: number } | null {
  const own = figuresById.get(groupId);
  if (own) return own;
  const later = [...new Set(links.filter((link) => link.predecessorId === groupId).map((link) => link.groupId))];
  const mixed = later.some((id) => links.some((link) => link.groupId === id && link.predecessorId !== groupId));
  const present = later.flatMap((id) => figuresById.get(id) ?? []);
  if (mixed || present.length === 0) return null;
  return {
    insured: present.reduce((sum, figures) => sum + figures.insured, 0),
    eligible: present.reduce((sum, figures) => sum + figures.eligible, 0),
  };
}
