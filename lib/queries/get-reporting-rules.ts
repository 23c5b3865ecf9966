// The reporting rules (who approves, by when reports are due), oldest first, read once per request
// by the review page, the dashboard's completeness widget and the rules' admin page.
import "server-only";

import { cache } from "react";

import { db } from "@/lib/db";

import { readReportingRules } from "./read-reporting-rules";

export const getReportingRules = cache(() => readReportingRules(db));
