// What importing a succession table effective on a date would change. Each row links an old unit
// (valid the day before, ended on the date) to a new unit (valid on the date). The table is
// authoritative for the old units it names: their links effective on that date are replaced by the
// table's, so re-importing it changes nothing and a corrected table replaces the earlier one.
// Besides the rows, the import:
//   • links the higher units too (old province → new province), derived from their base units: "full"
//     when every base unit of the old one went, whole, into the new one (every commune of old province
//     27 went into new province 24: 27 → 24, full), "partial" (without a share) when only some did.
//     So the lineage of a province, the scope of its officials (full links only, lib/permissions/
//     scope.ts) and its plan targets (lib/queries/get-target-candidates.ts) follow the reorganisation
//     at province level too. These derived links are replaced with the rows;
//   • creates an old district that lists of communes leave out because it had no commune (the island
//     districts Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo, which became special zones), when a
//     row names it with its province: it is valid until the date, under its province.
import { createHash } from "node:crypto";

import type { Prisma, SuccessionKind, UnitKind } from "@prisma/client";

import { hasNoChildOn, validOn } from "@/lib/units/unit-in-month";

import type { ImportIssue } from "./import-issues";
import type { SuccessionRow } from "./parse-succession-table";
import { isoDay } from "./prepare-unit-list-import";
import { DISTRICT_PREFIXES, findKindFromName } from "./unit-kinds";

const DAY_MS = 24 * 60 * 60 * 1000;

/** An old district without communes that a row names and the database lacks. */
export type MissingDistrict = { code: string; name: string; kind: UnitKind; provinceId: number };

export type ProposedLink = {
  /** The old unit's id, or the code of a district the import creates. */
  predecessor: { id: number } | { code: string };
  predecessorCode: string;
  successorId: number;
  successorCode: string;
  kind: SuccessionKind;
  shareBp: number | null;
  derived: boolean;
};

export type ExistingLink = { predecessorId: number; successorId: number; kind: SuccessionKind; shareBp: number | null };

export type SuccessionChanges = {
  effectiveOn: Date;
  create: MissingDistrict[];
  /** Links to write (new or changed). */
  write: ProposedLink[];
  /** Existing links effective on the date for the old units concerned that the table no longer has. */
  remove: ExistingLink[];
  unchanged: number;
  counts: { rows: number; oldUnits: number; newUnits: number; derived: number; partialWithoutShare: number };
  fingerprint: string;
};

export type SuccessionChangesResult = { ok: true; plan: SuccessionChanges } | { ok: false; issues: ImportIssue[] };

type Reader = Pick<Prisma.TransactionClient, "unit" | "unitSuccession" | "$queryRaw">;

type FoundUnit = { id: number; code: string; level: number; validTo: Date | null };

export async function prepareSuccessionImport(
  db: Reader,
  rows: readonly SuccessionRow[],
  effectiveOn: Date,
): Promise<SuccessionChangesResult> {
  const dayBefore = new Date(effectiveOn.getTime() - DAY_MS);
  const [oldUnits, newUnits, provinces] = await Promise.all([
    unitsByCode(
      db,
      rows.map((row) => row.oldCode),
      dayBefore,
    ),
    unitsByCode(
      db,
      rows.map((row) => row.newCode),
      effectiveOn,
    ),
    unitsByCode(
      db,
      rows.map((row) => row.oldProvinceCode),
      dayBefore,
    ),
  ]);

  const issues: ImportIssue[] = [];
  const create = new Map<string, MissingDistrict>();
  const links: ProposedLink[] = [];
  for (const row of rows) {
    const old = oldUnits.get(row.oldCode);
    const successor = newUnits.get(row.newCode);
    const day = isoDay(effectiveOn);
    let predecessor: ProposedLink["predecessor"] | null = null;
    if (old) {
      if (old.validTo === null || old.validTo > effectiveOn) {
        issues.push({ code: "oldNotEnded", row: row.row, column: row.columns.oldCode, unitCode: row.oldCode, day });
      } else predecessor = { id: old.id };
    } else {
      const missing = missingDistrict(row, provinces);
      if (missing) {
        create.set(missing.code, missing);
        predecessor = { code: missing.code };
      } else
        issues.push({
          code: "unknownOld",
          row: row.row,
          column: row.columns.oldCode,
          unitCode: row.oldCode,
          day: isoDay(dayBefore),
        });
    }
    if (!successor)
      issues.push({ code: "unknownNew", row: row.row, column: row.columns.newCode, unitCode: row.newCode, day });
    if (!predecessor || !successor) continue;
    links.push({
      predecessor,
      predecessorCode: row.oldCode,
      successorId: successor.id,
      successorCode: successor.code,
      kind: row.kind,
      shareBp: row.shareBp,
      derived: false,
    });
  }
  if (issues.length > 0) return { ok: false, issues };

  const derived = await deriveHigherLinks(db, links, dayBefore, effectiveOn);
  const planned = [...links, ...derived];
  const concerned = [
    ...links.flatMap((link) => ("id" in link.predecessor ? [link.predecessor.id] : [])),
    ...(await endedAncestors(db, links, dayBefore, effectiveOn)),
  ];
  const existing = await db.unitSuccession.findMany({
    where: { effectiveOn, predecessorId: { in: concerned } },
    select: { predecessorId: true, successorId: true, kind: true, shareBp: true },
  });
  const existingByPair = new Map(existing.map((link) => [`${link.predecessorId}>${link.successorId}`, link]));
  const plannedPairs = new Set<string>();
  const write: ProposedLink[] = [];
  let unchanged = 0;
  for (const link of planned) {
    if (!("id" in link.predecessor)) {
      write.push(link);
      continue;
    }
    const pair = `${link.predecessor.id}>${link.successorId}`;
    plannedPairs.add(pair);
    const before = existingByPair.get(pair);
    if (before && before.kind === link.kind && before.shareBp === link.shareBp) unchanged++;
    else write.push(link);
  }
  const remove = existing.filter((link) => !plannedPairs.has(`${link.predecessorId}>${link.successorId}`));

  const counts = {
    rows: rows.length,
    oldUnits: new Set(rows.map((row) => row.oldCode)).size,
    newUnits: new Set(rows.map((row) => row.newCode)).size,
    derived: derived.length,
    partialWithoutShare: links.filter((link) => link.kind === "PARTIAL" && link.shareBp === null).length,
  };
  const fingerprint = createHash("sha256")
    .update(
      JSON.stringify({
        effectiveOn: isoDay(effectiveOn),
        create: [...create.values()],
        write: write.map((link) => [link.predecessor, link.successorId, link.kind, link.shareBp]),
        remove,
        unchanged,
      }),
    )
    .digest("hex");
  return {
    ok: true,
    plan: { effectiveOn, create: [...create.values()], write, remove, unchanged, counts, fingerprint },
  };
}

async function unitsByCode(db: Reader, codes: string[], day: Date): Promise<Map<string, FoundUnit>> {
  const units = await db.unit.findMany({
    where: {
      code: { in: [...new Set(codes)].filter(Boolean) },
      validFrom: { lte: day },
      OR: [{ validTo: null }, { validTo: { gt: day } }],
    },
    select: { id: true, code: true, level: true, validTo: true },
  });
  return new Map(units.map((unit) => [unit.code, unit]));
}

function missingDistrict(row: SuccessionRow, provinces: Map<string, FoundUnit>): MissingDistrict | null {
  const province = provinces.get(row.oldProvinceCode);
  const kind = findKindFromName(row.oldName, DISTRICT_PREFIXES);
  if (!/^\d{3}$/.test(row.oldCode) || !province || province.level !== 1 || !kind) return null;
  return { code: row.oldCode, name: row.oldName, kind, provinceId: province.id };
}

/**
 * Links between higher units (an old unit ended on the date → a new unit of the same level that
 * received some of its base units): full when all the old unit's base units are in the table and
 * went, with every part, into that one new unit; partial otherwise. Worked out in memory from three
 * plain reads, so that it does not depend on the planner's statistics right after a large import.
 */
async function deriveHigherLinks(
  db: Reader,
  links: ProposedLink[],
  dayBefore: Date,
  effectiveOn: Date,
): Promise<ProposedLink[]> {
  const pairs = links.flatMap((link) =>
    "id" in link.predecessor ? [{ predecessorId: link.predecessor.id, successorId: link.successorId }] : [],
  );
  const predecessorIds = [...new Set(pairs.map((pair) => pair.predecessorId))];
  const successorIds = [...new Set(pairs.map((pair) => pair.successorId))];
  type AncestorRow = { unitId: number; id: number; code: string; level: number };
  const [oldAncestors, newAncestors] = await Promise.all([
    db.$queryRaw<AncestorRow[]>`
      SELECT c.descendant_id AS "unitId", a.id, a.code, a.level
      FROM unit_closure c JOIN unit a ON a.id = c.ancestor_id
      WHERE c.descendant_id = ANY(${predecessorIds}::int[]) AND c.depth > 0
        AND a.kind <> 'COUNTRY' AND a.valid_to = ${effectiveOn}::date`,
    db.$queryRaw<AncestorRow[]>`
      SELECT c.descendant_id AS "unitId", a.id, a.code, a.level
      FROM unit_closure c JOIN unit a ON a.id = c.ancestor_id
      WHERE c.descendant_id = ANY(${successorIds}::int[]) AND c.depth > 0
        AND a.kind <> 'COUNTRY' AND a.valid_from <= ${effectiveOn}::date AND (a.valid_to IS NULL OR a.valid_to > ${effectiveOn}::date)`,
  ]);
  const ancestorIds = [...new Set(oldAncestors.map((row) => row.id))];
  const leafCounts = await db.$queryRaw<{ id: number; leaves: number }[]>`
    SELECT c.ancestor_id AS id, COUNT(*)::int AS leaves
    FROM unit_closure c JOIN unit u ON u.id = c.descendant_id
    WHERE c.ancestor_id = ANY(${ancestorIds}::int[])
      AND ${validOn("u", dayBefore)} AND ${hasNoChildOn("u.id", dayBefore)}
    GROUP BY c.ancestor_id`;

  const leavesOf = new Map(leafCounts.map((row) => [row.id, row.leaves]));
  const newAncestorAt = new Map(newAncestors.map((row) => [`${row.unitId}@${row.level}`, row]));
  const ancestorsOf = new Map<number, AncestorRow[]>();
  for (const row of oldAncestors) ancestorsOf.set(row.unitId, [...(ancestorsOf.get(row.unitId) ?? []), row]);
  // For each old higher unit: its base units in the table, and the new units of its level they went into.
  const outcome = new Map<
    number,
    { ancestor: AncestorRow; listed: Set<number>; into: Map<number | null, AncestorRow | null> }
  >();
  for (const pair of pairs) {
    for (const ancestor of ancestorsOf.get(pair.predecessorId) ?? []) {
      const entry = outcome.get(ancestor.id) ?? { ancestor, listed: new Set<number>(), into: new Map() };
      entry.listed.add(pair.predecessorId);
      const into = newAncestorAt.get(`${pair.successorId}@${ancestor.level}`) ?? null;
      entry.into.set(into?.id ?? null, into);
      outcome.set(ancestor.id, entry);
    }
  }
  return [...outcome.values()].flatMap(({ ancestor, listed, into }) => {
    const whole = listed.size === leavesOf.get(ancestor.id) && into.size === 1;
    return [...into.values()]
      .filter((target): target is AncestorRow => target !== null && target.id !== ancestor.id)
      .map((target) => ({
        predecessor: { id: ancestor.id },
        predecessorCode: ancestor.code,
        successorId: target.id,
        successorCode: target.code,
        kind: whole ? ("FULL" as const) : ("PARTIAL" as const),
        shareBp: whole ? 10000 : null,
        derived: true,
      }));
  });
}

/** The higher units (ended on the date) above the table's old units: their links are replaced too. */
async function endedAncestors(
  db: Reader,
  links: ProposedLink[],
  dayBefore: Date,
  effectiveOn: Date,
): Promise<number[]> {
  const ids = links.flatMap((link) => ("id" in link.predecessor ? [link.predecessor.id] : []));
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT a.id FROM unit_closure c
    JOIN unit a ON a.id = c.ancestor_id AND a.kind <> 'COUNTRY' AND a.valid_to = ${effectiveOn}::date
      AND a.valid_from <= ${dayBefore}::date
    WHERE c.descendant_id = ANY(${ids}::int[]) AND c.depth > 0`;
  return rows.map((row) => row.id);
}
