// Officials remind communes to submit their report of a month: one commune ("Nhắc nộp báo cáo"),
// or every commune below a province or district that has not submitted ("Nhắc tất cả xã chưa
// nộp"). Who may: the role's permission (report:remind), and the wrapper's scope check on the unit
// named for the month (lib/permissions/scope.ts: canChangeUnitData), so an official reminds only
// communes in their scope. Not submitted means no report, a draft, or returned and not sent again
// (lib/reports/reminder-schedule.ts); the month must be open for entry. A commune is reminded at
// most once a day for a month (the outbox key, lib/notifications/notice-keys.ts): a second
// reminder that day writes nothing and says so. Each commune reminded has its audit entry.
import { Prisma } from "@prisma/client";
import type { z } from "zod";

import {
  AccessRefusal,
  ActionRefusal,
  defineAction,
  type ActionContext,
  type ActionOutcome,
} from "@/lib/actions/authed-action";
import type { AuditRecord } from "@/lib/audit/write-audit-entry";
import { now, vietnamDay } from "@/lib/clock";
import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { monthToDate, type Month } from "@/lib/period";
import { readReportingRules } from "@/lib/queries/read-reporting-rules";
import { isMonthOpen } from "@/lib/reports/report-month";
import { deadlineDate, ruleForMonth } from "@/lib/reports/review-rules";
import { baseUnitsOf } from "@/lib/units/unit-in-month";
import { remindSchema } from "@/lib/validation/notifications";

import { manualReminderKey } from "./notice-keys";
import { writeNotices } from "./write-notices";

type RemindInput = z.infer<typeof remindSchema>;

/** The base units below (or equal to) `unitId` in `month` whose report is not submitted, by code. */
async function communesNotSubmitted(tx: Prisma.TransactionClient, unitId: number, month: Month) {
  const day = monthToDate(month);
  return tx.$queryRaw<{ id: number; name: string }[]>`
    SELECT u.id, u.name
    FROM (${baseUnitsOf(unitId, day)}) b
    JOIN unit u ON u.id = b.unit_id
    LEFT JOIN unit_month_report r ON r.unit_id = u.id AND r.period = ${day}::date
    WHERE r.id IS NULL OR r.status IN ('DRAFT', 'RETURNED')
    ORDER BY u.code`;
}

/** The unit as a base unit of the month, and whether its report is submitted; none when it is not a base unit then. */
async function communeStanding(tx: Prisma.TransactionClient, unitId: number, month: Month) {
  const day = monthToDate(month);
  return tx.$queryRaw<{ id: number; name: string; submitted: boolean }[]>`
    SELECT u.id, u.name, COALESCE(r.status IN ('SUBMITTED', 'APPROVED', 'LOCKED'), false) AS submitted
    FROM (${baseUnitsOf(unitId, day)}) b
    JOIN unit u ON u.id = b.unit_id AND u.id = ${unitId}
    LEFT JOIN unit_month_report r ON r.unit_id = u.id AND r.period = ${day}::date`;
}

/** The rule's deadline of a month open for entry, or a refusal naming the month. */
async function openMonthDeadline(month: Month, at: Date, { tx, t }: ActionContext): Promise<string> {
  const rules = await readReportingRules(tx);
  const rule = ruleForMonth(rules, month);
  if (!rule || !isMonthOpen(month, rules, at)) {
    throw new ActionRefusal(fill(t.notifications.review.notOpen, { month: formatMonth(month, t.locale) }));
  }
  return deadlineDate(month, rule.deadlineDay).toISOString().slice(0, 10);
}

/** Reminds the given communes (none reminded today for the month): their messages and audit entries. */
async function remind(
  communes: readonly { id: number }[],
  month: Month,
  deadline: string,
  at: Date,
  { user, tx }: ActionContext,
) {
  const sender = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } });
  const day = vietnamDay(at);
  const written = await writeNotices(
    tx,
    communes.map((commune) => ({
      kind: "REMINDER" as const,
      unitId: commune.id,
      month,
      dedupeKey: manualReminderKey(commune.id, month, day),
      data: { deadline, sender: sender.name },
      senderId: user.id,
    })),
    at,
  );
  const audit: AuditRecord[] = [...written.byUnit].map(([unitId, recipients]) => ({
    action: "report.remind",
    entityType: "unit",
    entityId: String(unitId),
    unitId,
    period: monthToDate(month),
    after: { kind: "REMINDER", recipients },
  }));
  return { audit, withoutRecipient: written.withoutRecipient.length };
}

/** Communes of `candidates` already reminded today about `month`. */
async function remindedToday(
  tx: Prisma.TransactionClient,
  candidates: readonly { id: number }[],
  month: Month,
  at: Date,
): Promise<Set<number>> {
  const keys = candidates.map((commune) => manualReminderKey(commune.id, month, vietnamDay(at)));
  const rows = await tx.outboxMessage.findMany({
    where: { dedupeKey: { in: keys } },
    select: { unitId: true },
    distinct: ["unitId"],
  });
  return new Set(rows.map((row) => row.unitId));
}

export const remindCommuneSpec = defineAction(
  "report.remind",
  remindSchema,
  "report:remind",
  async ({ unitId, month }, context): Promise<ActionOutcome> => {
    const { tx, t } = context;
    const at = now();
    // A base unit of the month only (a province or district is reminded through its communes).
    const [commune] = await communeStanding(tx, unitId, month);
    if (!commune) throw new AccessRefusal(t, "not_found", unitId);
    const texts = t.notifications.review;
    const names = { unit: commune.name, month: formatMonth(month, t.locale) };
    const deadline = await openMonthDeadline(month, at, context);
    if (commune.submitted) throw new ActionRefusal(fill(texts.alreadySubmitted, names));
    if ((await remindedToday(tx, [commune], month, at)).size > 0)
      return { audit: null, message: fill(texts.alreadyRemindedToday, names) };
    const { audit, withoutRecipient } = await remind([commune], month, deadline, at, context);
    if (withoutRecipient > 0) throw new ActionRefusal(fill(texts.noAccount, names));
    return {
      audit,
      message: fill(texts.reminded, { ...names, count: (audit[0]?.after as { recipients: number }).recipients }),
    };
  },
  { scope: async ({ unitId, month }: RemindInput) => ({ unitId, month }), revalidate: ["/review"] },
);

export const remindAllSpec = defineAction(
  "report.remind_all",
  remindSchema,
  "report:remind",
  async ({ unitId, month }, context): Promise<ActionOutcome> => {
    const { tx, t } = context;
    const at = now();
    const texts = t.notifications.review;
    const monthText = formatMonth(month, t.locale);
    const deadline = await openMonthDeadline(month, at, context);
    const candidates = await communesNotSubmitted(tx, unitId, month);
    const today = await remindedToday(tx, candidates, month, at);
    const { audit, withoutRecipient } = await remind(
      candidates.filter((commune) => !today.has(commune.id)),
      month,
      deadline,
      at,
      context,
    );
    const skipped = [
      today.size > 0 ? fill(texts.skippedToday, { count: today.size }) : null,
      withoutRecipient > 0 ? fill(texts.skippedNoAccount, { count: withoutRecipient }) : null,
    ].filter((part) => part !== null);
    const done =
      audit.length > 0 ? fill(texts.remindedMany, { count: audit.length, month: monthText }) : texts.nobodyToRemind;
    return { audit: audit.length > 0 ? audit : null, message: [done, ...skipped].join(" ") };
  },
  { scope: async ({ unitId, month }: RemindInput) => ({ unitId, month }), revalidate: ["/review"] },
);
