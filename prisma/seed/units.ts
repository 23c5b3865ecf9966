// Writes the administrative units of the demo: the country, the tree before 1 July 2025 (province →
// district → commune) and the tree from that day (province → commune), the successions between
// them, and the closure table.
import type { Prisma, SuccessionKind } from "@prisma/client";

import { rebuildUnitClosure } from "../../lib/units/rebuild-closure";
import { utcDate } from "./days";
import type { DemoUnit, DemoUnits } from "./demo-units";
import { required } from "./lookup";
import type { SeedScope } from "./seed-scope";

const OLD_STRUCTURE_FROM = utcDate(2000, 1, 1);
/** 1 July 2025: the district level is abolished and provinces and communes are merged. */
export const REORGANISATION_DATE = utcDate(2025, 7, 1);

export interface SeededUnits {
  countryId: number;
  /** Ids of units valid before the reorganisation, by code (codes are unique within one structure). */
  oldIds: ReadonlyMap<string, number>;
  /** Ids of units valid from the reorganisation, by code. */
  newIds: ReadonlyMap<string, number>;
  successionCount: number;
  closureRowCount: number;
}

export async function insertUnits(
  tx: Prisma.TransactionClient,
  units: DemoUnits,
  scope: SeedScope,
): Promise<SeededUnits> {
  const country = await tx.unit.create({
    data: { code: "VN", name: "Việt Nam", kind: "COUNTRY", level: 0, validFrom: OLD_STRUCTURE_FROM },
    select: { id: true },
  });
  const inScope = (unit: DemoUnit) => scope.includesProvince(unit.provinceCode);

  const oldPeriod = { validFrom: OLD_STRUCTURE_FROM, validTo: REORGANISATION_DATE };
  const oldIds = new Map<string, number>();
  await insertLevel(tx, units.oldProvinces.filter(inScope), 1, oldPeriod, () => country.id, oldIds);
  await insertLevel(tx, units.oldDistricts.filter(inScope), 2, oldPeriod, parentIn(oldIds), oldIds);
  await insertLevel(tx, units.oldCommunes.filter(inScope), 3, oldPeriod, parentIn(oldIds), oldIds);

  const newPeriod = { validFrom: REORGANISATION_DATE, validTo: null };
  const newIds = new Map<string, number>();
  await insertLevel(tx, units.newProvinces.filter(inScope), 1, newPeriod, () => country.id, newIds);
  await insertLevel(tx, units.newCommunes.filter(inScope), 2, newPeriod, parentIn(newIds), newIds);

  const successionCount = await insertSuccessions(tx, units, oldIds, newIds);
  const closureRowCount = await rebuildUnitClosure(tx);
  return { countryId: country.id, oldIds, newIds, successionCount, closureRowCount };
}

async function insertLevel(
  tx: Prisma.TransactionClient,
  units: readonly DemoUnit[],
  level: number,
  period: { validFrom: Date; validTo: Date | null },
  parentId: (unit: DemoUnit) => number,
  ids: Map<string, number>,
): Promise<void> {
  const parentIds = units.map(parentId);
  const created = await tx.unit.createManyAndReturn({
    data: units.map(({ code, name, kind }, index) => ({
      code,
      name,
      kind,
      level,
      parentId: parentIds[index],
      ...period,
    })),
    select: { id: true, code: true },
  });
  for (const { id, code } of created) ids.set(code, id);
}

function parentIn(ids: ReadonlyMap<string, number>): (unit: DemoUnit) => number {
  return (unit) => required(ids, unit.parentCode, `Parent of unit ${unit.code}:`);
}

/**
 * Commune successions come from the merge table. Province links are derived from them by the rule of
 * the succession import (lib/units/prepare-succession-import.ts): an old province succeeds into each new
 * province that received any of its communes, FULL when every one of its communes went into that one
 * province, PARTIAL (without a share) otherwise. In the demo, 24→24, 27→24, 95→96, 96→96 and 91→91
 * are full; 89→91 is partial, because one commune of An Giang (89) went to Đồng Tháp, outside the demo
 * (see scripts/extract-demo-units.ts). Only pairs whose both units are written are inserted.
 */
async function insertSuccessions(
  tx: Prisma.TransactionClient,
  units: DemoUnits,
  oldIds: ReadonlyMap<string, number>,
  newIds: ReadonlyMap<string, number>,
): Promise<number> {
  const provinceOf = (communes: readonly DemoUnit[]) => new Map(communes.map((unit) => [unit.code, unit.provinceCode]));
  const oldProvinceOf = provinceOf(units.oldCommunes);
  const newProvinceOf = provinceOf(units.newCommunes);
  const communeCount = new Map<string, number>();
  for (const commune of units.oldCommunes)
    communeCount.set(commune.provinceCode, (communeCount.get(commune.provinceCode) ?? 0) + 1);
  // For each old province: its communes in the table, and the new provinces they went into.
  const outcome = new Map<string, { listed: Set<string>; into: Set<string> }>();
  for (const succession of units.wardSuccessions) {
    const oldCode = required(oldProvinceOf, succession.oldCode, "Old commune");
    const entry = outcome.get(oldCode) ?? { listed: new Set<string>(), into: new Set<string>() };
    entry.listed.add(succession.oldCode);
    entry.into.add(required(newProvinceOf, succession.newCode, "New commune"));
    outcome.set(oldCode, entry);
  }
  const provincePairs = [...outcome].flatMap(([oldCode, { listed, into }]) => {
    const kind: SuccessionKind = listed.size === communeCount.get(oldCode) && into.size === 1 ? "FULL" : "PARTIAL";
    return [...into].map((newCode) => ({ oldCode, newCode, kind }));
  });

  const data = [...provincePairs, ...units.wardSuccessions].flatMap(({ oldCode, newCode, kind }) => {
    const predecessorId = oldIds.get(oldCode);
    const successorId = newIds.get(newCode);
    if (predecessorId === undefined || successorId === undefined) return [];
    // The source gives no share for a split commune, so a partial succession has none.
    const shareBp = kind === "FULL" ? 10000 : null;
    return [{ predecessorId, successorId, kind, shareBp, effectiveOn: REORGANISATION_DATE }];
  });
  const { count } = await tx.unitSuccession.createMany({ data });
  return count;
}
