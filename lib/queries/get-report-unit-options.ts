// The units offered in the export and template forms: the units the user may see (each judged in
// its reference month: lib/permissions/scope.ts), the current structure first, each unit under its
// parent. Users whose scope is the whole country get provinces and districts only (thousands of
// communes would make the list unusable); a commune reached from its dashboard is still accepted.
import "server-only";

import { Prisma } from "@prisma/client";
import { z } from "zod";

import { db } from "@/lib/db";
import { manageableUnitsSql, type ScopedUser } from "@/lib/permissions/scope";
import { unitParamValue } from "@/lib/reports/unit-param-value";

export type ReportUnitOption = {
  id: number;
  code: string;
  name: string;
  depth: number;
  ended: boolean;
  /** What the form posts as `?unit=` (lib/reports/unit-param-value.ts): one value per unit. */
  value: string;
};

const COMMUNE_KINDS = ["COMMUNE", "WARD", "TOWNSHIP", "SPECIAL_ZONE"];

const unitRow = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  parent_id: z.number().nullable(),
  valid_to: z.date().nullable(),
});

export async function getReportUnitOptions(
  user: ScopedUser & { scopeUnit: { kind: string } },
): Promise<ReportUnitOption[]> {
  const manageable = await manageableUnitsSql(user);
  const inScope = manageable ? Prisma.sql`AND x.id IN (SELECT unit_id FROM (${manageable}) m)` : Prisma.empty;
  const withoutCommunes =
    user.scopeUnit.kind === "COUNTRY"
      ? Prisma.sql`AND x.kind::text NOT IN (${Prisma.join(COMMUNE_KINDS)})`
      : Prisma.empty;
  const units = z
    .array(unitRow)
    .parse(
      await db.$queryRaw(
        Prisma.sql`SELECT x.id, x.code, x.name, x.parent_id, x.valid_to FROM unit x WHERE TRUE ${inScope} ${withoutCommunes}`,
      ),
    );
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<number | null, typeof units>();
  for (const unit of units) {
    const parent = unit.parent_id !== null && ids.has(unit.parent_id) ? unit.parent_id : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const options: ReportUnitOption[] = [];
  const visit = (parent: number | null, depth: number) => {
    const level = [...(children.get(parent) ?? [])].sort(
      (a, b) =>
        Number(a.valid_to !== null) - Number(b.valid_to !== null) ||
        a.name.localeCompare(b.name, "vi") ||
        a.code.localeCompare(b.code),
    );
    for (const unit of level) {
      options.push({
        id: unit.id,
        code: unit.code,
        name: unit.name,
        depth,
        ended: unit.valid_to !== null,
        value: unitParamValue({ code: unit.code, validTo: unit.valid_to }),
      });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return options;
}

/** A unit the list leaves out (a commune reached from its dashboard, for a national user), first in it. */
export function withUnitListed(
  options: ReportUnitOption[],
  unit: { id: number; code: string; name: string; validTo: Date | null },
): ReportUnitOption[] {
  if (options.some((option) => option.id === unit.id)) return options;
  const ended = unit.validTo !== null;
  return [{ id: unit.id, code: unit.code, name: unit.name, depth: 0, ended, value: unitParamValue(unit) }, ...options];
}
