// The lineage of a unit: the units it was formed from and the units it went into, with the kind
// of each succession, the share of the old unit's population it stands for (given, or the default
// of lib/units/succession-shares.ts) and the date it took effect. For a higher unit (a province), the
// relations of its base units are summed up as well: "12 of the 94 communes of old An Giang went
// into it", which also covers provinces linked only through their communes.
import "server-only";

import type { SuccessionKind, UnitKind } from "@prisma/client";
import { cache } from "react";
import { z } from "zod";

import { db } from "@/lib/db";
import { addMonths, dateToMonth, type Month } from "@/lib/period";
import { unitsInScope, type ScopedUser } from "@/lib/permissions/scope";
import { effectiveShares, shareFraction } from "@/lib/units/succession-shares";
import { neverHadChild } from "@/lib/units/unit-in-month";

export type LineageUnit = {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  validFrom: Date;
  validTo: Date | null;
};

export type LineageLink = {
  unit: LineageUnit;
  effectiveOn: Date;
  /** Direct succession (null when the relation only exists through base units). */
  kind: SuccessionKind | null;
  /** Share of the OLD unit that went into the new one, as a fraction; null when not a direct link. */
  share: number | null;
  /** The share is the default (a partial succession without a share). */
  isDefault: boolean;
  /** For higher units: base units of the old unit that went (wholly or partly) into the new one, of all its base units. */
  baseUnits: { linked: number; total: number } | null;
};

export type UnitLineage = { predecessors: LineageLink[]; successors: LineageLink[] };

const unitSelect = { id: true, code: true, name: true, kind: true, validFrom: true, validTo: true } as const;

const aggregateRow = z.object({
  id: z.number().int(),
  effectiveOn: z.date(),
  linked: z.coerce.number().int(),
  total: z.coerce.number().int(),
});

export const getUnitLineage = cache(async (unitId: number): Promise<UnitLineage> => {
  const [incoming, outgoing, viaBaseIncoming, viaBaseOutgoing] = await Promise.all([
    db.unitSuccession.findMany({
      where: { successorId: unitId },
      select: {
        effectiveOn: true,
        predecessor: {
          select: {
            ...unitSelect,
            successors: {
              select: { successorId: true, kind: true, shareBp: true, successor: { select: { code: true } } },
            },
          },
        },
      },
    }),
    db.unitSuccession.findMany({
      where: { predecessorId: unitId },
      select: { effectiveOn: true, kind: true, shareBp: true, successor: { select: unitSelect } },
    }),
    baseUnitRelations(unitId, "predecessors"),
    baseUnitRelations(unitId, "successors"),
  ]);

  const predecessors: LineageLink[] = incoming.map(({ effectiveOn, predecessor: { successors, ...unit } }) => {
    const shares = effectiveShares(successors.map((link) => ({ ...link, successorCode: link.successor.code })));
    const own = shares.find((share) => share.successorId === unitId)!;
    const link = successors.find((candidate) => candidate.successorId === unitId)!;
    return { unit, effectiveOn, kind: link.kind, share: shareFraction(own), isDefault: own.isDefault, baseUnits: null };
  });
  const outgoingShares = effectiveShares(
    outgoing.map((link) => ({ ...link, successorId: link.successor.id, successorCode: link.successor.code })),
  );
  const successors: LineageLink[] = outgoing.map(({ effectiveOn, kind, successor }, i) => ({
    unit: successor,
    effectiveOn,
    kind,
    share: shareFraction(outgoingShares[i]!),
    isDefault: outgoingShares[i]!.isDefault,
    baseUnits: null,
  }));
  return {
    predecessors: await merge(predecessors, viaBaseIncoming),
    successors: await merge(successors, viaBaseOutgoing),
  };
});

/** A link as one user sees it: the month it opens in, and whether the user may open it then. */
export type ScopedLineageLink = LineageLink & { month: Month; linked: boolean };

export type ScopedLineage = { predecessors: ScopedLineageLink[]; successors: ScopedLineageLink[] };

/**
 * The lineage of a unit for one user: a predecessor opens in its last month before the change, a
 * successor in its first month, and each is linked only if it is in the user's scope then. The
 * scope of every link is judged in one query.
 */
export async function getLineageInScope(user: ScopedUser, unitId: number): Promise<ScopedLineage> {
  const lineage = await getUnitLineage(unitId);
  const opensIn = (link: LineageLink, side: "before" | "after") =>
    side === "before" ? addMonths(dateToMonth(link.effectiveOn), -1) : dateToMonth(link.effectiveOn);
  const predecessors = lineage.predecessors.map((link) => ({ ...link, month: opensIn(link, "before") }));
  const successors = lineage.successors.map((link) => ({ ...link, month: opensIn(link, "after") }));
  const allowed = await unitsInScope(
    user,
    [...predecessors, ...successors].map((link) => ({ unitId: link.unit.id, month: link.month })),
  );
  const mark = (link: LineageLink & { month: Month }) => ({ ...link, linked: allowed(link.unit.id, link.month) });
  return { predecessors: predecessors.map(mark), successors: successors.map(mark) };
}

/** Direct links first, each with its base-unit counts when known; then units related only through base units. */
async function merge(direct: LineageLink[], viaBase: z.infer<typeof aggregateRow>[]): Promise<LineageLink[]> {
  const counts = new Map(viaBase.map((row) => [row.id, { linked: row.linked, total: row.total }]));
  const others = viaBase.filter((row) => !direct.some((link) => link.unit.id === row.id));
  const units = await db.unit.findMany({ where: { id: { in: others.map((row) => row.id) } }, select: unitSelect });
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  return [
    ...direct.map((link) => ({ ...link, baseUnits: counts.get(link.unit.id) ?? null })),
    ...others.map((row) => ({
      unit: byId.get(row.id)!,
      effectiveOn: row.effectiveOn,
      kind: null,
      share: null,
      isDefault: false,
      baseUnits: { linked: row.linked, total: row.total },
    })),
  ].sort((a, b) => a.effectiveOn.getTime() - b.effectiveOn.getTime() || a.unit.code.localeCompare(b.unit.code));
}

/**
 * Units of the same level as `unitId` in the other structure whose base units are linked to this
 * unit's base units: for "predecessors", the old units containing the predecessors of its base
 * units; for "successors", the new units containing the successors of its base units. Counts are
 * of the OLD unit's base units. Empty for a base unit (its own links say it all).
 */
async function baseUnitRelations(unitId: number, direction: "predecessors" | "successors") {
  const incoming = direction === "predecessors";
  const rows = await db.$queryRaw<unknown[]>`
    WITH me AS (SELECT id, level FROM unit WHERE id = ${unitId}),
    base AS (
      SELECT c.descendant_id AS id FROM unit_closure c JOIN me ON c.ancestor_id = me.id
      WHERE c.depth > 0 AND ${neverHadChild("c.descendant_id")}
        -- nothing to relate to without another unit of its level: the country, whose successions of
        -- base units would otherwise all be read and joined for nothing (180 ms nationally)
        AND EXISTS (SELECT 1 FROM unit a JOIN me ON a.level = me.level AND a.id <> me.id)
    ),
    pair AS (
      SELECT s.predecessor_id AS old_id, CASE WHEN ${incoming} THEN s.predecessor_id ELSE s.successor_id END AS other_id, s.effective_on
      FROM unit_succession s
      WHERE CASE WHEN ${incoming} THEN s.successor_id ELSE s.predecessor_id END IN (SELECT id FROM base)
    ),
    related AS (
      SELECT a.id, MIN(p.effective_on) AS effective_on, COUNT(DISTINCT p.old_id) AS linked
      FROM pair p
      JOIN unit_closure c ON c.descendant_id = p.other_id
      JOIN unit a ON a.id = c.ancestor_id
      JOIN me ON a.level = me.level AND a.id <> me.id
      GROUP BY a.id
    )
    SELECT r.id, r.effective_on AS "effectiveOn", r.linked,
           -- base units of the old unit on its last day before the change
           (SELECT COUNT(*) FROM unit_closure c JOIN unit d ON d.id = c.descendant_id
            WHERE c.ancestor_id = CASE WHEN ${incoming} THEN r.id ELSE ${unitId} END AND c.depth > 0
              AND d.valid_from < r.effective_on AND (d.valid_to IS NULL OR d.valid_to >= r.effective_on)
              AND NOT EXISTS (SELECT 1 FROM unit k WHERE k.parent_id = d.id
                AND k.valid_from < r.effective_on AND (k.valid_to IS NULL OR k.valid_to >= r.effective_on))) AS total
    FROM related r`;
  return z.array(aggregateRow).parse(rows);
}
