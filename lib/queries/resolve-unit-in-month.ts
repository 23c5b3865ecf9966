// The unit a request names, in a month, for one user: the one resolver every page, download and
// check that starts from a unit code (or a unit id) and a month goes through — the dashboard and its
// comparison view, review, plans, the downloads (chart, comparison, ranking, monthly report, plan,
// export workbook) and the import template.
//
// Three answers:
//   • "unit": the unit with that code valid in the month (in today's structure: valid today), in
//     the user's scope then;
//   • "notInMonth": no unit carries the code in that month, but the user may open a unit that
//     carried it in other months: those units, each with its months and the month to open it in;
//   • "notFound": anything else — no such unit anywhere, or a unit (in the month or in any other)
//     outside the user's scope. Callers answer 404, so the response never tells whether a unit the
//     user may not see exists.
// The scope of the unit found is judged in the same query that finds it; the other months of a code
// in one more query (lib/permissions/scope.ts, unitsInScope).
import "server-only";

import { Prisma, UnitKind } from "@prisma/client";
import { z } from "zod";

import { now } from "@/lib/clock";
import { currentStructureMonth, type StructureView } from "@/lib/dashboard/structure-view";
import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { monthToDate, type Month } from "@/lib/period";
import { hasUnrestrictedScope, scopeUnitsSql, unitsInScope, type ScopedUser } from "@/lib/permissions/scope";
import { firstMonthOf, lastMonthOf, nearestMonthOfLife, validOn } from "@/lib/units/unit-in-month";

const unitRow = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(UnitKind),
  level: z.number().int(),
  parentId: z.number().int().nullable(),
  validFrom: z.date(),
  validTo: z.date().nullable(),
});

/** A unit as resolved: what pages show of it and the dates of its life. */
export type ResolvedUnit = z.infer<typeof unitRow>;

const candidateRow = unitRow.extend({ inMonth: z.boolean(), inScope: z.boolean() });

/** A unit that carries the code in other months: its first and last month (null: still valid), and the month to open it in. */
export type UnitPeriod = { unit: ResolvedUnit; first: Month; last: Month | null; shown: Month };

export type UnitInMonth =
  | {
      kind: "unit";
      unit: ResolvedUnit;
      /** The month asked for. */
      month: Month;
      /** Today's month when viewing in today's structure; null for the structure of each month. */
      structureMonth: Month | null;
    }
  | {
      kind: "notInMonth";
      code: string;
      /** The month whose structure was searched (today's in today's structure). */
      month: Month;
      /** The units the user may open that carry the code in other months, newest first; never empty. */
      periods: UnitPeriod[];
    }
  | { kind: "notFound" };

/** How a request names a unit: by code (codes are reused, so only together with a month), or by id. */
export type UnitKey = { code: string } | { id: number };

export type UnitInMonthRequest = {
  unit: UnitKey;
  month: Month;
  /** The structure of the month itself (default), or today's structure. */
  view?: StructureView;
};

/**
 * The unit `request.unit` names in `request.month` for `user` (see the three answers above). In
 * today's structure (`view: "current"`) the unit is the one valid today and its scope is judged
 * today, whatever month is shown. By id, "notInMonth" means the unit did not exist in the month;
 * its one period then says whether the user may open it in the nearest month it existed.
 */
export async function resolveUnitInMonth(
  user: ScopedUser,
  { unit: key, month, view = "month" }: UnitInMonthRequest,
  { client = db, at = now() }: { client?: DbClient; at?: Date } = {},
): Promise<UnitInMonth> {
  if ("id" in key && (!Number.isSafeInteger(key.id) || key.id <= 0)) return { kind: "notFound" };
  const structureMonth = view === "current" ? currentStructureMonth(at) : null;
  const searched = structureMonth ?? month;
  const day = monthToDate(searched);
  const inScope = hasUnrestrictedScope(user)
    ? Prisma.sql`TRUE`
    : Prisma.sql`u.id IN (SELECT unit_id FROM (${scopeUnitsSql(user.scopeUnitId, searched)}) s)`;
  const rows = z.array(candidateRow).parse(
    await client.$queryRaw`
      SELECT u.id, u.code, u.name, u.kind::text AS kind, u.level, u.parent_id AS "parentId",
             u.valid_from AS "validFrom", u.valid_to AS "validTo",
             (${validOn("u", day)}) AS "inMonth",
             CASE WHEN ${validOn("u", day)} THEN ${inScope} ELSE FALSE END AS "inScope"
      FROM unit u
      WHERE ${"id" in key ? Prisma.sql`u.id = ${key.id}` : Prisma.sql`u.code = ${key.code}`}
      ORDER BY u.valid_from DESC, u.id DESC`,
  );

  const found = rows.find((row) => row.inMonth);
  if (found) {
    return found.inScope ? { kind: "unit", unit: unitRow.parse(found), month, structureMonth } : { kind: "notFound" };
  }

  // Not in this month: the units that carried the code in other months, each judged in the month
  // nearest to the one asked for in which it existed (its last month, or its first).
  const candidates = rows.map((row) => ({
    unit: unitRow.parse(row),
    first: firstMonthOf(row),
    last: lastMonthOf(row),
    shown: nearestMonthOfLife(row, searched),
  }));
  const allowed = await unitsInScope(
    user,
    candidates.map(({ unit, shown }) => ({ unitId: unit.id, month: shown })),
    client,
  );
  const periods = candidates.filter(({ unit, shown }) => allowed(unit.id, shown));
  if (periods.length === 0) return { kind: "notFound" };
  return { kind: "notInMonth", code: periods[0]!.unit.code, month: searched, periods };
}
