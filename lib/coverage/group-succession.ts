// Group figures of one month in the groups of another month's set: a group of a new set continues
// the groups of the previous set an administrator mapped it to (table group_succession), so across
// the sets' boundary it is compared with the sum of those groups' figures. A group that continues
// none has no figures before the boundary. Pure: the caller reads the figures and the mapping. The
// figures are any record of counts (a report's four per group, a trend's insured and eligible).
import type { GroupFigures } from "@/lib/validation/report-values";

/** A group as comparisons see it: its id, its code in its set, and the ids of the groups it continues. */
export type GroupLineage = { id: number; code: string; predecessorIds: readonly number[] };

type Counts = Record<string, number>;

/**
 * One group's figures in a month (figures by group id): its own when the month is in its set, else
 * the sum of its predecessors' figures present in the month; undefined when there are none.
 */
export function figuresOfGroup<F extends Counts>(
  figuresById: ReadonlyMap<number, F>,
  group: Pick<GroupLineage, "id" | "predecessorIds">,
): F | undefined {
  const own = figuresById.get(group.id);
  if (own) return own;
  const continued = group.predecessorIds.flatMap((id): F[] => {
    const figures = figuresById.get(id);
    return figures ? [figures] : [];
  });
  if (continued.length === 0) return undefined;
  return Object.fromEntries(
    Object.keys(continued[0]!).map((field) => [field, continued.reduce((sum, figures) => sum + figures[field]!, 0)]),
  ) as F;
}

/**
 * The figures of a month (by group id) keyed by the codes of `groups`: each group's figures as
 * figuresOfGroup finds them (none: left out).
 */
export function figuresInGroupsOf<F extends Counts = GroupFigures>(
  figuresById: ReadonlyMap<number, F>,
  groups: readonly GroupLineage[],
): Record<string, F> {
  const result: Record<string, F> = {};
  for (const group of groups) {
    const figures = figuresOfGroup(figuresById, group);
    if (figures) result[group.code] = figures;
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
