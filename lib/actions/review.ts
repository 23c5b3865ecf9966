"use server";

// Server actions of report review (rules in lib/reports/review-*.ts), all through authedAction.
import { approveMonthSpec, lockMonthSpec } from "@/lib/reports/review-month";
import { approveReportSpec, returnReportSpec, unlockReportSpec } from "@/lib/reports/review-report";

import { authedAction } from "./authed-action";

export const approveReport = authedAction(approveReportSpec);
export const returnReport = authedAction(returnReportSpec);
export const unlockReport = authedAction(unlockReportSpec);
export const approveMonth = authedAction(approveMonthSpec);
export const lockMonth = authedAction(lockMonthSpec);
