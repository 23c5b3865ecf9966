// Where each demo report stands in the review workflow, so that the review page and the dashboard's
// completeness widget have something realistic to show:
//   • the last complete month is being collected: most communes have submitted (about one in eight
//     after the deadline), a few have had their report returned with a comment, a few have not
//     reported at all (no report row), and some submissions carry warnings confirmed with a reason;
//   • the month before has been approved;
//   • older months are locked.
// Submission and review times fall in office hours in Vietnam and never after the seed's "today";
// a report that would have been submitted after today is left out. Deterministic per commune and
// month, like the figures.
import type { ReportStatus } from "@prisma/client";

import { addMonths, monthsBetween, monthToDate, type Month } from "../../lib/period";
import { ruleForMonth, type ReportingRule } from "../../lib/reports/review-rules";
import { randomFor, type Random } from "./prng";
import type { SeedScope } from "./seed-scope";

export interface ReportWorkflow {
  status: ReportStatus;
  /** Incremented by every write: created 1, submitted 2, reviewed 3, locked 4. */
  version: number;
  submittedAt: Date;
  reviewedAt: Date | null;
  reviewComment: string | null;
  /** JSON text of the warnings the commune confirmed, or null. */
  confirmedWarnings: string | null;
}

const NOT_REPORTED_SHARE = 0.05;
const RETURNED_SHARE = 0.05;
const LATE_SHARE = 0.12;
const WARNING_SHARE = 0.1;

const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

const RETURN_COMMENTS = [
  "Nhóm 4: số học sinh có thẻ giảm nhiều so với tháng trước, đề nghị xã kiểm tra lại danh sách.",
  "Dân số chênh lệch với số liệu công an xã cung cấp, đề nghị cập nhật.",
  "Số tham gia mới và tái tục nhóm 5 chưa khớp với danh sách thu của đại lý, đề nghị đối chiếu lại.",
  "Thiếu số BHXH tự nguyện được giao, đề nghị bổ sung.",
];

const CONFIRMED_WARNINGS = [
  { field: "g4.insured", code: "jump", reason: "Đầu năm học mới, học sinh tham gia BHYT theo trường." },
  { field: "population", code: "jump", reason: "Cập nhật dân số theo số liệu rà soát cư trú của công an xã." },
  {
    field: "g5.newlyEnrolled",
    code: "growthAboveEnrolled",
    reason: "Có người chuyển đến đã có thẻ từ địa phương khác.",
  },
  {
    field: "g3.insured",
    code: "rateAbove100",
    reason: "Số thuộc diện lấy theo danh sách đầu năm, có trẻ em mới sinh được cấp thẻ.",
  },
];

/** A moment on `day` of the month after `month`, between 08:00 and 17:00 in Vietnam. */
function officeMoment(month: Month, day: number, random: Random): Date {
  const localMidnight = monthToDate(addMonths(month, 1)).getTime() + (day - 1) * DAY_MS;
  const minutes = 8 * 60 + Math.floor(random() * 9 * 60);
  return new Date(localMidnight + minutes * 60_000 - VIETNAM_OFFSET_MS);
}

/**
 * The number a month's random streams are keyed by: months since January of year 0 (2025-06 is
 * 24305), as the seed has always keyed them, so that every run writes the same statuses and times.
 */
function streamNumber(month: Month): number {
  return monthsBetween("0000-01", month);
}

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)]!;
}

/** The workflow state of one commune's report for one month; null: the commune has not reported. */
export function reportWorkflow(
  key: string,
  month: Month,
  scope: SeedScope,
  rules: readonly ReportingRule[],
): ReportWorkflow | null {
  const rule = ruleForMonth(rules, month);
  if (!rule) throw new Error(`No reporting rule for ${month}`);
  const random = randomFor(key, "workflow", streamNumber(month));
  const draw = random();
  const collecting = month === scope.lastCompleteMonth;
  if (collecting && draw < NOT_REPORTED_SHARE) return null;

  const late = collecting
    ? draw >= NOT_REPORTED_SHARE + RETURNED_SHARE && draw < NOT_REPORTED_SHARE + RETURNED_SHARE + LATE_SHARE
    : draw < LATE_SHARE / 2;
  const day = late ? rule.deadlineDay + 1 + Math.floor(random() * 10) : 1 + Math.floor(random() * rule.deadlineDay);
  const submittedAt = officeMoment(month, day, random);
  if (submittedAt > scope.today) return null;

  if (!collecting) {
    const approvedAt = officeMoment(month, Math.max(day, rule.deadlineDay) + 1 + Math.floor(random() * 5), random);
    if (month === addMonths(scope.lastCompleteMonth, -1)) {
      return {
        status: "APPROVED",
        version: 3,
        submittedAt,
        reviewedAt: approvedAt,
        reviewComment: null,
        confirmedWarnings: null,
      };
    }
    // Locked with the whole month, on the 20th of the month after, once every report was approved.
    const lockedAt = officeMoment(month, 20, randomFor("lock", streamNumber(month)));
    return {
      status: "LOCKED",
      version: 4,
      submittedAt,
      reviewedAt: lockedAt,
      reviewComment: null,
      confirmedWarnings: null,
    };
  }

  const warning = random() < WARNING_SHARE ? JSON.stringify([pick(CONFIRMED_WARNINGS, random)]) : null;
  const returnedAt = officeMoment(month, day + 1 + Math.floor(random() * 3), random);
  if (draw < NOT_REPORTED_SHARE + RETURNED_SHARE && returnedAt <= scope.today) {
    return {
      status: "RETURNED",
      version: 3,
      submittedAt,
      reviewedAt: returnedAt,
      reviewComment: pick(RETURN_COMMENTS, random),
      confirmedWarnings: warning,
    };
  }
  return {
    status: "SUBMITTED",
    version: 2,
    submittedAt,
    reviewedAt: null,
    reviewComment: null,
    confirmedWarnings: warning,
  };
}
