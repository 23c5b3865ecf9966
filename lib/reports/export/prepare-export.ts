// What an export request asks for, checked on the server for the export page and again for the
// download: a unit in the user's scope (by id: codes are reused across reorganisations) and a range
// of months up to the current one, within the size limits.
import "server-only";

import { currentMonth } from "@/lib/clock";
import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { isMonth, monthRange, type Month } from "@/lib/period";
import type { ScopedUser } from "@/lib/permissions/scope";
import { countReportRows } from "@/lib/queries/get-report-rows";
import { resolveUnitInMonth } from "@/lib/queries/resolve-unit-in-month";

export const MAX_EXPORT_MONTHS = 60;
export const MAX_EXPORT_ROWS = 100_000;

export type ExportUnit = { id: number; code: string; name: string; validFrom: Date; validTo: Date | null };

export type ExportProblem =
  | { code: "badRange" }
  | { code: "futureMonth"; month: Month }
  | { code: "tooManyMonths"; max: number }
  | { code: "tooManyRows"; rows: number; max: number }
  | { code: "noRows" };

export type PreparedExport =
  | { kind: "notFound" }
  | { kind: "invalid"; unit: ExportUnit; from: Month; to: Month; problem: ExportProblem }
  | { kind: "ready"; unit: ExportUnit; from: Month; to: Month; months: Month[]; rows: number; baseUnits: number };

/**
 * A unit the user may see in `month`, or, when it did not exist then, in the nearest month it
 * existed (lib/queries/resolve-unit-in-month.ts); null otherwise: unknown and out-of-scope units
 * look the same.
 */
export async function findUnitInScope(
  user: ScopedUser,
  unitId: number,
  month: Month,
  client: DbClient = db,
): Promise<ExportUnit | null> {
  const found = await resolveUnitInMonth(user, { unit: { id: unitId }, month }, { client });
  const unit = found.kind === "unit" ? found.unit : found.kind === "notInMonth" ? found.periods[0]!.unit : null;
  return unit && { id: unit.id, code: unit.code, name: unit.name, validFrom: unit.validFrom, validTo: unit.validTo };
}

export async function prepareExport(
  user: ScopedUser,
  request: { unitId: number; from: string; to: string },
  now: Date,
  client: DbClient = db,
): Promise<PreparedExport> {
  if (!isMonth(request.from) || !isMonth(request.to)) return { kind: "notFound" };
  const { from, to } = request;
  const unit = await findUnitInScope(user, request.unitId, to, client);
  if (!unit) return { kind: "notFound" };
  const invalid = (problem: ExportProblem): PreparedExport => ({ kind: "invalid", unit, from, to, problem });
  const current = currentMonth(now);
  if (from > to) return invalid({ code: "badRange" });
  if (to > current) return invalid({ code: "futureMonth", month: current });
  const months = monthRange(from, to);
  if (months.length > MAX_EXPORT_MONTHS) return invalid({ code: "tooManyMonths", max: MAX_EXPORT_MONTHS });
  const { rows, baseUnits } = await countReportRows(user, unit.id, months, client);
  if (rows === 0) return invalid({ code: "noRows" });
  if (rows > MAX_EXPORT_ROWS) return invalid({ code: "tooManyRows", rows, max: MAX_EXPORT_ROWS });
  return { kind: "ready", unit, from, to, months, rows, baseUnits };
}
