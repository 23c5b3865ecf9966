// The import template: the base units of a unit in the user's scope that are valid in the chosen
// month, with the figures already reported for that month (so that a template can also correct
// them: unchanged rows are skipped at import), the previous month's figures on a second sheet for
// reference (in this month's groups, lib/coverage/group-succession.ts), and the instructions. Rows without a report are left blank to be filled in — copying
// last month's figures into them would let a forgotten row pass as a report.
import "server-only";

import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { groupNames } from "@/lib/i18n/reference-texts";
import { addMonths, type Month } from "@/lib/period";
import type { ScopedUser } from "@/lib/permissions/scope";
import { getParticipantGroups } from "@/lib/queries/get-participant-groups";
import { getGroupsInForce, getReportRows } from "@/lib/queries/get-report-rows";

import type { ExportUnit } from "../export/prepare-export";
import { buildReportWorkbook } from "../file/report-workbook";

export async function buildImportTemplate(
  user: ScopedUser,
  unit: ExportUnit,
  month: Month,
  locale: Locale,
  client: DbClient = db,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const [rows, lineage, groups] = await Promise.all([
    getReportRows(user, unit.id, [month], client),
    getParticipantGroups(month, client),
    getGroupsInForce([month], client),
  ]);
  // Last month in this month's groups: across a change of set, through the groups' mapping.
  const previous = await getReportRows(user, unit.id, [addMonths(month, -1)], client, lineage);
  const bytes = await buildReportWorkbook({
    locale,
    groups: groups.map((group) => ({ code: group.code, name: groupNames(group, locale).name, set: group.set })),
    rows,
    lastMonth: previous,
    instructions: true,
  });
  return { fileName: `${MESSAGES[locale].reportWorkbook.fileNames.template}-${unit.code}-${month}.xlsx`, bytes };
}
