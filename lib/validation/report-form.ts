// The monthly report form as posted (entry page): which unit and month, the version the form was
// loaded with (optimistic concurrency; 0 for a report not created yet), one value per field
// (./report-values.ts reads them) and one reason per confirmed warning.
import { z } from "zod";

import { coded } from "./issue-code";
import { monthSchema } from "./period";
import type { RawReportInput, ReportField } from "./report-values";

export const MIN_REASON_LENGTH = 3;
export const MAX_REASON_LENGTH = 500;

const REASON_PREFIX = "reason:";

/** The form name of the reason confirming warning `code` on `field`, e.g. "reason:g1.insured:rateAbove100". */
export function reasonKey(field: string, code: string): string {
  return `${REASON_PREFIX}${field}:${code}`;
}

export const reportFormSchema = z
  .object({
    unitCode: z
      .string(coded("report.unitCodeMissing"))
      .trim()
      .min(1, coded("report.unitCodeMissing"))
      .max(20, coded("report.unitCodeInvalid")),
    month: monthSchema,
    version: z.coerce
      .number(coded("report.version"))
      .int(coded("report.version"))
      .min(0, coded("report.version"))
      .max(2_147_483_647, coded("report.version")),
  })
  .catchall(z.unknown());

export type ReportFormInput = z.infer<typeof reportFormSchema>;

/** The posted values of the given fields (anything else posted is ignored). */
export function postedValues(input: Record<string, unknown>, fields: readonly ReportField[]): RawReportInput {
  return Object.fromEntries(fields.map((field) => [field, input[field]]));
}

export type ReasonProblem = "reasonMissing" | "reasonTooLong";

/** A reason as typed: trimmed text of MIN_REASON_LENGTH to MAX_REASON_LENGTH characters, or the problem with it. */
export function readReason(raw: unknown): { ok: true; reason: string } | { ok: false; problem: ReasonProblem } {
  const reason = typeof raw === "string" ? raw.trim().replace(/\s+/g, " ") : "";
  if (reason.length < MIN_REASON_LENGTH) return { ok: false, problem: "reasonMissing" };
  if (reason.length > MAX_REASON_LENGTH) return { ok: false, problem: "reasonTooLong" };
  return { ok: true, reason };
}
