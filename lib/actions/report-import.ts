"use server";

// Server actions of the report import, through authedAction: the preview, which changes nothing
// (lib/reports/import/preview-import.ts), and the import (lib/reports/import/import-reports.ts).
import { importReportsSpec } from "@/lib/reports/import/import-reports";
import { previewReportImportSpec } from "@/lib/reports/import/preview-import";

import { authedAction } from "./authed-action";

export const previewReportImport = authedAction(previewReportImportSpec);
export const importReports = authedAction(importReportsSpec);
