// Tells a commune what became of its report: returned (with the comment), approved, or unlocked
// for correction (with the reason). Called by the review actions inside their transaction, so the
// message exists exactly when the decision does (lib/reports/review-report.ts, review-month.ts).
import type { Prisma } from "@prisma/client";

import type { Month } from "@/lib/period";

import { reviewDecisionKey } from "./notice-keys";
import { writeNotices } from "./write-notices";

export type ReviewDecision = "approve" | "return" | "unlock";

const KINDS = { approve: "REPORT_APPROVED", return: "REPORT_RETURNED", unlock: "REPORT_UNLOCKED" } as const;

export type DecidedReport = {
  unitId: number;
  month: Month;
  /** The version the decision produced. */ version: number;
  comment: string | null;
};

export async function notifyReviewDecision(
  tx: Prisma.TransactionClient,
  decision: ReviewDecision,
  reports: readonly DecidedReport[],
  reviewer: { id: string },
  at: Date,
): Promise<void> {
  if (reports.length === 0) return;
  const kind = KINDS[decision];
  const { name } = await tx.user.findUniqueOrThrow({ where: { id: reviewer.id }, select: { name: true } });
  await writeNotices(
    tx,
    reports.map((report) => ({
      kind,
      unitId: report.unitId,
      month: report.month,
      dedupeKey: reviewDecisionKey(kind, report.unitId, report.month, report.version),
      data: { sender: name, ...(report.comment ? { comment: report.comment } : {}) },
      senderId: reviewer.id,
    })),
    at,
  );
}
