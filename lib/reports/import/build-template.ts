// The import template: the base units of a unit in the user's scope that are valid in the chosen
// month, with the figures already reported for that month (so that a template can also correct
// them: unchanged rows are skipped at import), the previous month's figures on a second sheet for
// reference, and the instructions. Rows without a report are left blank to be filled in — copying
// last month's figures into them would let a forgotten row pass as a report.
import "server-only";

import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { addMonths, type Month } from "@/lib/period";
import type { ScopedUser } from "@/lib/permissions/scope";
import { getGroupsInForce, getReportRows } from "@/lib/queries/get-report-rows";

import type { ExportUnit } from "../export/prepare-export";
import { buildReportWorkbook } from "../file/report-workbook";

export const REFERENCE_SHEET_NAME = "Tháng trước";

export async function buildImportTemplate(
  user: ScopedUser,
  unit: ExportUnit,
  month: Month,
  client: DbClient = db,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const [rows, previous, groups] = await Promise.all([
    getReportRows(user, unit.id, [month], client),
    getReportRows(user, unit.id, [addMonths(month, -1)], client),
    getGroupsInForce([month], client),
  ]);
  const bytes = await buildReportWorkbook({
    groups,
    rows,
    reference: { sheetName: REFERENCE_SHEET_NAME, rows: previous },
    instructions: true,
  });
  return { fileName: `mau-nhap-bhyt-${unit.code}-${month}.xlsx`, bytes };
}
