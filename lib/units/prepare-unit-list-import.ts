// What importing an official unit list valid from a date would change, compared with the units in
// the database valid on that date. The rule, by GSO code:
//   • a code that is not there yet opens a new unit from the date;
//   • a unit whose code is no longer listed closes on the date (its history stays);
//   • a listed unit with the same name, kind, level and parent continues unchanged (same row), so
//     re-importing a list changes nothing;
//   • a listed unit whose name or kind (renamed) or parent or level (moved) differs closes on the
//     date and continues as a new version from it, linked to the old one by a full succession; a
//     moved parent moves its children with it. History is never rewritten: a month before the date
//     keeps the names and the tree of its time. (A unit opened on the date itself has no history
//     yet: it is corrected in place, or deleted when it has no data.)
// A list dated before the latest change already imported may only be re-imported unchanged.
// What the list covers is declared (./list-coverage.ts): only units of the provinces it covers are
// compared, so an excerpt of named provinces never closes the others, and a listed unit that now
// belongs to a province it does not cover is an issue (declare that province too). A district code
// that names no district valid on the date, in a structure that has no districts then, is an issue
// too: a list cannot bring back a level the structure of its date does not have.
import { createHash } from "node:crypto";

import type { Prisma, UnitKind } from "@prisma/client";

import type { ImportIssue } from "./import-issues";
import { coversProvince, type ListCoverage } from "./list-coverage";
import type { ListUnit } from "./parse-unit-list";

export type ExistingUnit = {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  level: number;
  parentId: number | null;
  parentCode: string | null;
  validFrom: Date;
};

export type UnitChange = {
  unit: ListUnit;
  previous: ExistingUnit;
  renamed: boolean;
  moved: boolean;
  /** The previous row was opened on the list's date: corrected in place, no new version. */
  inPlace: boolean;
};

export type UnitListChanges = {
  validFrom: Date;
  coverage: ListCoverage;
  /** Id of the country unit, or null when the import creates it (empty database). */
  countryId: number | null;
  opened: ListUnit[];
  changed: UnitChange[];
  closed: ExistingUnit[];
  /** Units opened on the list's date that the list no longer has, without data: deleted. */
  removed: ExistingUnit[];
  /** Listed units that continue as they are, by code. */
  unchanged: Map<string, number>;
  fingerprint: string;
};

export type UnitListChangesResult = { ok: true; plan: UnitListChanges } | { ok: false; issues: ImportIssue[] };

type Reader = Pick<Prisma.TransactionClient, "unit" | "$queryRaw">;

export async function prepareUnitListImport(
  db: Reader,
  list: readonly ListUnit[],
  validFrom: Date,
  coverage: ListCoverage,
): Promise<UnitListChangesResult> {
  const [country, existing, latest] = await Promise.all([
    db.unit.findFirst({
      where: { kind: "COUNTRY" },
      orderBy: { validFrom: "asc" },
      select: { id: true, validFrom: true },
    }),
    unitsValidOn(db, validFrom),
    latestChange(db),
  ]);
  if (country && country.validFrom > validFrom) {
    return { ok: false, issues: [{ code: "countryAfterDate", countryFrom: isoDay(country.validFrom) }] };
  }

  const byCode = new Map(existing.map((unit) => [unit.code, unit]));
  const provinceOf = provinceCodes(existing);
  const covered = (unit: ExistingUnit) => coversProvince(coverage, provinceOf.get(unit.id)!);
  const listed = new Set(list.map((unit) => unit.code));
  const issues: ImportIssue[] = [];
  // A whole-country list without a unit would close the country; an empty list of named provinces
  // closes them, a large change that waits for the number typed.
  if (list.length === 0 && coverage.kind === "country") issues.push({ code: "emptyList" });
  for (const unit of list) {
    const previous = byCode.get(unit.code);
    if (previous && !covered(previous)) {
      issues.push({
        code: "inOtherProvince",
        row: unit.row,
        column: unit.codeColumn,
        unitCode: unit.code,
        provinceCode: provinceOf.get(previous.id)!,
      });
    }
  }
  // A declared province that is neither in the file nor in the structure on the date: a mistyped code.
  if (coverage.kind === "provinces") {
    const known = new Set([
      ...provinceOf.values(),
      ...list.filter((unit) => unit.level === 1).map((unit) => unit.code),
    ]);
    for (const code of coverage.codes)
      if (!known.has(code)) issues.push({ code: "unknownDeclaredProvince", provinceCode: code });
  }
  // A structure without districts on the date (July 2025 on): a district the list names must exist.
  if (existing.length > 0 && !existing.some((unit) => unit.level >= 3)) {
    for (const unit of list) {
      if (unit.level !== 3 || unit.parentCode === null || byCode.has(unit.parentCode)) continue;
      issues.push({
        code: "unknownParent",
        row: unit.row,
        column: unit.parentColumn!,
        unitCode: unit.parentCode,
        day: isoDay(validFrom),
      });
    }
  }
  // Row that each listed code continues as: an existing id, or null for a new row.
  const rowOf = new Map<string, number | null>();
  const opened: ListUnit[] = [];
  const changed: UnitChange[] = [];
  const unchanged = new Map<string, number>();

  for (const unit of [...list].sort((a, b) => a.level - b.level)) {
    const previous = byCode.get(unit.code);
    if (!previous) {
      opened.push(unit);
      rowOf.set(unit.code, null);
      continue;
    }
    const parentRow = unit.parentCode === null ? (country?.id ?? null) : (rowOf.get(unit.parentCode) ?? null);
    const moved = parentRow === null || parentRow !== previous.parentId || previous.level !== unit.level;
    const renamed = previous.name !== unit.name || previous.kind !== unit.kind;
    if (!moved && !renamed) {
      unchanged.set(unit.code, previous.id);
      rowOf.set(unit.code, previous.id);
      continue;
    }
    const inPlace = previous.validFrom.getTime() === validFrom.getTime();
    changed.push({ unit, previous, renamed, moved, inPlace });
    rowOf.set(unit.code, inPlace ? previous.id : null);
  }

  const gone = existing.filter((unit) => !listed.has(unit.code) && covered(unit));
  const removed = gone.filter((unit) => unit.validFrom.getTime() === validFrom.getTime());
  const closed = gone.filter((unit) => unit.validFrom.getTime() !== validFrom.getTime());

  const changes = opened.length + changed.length + closed.length + removed.length;
  if (changes > 0 && latest && latest > validFrom) issues.push({ code: "beforeLatestList", latest: isoDay(latest) });
  for (const unit of await unitsWithData(
    db,
    removed.map((unit) => unit.id),
  )) {
    issues.push({ code: "missingUnitHasData", unitCode: unit.code, unitName: unit.name });
  }
  if (issues.length > 0) return { ok: false, issues };

  const fingerprint = createHash("sha256")
    .update(
      JSON.stringify({
        validFrom: isoDay(validFrom),
        coverage,
        country: country?.id ?? null,
        opened: opened.map((unit) => [unit.code, unit.name, unit.kind, unit.level, unit.parentCode]),
        changed: changed.map(({ unit, previous }) => [
          unit.code,
          unit.name,
          unit.kind,
          unit.level,
          unit.parentCode,
          previous.id,
        ]),
        closed: closed.map((unit) => unit.id),
        removed: removed.map((unit) => unit.id),
        unchanged: [...unchanged.values()],
      }),
    )
    .digest("hex");
  return {
    ok: true,
    plan: {
      validFrom,
      coverage,
      countryId: country?.id ?? null,
      opened,
      changed,
      closed,
      removed,
      unchanged,
      fingerprint,
    },
  };
}

export function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** Units other than the country valid on `day`, with their parent's code. */
async function unitsValidOn(db: Reader, day: Date): Promise<ExistingUnit[]> {
  const units = await db.unit.findMany({
    where: { kind: { not: "COUNTRY" }, validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }] },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      level: true,
      parentId: true,
      validFrom: true,
      parent: { select: { code: true, kind: true } },
    },
    orderBy: { id: "asc" },
  });
  return units.map(({ parent, ...unit }) => ({
    ...unit,
    parentCode: parent && parent.kind !== "COUNTRY" ? parent.code : null,
  }));
}

/** The province code of each unit (its own for a province), from the tree valid on the date. */
function provinceCodes(units: readonly ExistingUnit[]): Map<number, string> {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const codes = new Map<number, string>();
  const provinceOf = (unit: ExistingUnit): string => {
    const known = codes.get(unit.id);
    if (known !== undefined) return known;
    const parent = unit.parentId === null ? undefined : byId.get(unit.parentId);
    const code = parent ? provinceOf(parent) : unit.code;
    codes.set(unit.id, code);
    return code;
  };
  for (const unit of units) provinceOf(unit);
  return codes;
}

/** The latest date on which any unit opened or closed. */
async function latestChange(db: Reader): Promise<Date | null> {
  const rows = await db.$queryRaw<{ latest: Date | null }[]>`
    SELECT GREATEST(MAX(valid_from), MAX(valid_to)) AS latest FROM unit WHERE kind <> 'COUNTRY'`;
  return rows[0]?.latest ?? null;
}

/** The given units that have figures, plans, users, successions or an official population attached. */
async function unitsWithData(db: Reader, ids: number[]): Promise<{ code: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db.$queryRaw<{ code: string; name: string }[]>`
    SELECT u.code, u.name FROM unit u
    WHERE u.id = ANY(${ids}::int[]) AND (
      EXISTS (SELECT 1 FROM unit_month_report r WHERE r.unit_id = u.id)
      OR EXISTS (SELECT 1 FROM enrollment_figure f WHERE f.unit_id = u.id)
      OR EXISTS (SELECT 1 FROM plan p WHERE p.scope_unit_id = u.id)
      OR EXISTS (SELECT 1 FROM plan_target t WHERE t.unit_id = u.id)
      OR EXISTS (SELECT 1 FROM app_user a WHERE a.scope_unit_id = u.id)
      OR EXISTS (SELECT 1 FROM unit_succession s WHERE s.predecessor_id = u.id OR s.successor_id = u.id)
      OR EXISTS (SELECT 1 FROM official_population o WHERE o.unit_id = u.id)
    )
    ORDER BY u.code`;
}
