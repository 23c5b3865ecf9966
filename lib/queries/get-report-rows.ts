// The monthly reports of the base units of a unit's territory, one row per base unit and month
// (values null where the unit has not reported), for exports and import templates. The territory of
// a unit in a month follows the scope rule (lib/permissions/scope.ts): its descendants when it is
// valid in that month, else the units linked to it by succession — so a new province's export of
// 2025 lists the old communes that formed it until June and its own communes from July. Only units
// in the user's scope are listed.
import "server-only";

import { Prisma, ReportStatus } from "@prisma/client";
import { z } from "zod";

import { figuresInGroupsOf, type GroupLineage } from "@/lib/coverage/group-succession";
import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import type { StoredGroupNames } from "@/lib/i18n/reference-texts";
import { addMonths, dateToMonth, monthToDate, type Month } from "@/lib/period";
import { hasUnrestrictedScope, scopeUnitsSql, type ScopedUser } from "@/lib/permissions/scope";
import { hasNoChildOn } from "@/lib/units/unit-in-month";
import type { GroupFigures, ReportValues } from "@/lib/validation/report-values";

export type ReportRow = {
  unitId: number;
  code: string;
  name: string;
  month: Month;
  status: ReportStatus | null;
  values: ReportValues | null;
};

const unitRow = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  population: z.number().nullable(),
  voluntary_social_insured: z.number().nullable(),
  voluntary_social_assigned: z.number().nullable(),
  status: z.enum(ReportStatus).nullable(),
});

const figureRow = z.object({
  unit_id: z.number(),
  group_id: z.number(),
  code: z.string(),
  insured: z.number(),
  eligible: z.number(),
  newly_enrolled: z.number(),
  renewed: z.number(),
});

/** Base units of the territory of `territoryUnitId` in `month` that are in the user's scope. */
function baseUnitsSql(user: ScopedUser, territoryUnitId: number, month: Month): Prisma.Sql {
  const day = monthToDate(month);
  const inUserScope = hasUnrestrictedScope(user)
    ? Prisma.empty
    : Prisma.sql`AND u.id IN (SELECT unit_id FROM (${scopeUnitsSql(user.scopeUnitId, month)}) s)`;
  return Prisma.sql`
    SELECT u.id, u.code, u.name FROM unit u
    WHERE u.id IN (SELECT unit_id FROM (${scopeUnitsSql(territoryUnitId, month)}) t) ${inUserScope}
      AND ${hasNoChildOn("u.id", day)}`;
}

/**
 * One row per base unit and month. With `inGroupsOf` (the groups of one month's set), the group figures
 * of a month of another set are keyed by those groups' codes through their mapping
 * (lib/coverage/group-succession.ts): last month's figures beside a template of a new set's month.
 */
export async function getReportRows(
  user: ScopedUser,
  territoryUnitId: number,
  months: readonly Month[],
  client: DbClient = db,
  inGroupsOf?: readonly GroupLineage[],
): Promise<ReportRow[]> {
  const rows: ReportRow[] = [];
  for (const month of months) {
    const day = monthToDate(month);
    const units = z.array(unitRow).parse(
      await client.$queryRaw(Prisma.sql`
        SELECT b.id, b.code, b.name, r.population, r.voluntary_social_insured, r.voluntary_social_assigned, r.status::text AS status
        FROM (${baseUnitsSql(user, territoryUnitId, month)}) b
        LEFT JOIN unit_month_report r ON r.unit_id = b.id AND r.period = ${day}::date
        ORDER BY b.code, b.id`),
    );
    const figures = z.array(figureRow).parse(
      await client.$queryRaw(Prisma.sql`
        SELECT f.unit_id, f.group_id, g.code, f.insured, f.eligible, f.newly_enrolled, f.renewed
        FROM enrollment_figure f JOIN participant_group g ON g.id = f.group_id
        WHERE f.period = ${day}::date AND f.unit_id = ANY(${units.map((unit) => unit.id)}::int[])`),
    );
    const byId = new Map<number, Map<number, GroupFigures>>();
    const byCode = new Map<number, Record<string, GroupFigures>>();
    for (const figure of figures) {
      const values = {
        insured: figure.insured,
        eligible: figure.eligible,
        newlyEnrolled: figure.newly_enrolled,
        renewed: figure.renewed,
      };
      byId.set(figure.unit_id, (byId.get(figure.unit_id) ?? new Map()).set(figure.group_id, values));
      byCode.set(figure.unit_id, { ...byCode.get(figure.unit_id), [figure.code]: values });
    }
    const groupsOf = (unitId: number): Record<string, GroupFigures> =>
      inGroupsOf ? figuresInGroupsOf(byId.get(unitId) ?? new Map(), inGroupsOf) : (byCode.get(unitId) ?? {});
    for (const unit of units) {
      rows.push({
        unitId: unit.id,
        code: unit.code,
        name: unit.name,
        month,
        status: unit.status,
        values:
          unit.population === null
            ? null
            : {
                population: unit.population,
                voluntarySocialInsured: unit.voluntary_social_insured,
                voluntarySocialAssigned: unit.voluntary_social_assigned,
                groups: groupsOf(unit.id),
              },
      });
    }
  }
  return rows;
}

/** How many rows getReportRows would return, and how many base units they cover. */
export async function countReportRows(
  user: ScopedUser,
  territoryUnitId: number,
  months: readonly Month[],
  client: DbClient = db,
): Promise<{ rows: number; baseUnits: number }> {
  const ids = new Set<number>();
  let rows = 0;
  for (const month of months) {
    const units = await client.$queryRaw<{ id: number }[]>(
      Prisma.sql`SELECT b.id FROM (${baseUnitsSql(user, territoryUnitId, month)}) b`,
    );
    rows += units.length;
    for (const unit of units) ids.add(unit.id);
  }
  return { rows, baseUnits: ids.size };
}

/** A group set by the months it applies to (`to`: its last month, null while open-ended). */
export type GroupSetMonths = { code: string; from: Month; to: Month | null };

export type GroupInForce = StoredGroupNames & { code: string; set: GroupSetMonths };

/**
 * The participant groups of the group sets in force in any of the months, set after set (by start)
 * and in each set by ordinal, with their set and their names in both languages
 * (lib/i18n/reference-texts.ts chooses). Two sets may use the same code for different groups.
 */
export async function getGroupsInForce(months: readonly Month[], client: DbClient = db): Promise<GroupInForce[]> {
  if (months.length === 0) return [];
  const first = monthToDate(months[0]!);
  const last = monthToDate(months[months.length - 1]!);
  const sets = await client.groupSet.findMany({
    where: { validFrom: { lte: last }, OR: [{ validTo: null }, { validTo: { gt: first } }] },
    orderBy: { validFrom: "asc" },
    select: {
      code: true,
      validFrom: true,
      validTo: true,
      groups: {
        select: { code: true, name: true, shortName: true, nameEn: true, shortNameEn: true },
        orderBy: { ordinal: "asc" },
      },
    },
  });
  return sets.flatMap(({ groups, ...set }) => {
    // A set applies in a month when it has started by its first day and not ended by then.
    const months = {
      code: set.code,
      from: dateToMonth(set.validFrom),
      to: set.validTo && lastMonthBefore(set.validTo),
    };
    return groups.map((group) => ({ ...group, set: months }));
  });
}

/** The last month whose first day is before `day`. */
function lastMonthBefore(day: Date): Month {
  return addMonths(dateToMonth(day), day.getUTCDate() === 1 ? -1 : 0);
}
