// What importing an official population table would change. A row's code names the unit valid at
// some time in its year; when a code was reused within the year (a reorganisation), the unit valid
// at the year's end is meant. Each (unit, year) is then new, changed or unchanged against the
// stored figure; the fingerprint covers the rows and the stored figures they replace, so a
// confirmation is refused when either changed since the preview.
import { createHash } from "node:crypto";

import type { Prisma } from "@prisma/client";

import type { ImportIssue } from "@/lib/units/import-issues";

import type { PopulationRow } from "./parse-population-table";

export type PopulationChange = {
  unitId: number;
  unitCode: string;
  unitName: string;
  year: number;
  /** The stored figure, null for a new one. */
  before: { id: number; population: number; version: number } | null;
  population: number;
};

export type PopulationPlan = {
  create: PopulationChange[];
  update: PopulationChange[];
  unchanged: number;
  fingerprint: string;
};

export type PopulationPlanResult = { ok: true; plan: PopulationPlan } | { ok: false; issues: ImportIssue[] };

type Reader = Pick<Prisma.TransactionClient, "unit" | "officialPopulation">;

const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1));

export async function planPopulationImport(db: Reader, rows: readonly PopulationRow[]): Promise<PopulationPlanResult> {
  const units = await db.unit.findMany({
    where: { code: { in: [...new Set(rows.map((row) => row.code))] } },
    select: { id: true, code: true, name: true, validFrom: true, validTo: true },
    orderBy: { validFrom: "desc" },
  });
  // Valid at some time in the year: from before its end, to after its start; the latest first.
  const unitIn = (code: string, year: number) =>
    units.find(
      (unit) =>
        unit.code === code &&
        unit.validFrom < yearStart(year + 1) &&
        (unit.validTo === null || unit.validTo > yearStart(year)),
    );

  const issues: ImportIssue[] = [];
  const found: { row: PopulationRow; unit: { id: number; code: string; name: string } }[] = [];
  for (const row of rows) {
    const unit = unitIn(row.code, row.year);
    if (unit) found.push({ row, unit });
    else
      issues.push({
        code: "unknownUnitInYear",
        row: row.row,
        column: row.codeColumn,
        unitCode: row.code,
        year: row.year,
      });
  }
  if (issues.length > 0) return { ok: false, issues };

  const stored = await db.officialPopulation.findMany({
    where: {
      unitId: { in: [...new Set(found.map(({ unit }) => unit.id))] },
      year: { in: [...new Set(found.map(({ row }) => row.year))] },
    },
    select: { id: true, unitId: true, year: true, population: true, version: true },
  });
  const storedOf = new Map(stored.map((figure) => [`${figure.unitId}/${figure.year}`, figure]));
  const create: PopulationChange[] = [];
  const update: PopulationChange[] = [];
  let unchanged = 0;
  for (const { row, unit } of found) {
    const before = storedOf.get(`${unit.id}/${row.year}`) ?? null;
    const change = {
      unitId: unit.id,
      unitCode: unit.code,
      unitName: unit.name,
      year: row.year,
      population: row.population,
    };
    if (before === null) create.push({ ...change, before: null });
    else if (before.population !== row.population)
      update.push({ ...change, before: { id: before.id, population: before.population, version: before.version } });
    else unchanged += 1;
  }
  const fingerprint = createHash("sha256")
    .update(
      JSON.stringify(
        found.map(({ row, unit }) => [
          unit.id,
          row.year,
          row.population,
          storedOf.get(`${unit.id}/${row.year}`)?.version ?? 0,
        ]),
      ),
    )
    .digest("hex");
  return { ok: true, plan: { create, update, unchanged, fingerprint } };
}
