// Zod schemas for reviewing reports: which report (and the version the reviewer saw), the comment
// or reason sent to the commune, lists of reports for the month-wide actions, and the month-wide
// form itself. Messages are issue codes (./issue-code.ts).
import { z } from "zod";

import { coded, type ValidationCode } from "./issue-code";
import { monthSchema } from "./period";

export const reportIdSchema = z.coerce
  .number(coded("review.report"))
  .int(coded("review.report"))
  .positive(coded("review.report"));

/** The version of the report the reviewer was looking at (optimistic concurrency). */
export const versionSchema = z.coerce
  .number(coded("review.version"))
  .int(coded("review.version"))
  .positive(coded("review.version"));

/** Text sent back to the commune: required, because the commune must know what to correct. */
export function messageToCommuneSchema(missing: ValidationCode) {
  return z.string(coded(missing)).trim().min(1, coded(missing)).max(2000, coded("review.messageTooLong"));
}

/** "id:version" pairs, as the month-wide forms send them (one hidden input per report). */
const reportVersionSchema = z
  .string()
  .regex(/^\d{1,9}:\d{1,9}$/, coded("review.reportList"))
  .transform((value) => {
    const [id, version] = value.split(":").map(Number) as [number, number];
    return { id, version };
  });

/** One or more "id:version" pairs (a form sends a single value as a string). */
export const reportVersionsSchema = z.preprocess(
  (value) => (typeof value === "string" ? [value] : value),
  z
    .array(reportVersionSchema, coded("review.reportList"))
    .min(1, coded("review.noReports"))
    .max(5000, coded("review.tooManyReports")),
);

/** The month-wide review forms (approve every report awaiting review, lock the month). */
export const monthActionSchema = z.object({
  unitId: z.coerce.number(coded("common.unit")).int(coded("common.unit")).positive(coded("common.unit")),
  month: monthSchema,
  reports: reportVersionsSchema,
  /** Why the month is locked although some communes are not approved (required then). */
  lockReason: z.string().trim().max(1_000, coded("review.lockReasonTooLong")).optional(),
});

/** Approving one report, at the version the reviewer looked at. */
export const approveReportSchema = z.object({ reportId: reportIdSchema, version: versionSchema });

/** Returning one report to its commune, saying what to correct. */
export const returnReportSchema = z.object({
  reportId: reportIdSchema,
  version: versionSchema,
  comment: messageToCommuneSchema("review.commentMissing"),
});

/** Unlocking one report, with the reason the commune is told (as the decision's comment). */
export const unlockReportSchema = z
  .object({
    reportId: reportIdSchema,
    version: versionSchema,
    reason: messageToCommuneSchema("review.unlockReasonMissing"),
  })
  .transform(({ reason, ...rest }) => ({ ...rest, comment: reason }));
