"use server";
// Server actions of the report import: the preview (a read: it checks the file and writes nothing,
// so it runs outside the write wrapper but checks the session and the permission the same way) and
// the import (through authedAction: lib/reports/import/import-reports.ts).
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homeHref } from "@/lib/auth/home";
import { signInHref } from "@/lib/auth/redirect-target";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getI18n } from "@/lib/i18n/server";
import { type Month, monthToDate } from "@/lib/period";
import { can } from "@/lib/permissions/can";
import { type ImportPreviewState, describeImport } from "@/lib/reports/import/describe-import";
import { FILE_NAME_LENGTH, importReportsSpec } from "@/lib/reports/import/import-reports";
import { prepareImport } from "@/lib/reports/import/prepare-import";
import { coverageHref } from "@/lib/routes";
import { authedAction } from "./authed-action";
import { now } from "@/lib/clock";

export async function previewReportImport(_previous: ImportPreviewState, formData: FormData): Promise<ImportPreviewState> {
  const user = await getCurrentUser();
  if (!user) redirect(signInHref(null));
  const { locale, t } = await getI18n();
  if (!can(user, "report:import") || user.mustChangePassword) return { kind: "refused", message: t.actions.refused };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { kind: "refused", message: t.reports.import.chooseFile };
  try {
    const upload = { name: file.name.slice(0, FILE_NAME_LENGTH), bytes: new Uint8Array(await file.arrayBuffer()) };
    const prepared = await prepareImport(db, user, upload, now());
    const preview = describeImport(prepared, t, locale);
    return { ...preview, dashboardHref: dashboardAfterImport(user.scopeUnit, preview.lastMonth) };
  } catch (error) {
    console.error(`[action] report import preview failed for user ${user.id}`, error);
    return { kind: "refused", message: t.actions.failed };
  }
}

/** The user's own dashboard in the last month imported, when the user's unit exists in that month. */
function dashboardAfterImport(scopeUnit: SessionUser["scopeUnit"], month: Month | null): string {
  const day = month ? monthToDate(month) : null;
  const valid = day && scopeUnit.validFrom <= day && (!scopeUnit.validTo || scopeUnit.validTo > day);
  return valid ? coverageHref(scopeUnit.code, month!) : homeHref(scopeUnit);
}

export const importReports = authedAction(importReportsSpec);
