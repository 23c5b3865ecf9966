// The preview of a report import: the file read and checked against the database exactly as the
// import will check it again (./prepare-import.ts), answered with what the import would write and
// every error. An action like any other (session, permission, one transaction), which changes
// nothing: `audit: null`, so its transaction is rolled back.
import { z } from "zod";

import { defineAction } from "@/lib/actions/authed-action";
import { homeHref } from "@/lib/auth/home";
import { now } from "@/lib/clock";
import { monthToDate, type Month } from "@/lib/period";
import { coverageHref } from "@/lib/routes";
import { reportPreviewSchema } from "@/lib/validation/upload";

import { describeImport, type ImportPreview } from "./describe-import";
import { FILE_NAME_LENGTH, REPORT_IMPORT_TRANSACTION } from "./import-reports";
import { prepareImport } from "./prepare-import";

type ScopeUnit = { code: string; validFrom: Date; validTo: Date | null };

/** The user's own dashboard in the last month imported, when the user's unit exists in that month. */
function dashboardAfterImport(scopeUnit: ScopeUnit, month: Month | null): string {
  const day = month ? monthToDate(month) : null;
  const valid = day && scopeUnit.validFrom <= day && (!scopeUnit.validTo || scopeUnit.validTo > day);
  return valid ? coverageHref(scopeUnit.code, month!) : homeHref(scopeUnit);
}

export const previewReportImportSpec = defineAction<z.infer<typeof reportPreviewSchema>, ImportPreview>(
  "report.import_preview",
  reportPreviewSchema,
  "report:import",
  async ({ file }, { user, tx, t }) => {
    const upload = { name: file.name.slice(0, FILE_NAME_LENGTH), bytes: new Uint8Array(await file.arrayBuffer()) };
    const prepared = await prepareImport(tx, user, upload, now());
    const preview = describeImport(prepared, t, t.locale);
    const scopeUnit = await tx.unit.findUniqueOrThrow({
      where: { id: user.scopeUnitId },
      select: { code: true, validFrom: true, validTo: true },
    });
    return { audit: null, data: { ...preview, dashboardHref: dashboardAfterImport(scopeUnit, preview.lastMonth) } };
  },
  { transaction: REPORT_IMPORT_TRANSACTION },
);
