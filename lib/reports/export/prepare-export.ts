// What an export request asks for, checked on the server for the export page and again for the
// download: a unit in the user's scope (by its code read in the range's last month, as `?unit=`
// names it — codes are reused across reorganisations — or by id) and a range of months up to the
// current one, within the size limits.
import "server-only";

import { currentMonth } from "@/lib/clock";
import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { isMonth, monthRange, type Month } from "@/lib/period";
import type { ScopedUser } from "@/lib/permissions/scope";
import { countReportRows } from "@/lib/queries/get-report-rows";
import { resolveUnitInMonth, type UnitKey } from "@/lib/queries/resolve-unit-in-month";

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
 * The unit `key` names in `month`, if the user may see it; when no unit carries it in `month` (an
 * ended unit, or one not yet created), the newest unit that carried it in another month that the
 * user may see in the nearest month it existed (the resolver's "notInMonth" answer,
 * lib/queries/resolve-unit-in-month.ts); null otherwise: unknown and out-of-scope units look the same.
 */
export async function findUnitInScope(
  user: ScopedUser,
  key: UnitKey,
  month: Month,
  client: DbClient = db,
): Promise<ExportUnit | null> {
  const found = await resolveUnitInMonth(user, { unit: key, month }, { client });
  const unit = found.kind === "unit" ? found.unit : found.kind === "notInMonth" ? found.periods[0]!.unit : null;
  return unit && { id: unit.id, code: unit.code, name: unit.name, validFrom: unit.validFrom, validTo: unit.validTo };
}

export async function prepareExport(
  user: ScopedUser,
  /** `unit` is read in the range's last month, `to`. */
  request: { unit: UnitKey; from: string; to: string },
  now: Date,
  client: DbClient = db,
): Promise<PreparedExport> {
  if (!isMonth(request.from) || !isMonth(request.to)) return { kind: "notFound" };
  const { from, to } = request;
  const unit = await findUnitInScope(user, request.unit, to, client);
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
