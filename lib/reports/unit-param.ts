// `?unit=` of the export (page and download), the import page and the import template: the unit's
// code, as on every other route. Codes are reused across the July 2025 reorganisation (Bắc Giang
// "24" before, Bắc Ninh "24" after), so a code is read together with the month the request is about
// — the template's and the import page's month, the export's last month — through the one resolver
// (findUnitInScope → lib/queries/resolve-unit-in-month.ts, scope-checked). Without `?unit=`: the
// user's own unit.
//
// Old links carried the unit's id. Ids and codes are both digits, so the code is tried first; a value
// that names no unit the user may see by code, but is the id of one, is answered with "moved" to
// that unit's code (callers redirect) — only when that code, in the same month, leads back to the
// same unit: an ended unit whose code another unit now carries cannot be named by code in that
// month, and is not found.
import "server-only";

import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import type { Month } from "@/lib/period";
import type { ScopedUser } from "@/lib/permissions/scope";
import { findUnitInScope, type ExportUnit } from "@/lib/reports/export/prepare-export";

import { readUnitParamValue } from "./unit-param-value";

export type UnitParam = { kind: "unit"; unit: ExportUnit } | { kind: "moved"; code: string } | { kind: "notFound" };

const NOT_FOUND: UnitParam = { kind: "notFound" };

/** The unit `value` (`?unit=`, null or undefined when absent) names in `month` for `user`. */
export async function resolveUnitParam(
  user: ScopedUser,
  value: string | null | undefined,
  month: Month,
  client: DbClient = db,
): Promise<UnitParam> {
  if (value === null || value === undefined) {
    const own = await findUnitInScope(user, { id: user.scopeUnitId }, month, client);
    return own ? { kind: "unit", unit: own } : NOT_FOUND;
  }
  // A code with its month (an ended unit in a picker, ./unit-param-value.ts) is read in that month.
  const named = readUnitParamValue(value);
  const byCode = await findUnitInScope(user, { code: named.code }, named.month ?? month, client);
  if (byCode) return { kind: "unit", unit: byCode };
  if (!/^\d{1,15}$/.test(value)) return NOT_FOUND;
  const byId = await findUnitInScope(user, { id: Number(value) }, month, client);
  if (!byId) return NOT_FOUND;
  const again = await findUnitInScope(user, { code: byId.code }, month, client);
  return again?.id === byId.id ? { kind: "moved", code: byId.code } : NOT_FOUND;
}
