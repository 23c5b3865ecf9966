"use server";

// Server actions of the reporting rules' admin page (lib/reports/manage-reporting-rules.ts).
import {
  createReportingRuleSpec,
  deleteReportingRuleSpec,
  updateReportingRuleSpec,
} from "@/lib/reports/manage-reporting-rules";

import { authedAction } from "./authed-action";

export const createReportingRule = authedAction(createReportingRuleSpec);
export const updateReportingRule = authedAction(updateReportingRuleSpec);
export const deleteReportingRule = authedAction(deleteReportingRuleSpec);
