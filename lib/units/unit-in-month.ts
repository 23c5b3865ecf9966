// The administrative unit as it exists in a given month: one home for the questions every feature
// asks of a unit's life (valid from its first day to the day before `validTo`, which is the first day
// of a month) — pure helpers on its dates, and the SQL fragments that ask the same of the `unit`
// table. A month exists for a unit when its first day is inside the unit's life; a base unit of a
// month is a unit with no child valid in that month (no depth is assumed: the same rule serves the
// three-level structure before July 2025 and the two-level one after it).
import { Prisma } from "@prisma/client";

import { addMonths, dateToMonth, monthToDate, type Month } from "@/lib/period";

export type UnitLife = { validFrom: Date; validTo: Date | null };

/** The first month a unit existed. */
export function firstMonthOf(unit: Pick<UnitLife, "validFrom">): Month {
  return dateToMonth(unit.validFrom);
}

/** The last month a unit existed; null while it still exists. */
export function lastMonthOf(unit: Pick<UnitLife, "validTo">): Month | null {
  return unit.validTo ? addMonths(dateToMonth(unit.validTo), -1) : null;
}

/** Whether the unit exists in `month`. */
export function existsInMonth(unit: UnitLife, month: Month): boolean {
  const day = monthToDate(month);
  return unit.validFrom <= day && (unit.validTo === null || unit.validTo > day);
}

/** `month` if the unit existed then; otherwise the nearest month it existed (its first or its last). */
export function nearestMonthOfLife(unit: UnitLife, month: Month): Month {
  const last = lastMonthOf(unit);
  if (last !== null && last < month) return last;
  const first = firstMonthOf(unit);
  return first > month ? first : month;
}

/** SQL: the unit `alias` is part of the structure valid on `day` (a Date at UTC midnight). */
export function validOn(alias: string, day: Date): Prisma.Sql {
  const a = Prisma.raw(alias);
  return Prisma.sql`${a}.valid_from <= ${day}::date AND (${a}.valid_to IS NULL OR ${a}.valid_to > ${day}::date)`;
}

/** SQL: the unit whose id is in `idColumn` has no child valid on `day` — it is a base unit then. */
export function hasNoChildOn(idColumn: string, day: Date): Prisma.Sql {
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM unit k WHERE k.parent_id = ${Prisma.raw(idColumn)} AND ${validOn("k", day)})`;
}

/** SQL: the unit whose id is in `idColumn` never had a child — a base unit in every month it existed. */
export function neverHadChild(idColumn: string): Prisma.Sql {
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM unit k WHERE k.parent_id = ${Prisma.raw(idColumn)})`;
}

/**
 * SQL: the base units of a subtree on `day`, as rows of `unit_id`: the units below `unitId` (or the
 * unit itself) valid on `day` with no child valid on `day`.
 */
export function baseUnitsOf(unitId: number, day: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT c.descendant_id AS unit_id
    FROM unit_closure c
    JOIN unit u ON u.id = c.descendant_id
    WHERE c.ancestor_id = ${unitId} AND ${validOn("u", day)} AND ${hasNoChildOn("u.id", day)}`;
}
