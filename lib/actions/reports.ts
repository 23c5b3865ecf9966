"use server";

// Server actions of monthly report entry (rules in lib/reports/save-report.ts), through authedAction.
import { saveReportSpec, submitReportSpec } from "@/lib/reports/save-report";

import { authedAction } from "./authed-action";

export const saveReport = authedAction(saveReportSpec);
export const submitReport = authedAction(submitReportSpec);
