// Saving a commune's monthly report as a draft, and submitting it for approval. Both are one
// transaction with one audit entry (the report before and after), through authedAction:
//   • only a base unit valid in the month, in the user's scope, in a month open for entry
//     (./report-month.ts: once it has ended, or in its last days if the reporting rule allows it);
//   • only while the report is editable (./report-status.ts);
//   • optimistic concurrency: the form posts the version it was loaded with (0 for a report not
//     created yet); the write only happens where the stored version is still that one (an insert
//     that finds the row already created counts the same), so of two people saving the same
//     commune-month from the same version exactly one succeeds. The other is refused with what is
//     stored now and who changed what since their version (read from the audit log), and nothing
//     of theirs is written — their form keeps what they typed;
//   • errors in the values refuse the save; warnings refuse it until each has a reason
//     (./check-report.ts, the same check the form runs as the user types).
import "server-only";

import type { Prisma } from "@prisma/client";

import type { EditConflict } from "@/lib/actions/action-result";
import {
  AccessRefusal,
  ActionRefusal,
  defineAction,
  type ActionContext,
  type ActionOutcome,
  type ActionSpec,
} from "@/lib/actions/authed-action";
import { now } from "@/lib/clock";
import type { DbClient } from "@/lib/db-client";
import { formatDate, formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { addMonths, monthToDate, type Month } from "@/lib/period";
import { can } from "@/lib/permissions/can";
import { getParticipantGroups } from "@/lib/queries/get-participant-groups";
import { getReportAuditEntries } from "@/lib/queries/get-report-audit";
import { getUnitReports } from "@/lib/queries/get-unit-reports";
import { readReportingRules } from "@/lib/queries/read-reporting-rules";
import { findReportingUnit } from "@/lib/queries/report-units";
import { reportFormSchema, type ReportFormInput } from "@/lib/validation/report-form";

import { checkReport, isSavable } from "./check-report";
import { describeCheck } from "./describe-issue";
import { changesSince } from "./figure-history";
import { isMonthOpen, monthOpensOn } from "./report-month";
import { REPORT_AUDIT_ENTITY, reportSnapshot } from "./report-snapshot";
import { EDITABLE_STATUSES, isEditableStatus, saveOutcome, statusAfterSave, type SaveIntent } from "./report-status";

/** Months of the unit's own history that warnings compare against. */
const HISTORY_MONTHS = 12;

async function reportScope(input: ReportFormInput, client: DbClient) {
  const unit = await findReportingUnit(input.unitCode, input.month, client);
  return unit ? { unitId: unit.id, month: input.month } : null;
}

/** The refusal of a save that lost the race: what is stored now, and what others changed since `version`. */
async function conflictRefusal(
  unitId: number,
  month: Month,
  version: number,
  t: Messages,
  client: DbClient,
): Promise<ActionRefusal> {
  const [[stored], entries] = await Promise.all([
    getUnitReports(unitId, month, month, client),
    getReportAuditEntries(unitId, month, client),
  ]);
  const status = stored?.status ?? null;
  const conflict: EditConflict = {
    version: stored?.version ?? 0,
    status: status ?? "NONE",
    changes: changesSince(entries, version).map((change) => ({ ...change, at: change.at.toISOString() })),
  };
  const message = isEditableStatus(status)
    ? t.reports.entry.conflict
    : fill(t.reports.entry.notEditable, {
        month: formatMonth(month, t.locale),
        status: t.reports.statuses[status ?? "NONE"],
      });
  return new ActionRefusal(message, {}, conflict);
}

async function saveReport(
  input: ReportFormInput,
  { user, tx, t, target }: ActionContext,
  intent: SaveIntent,
): Promise<ActionOutcome> {
  const locale = t.locale;
  const { month, version: expectedVersion } = input;
  const monthLabel = formatMonth(month, locale);
  const rules = await readReportingRules(tx);
  if (!isMonthOpen(month, rules, now())) {
    throw new ActionRefusal(
      fill(t.reports.entry.monthNotOpen, { month: monthLabel, date: formatDate(monthOpensOn(month, rules), locale) }),
    );
  }
  // The unit reportScope found, in the user's scope (authedAction).
  if (!target) throw new AccessRefusal(t, "not_found");
  const { unitId } = target;
  const groups = await getParticipantGroups(month, tx);
  if (groups.length === 0) throw new ActionRefusal(fill(t.reports.entry.noGroups, { month: monthLabel }));

  const reports = await getUnitReports(unitId, addMonths(month, -HISTORY_MONTHS), month, tx, groups);
  const current = reports.find((report) => report.month === month) ?? null;
  if (!isEditableStatus(current?.status ?? null) || (current?.version ?? 0) !== expectedVersion) {
    throw await conflictRefusal(unitId, month, expectedVersion, t, tx);
  }

  const history = reports.filter((report) => report.month < month).map((report) => report.values);
  const check = checkReport(
    input,
    groups.map((group) => group.code),
    history,
  );
  if (!isSavable(check)) {
    const fieldErrors: Record<string, string[]> = {};
    for (const { key, text } of describeCheck(check, t, locale)) (fieldErrors[key] ??= []).push(text);
    throw new ActionRefusal(t.actions.invalidInput, fieldErrors);
  }

  const { values, confirmed } = check;
  const period = monthToDate(month);
  const status = statusAfterSave(current?.status ?? null, intent);
  const version = expectedVersion + 1;
  const row = {
    population: values.population,
    voluntarySocialInsured: values.voluntarySocialInsured,
    voluntarySocialAssigned: values.voluntarySocialAssigned,
    status,
    version,
    confirmedWarnings: confirmed,
    ...(intent === "submit" ? { submittedAt: now(), submittedById: user.id } : {}),
  };
  const written = current
    ? await tx.unitMonthReport.updateManyAndReturn({
        where: { unitId, period, version: expectedVersion, status: { in: [...EDITABLE_STATUSES] } },
        data: row,
        select: { id: true },
      })
    : await tx.unitMonthReport.createManyAndReturn({
        data: [{ unitId, period, ...row }],
        skipDuplicates: true,
        select: { id: true },
      });
  const [stored] = written;
  if (!stored) throw await conflictRefusal(unitId, month, expectedVersion, t, tx);

  await tx.enrollmentFigure.deleteMany({ where: { unitId, period } });
  await tx.enrollmentFigure.createMany({
    data: groups.map((group) => ({ unitId, period, groupId: group.id, ...values.groups[group.code]! })),
  });

  return {
    audit: {
      action: intent === "submit" ? "report.submit" : "report.save",
      entityType: REPORT_AUDIT_ENTITY,
      entityId: String(stored.id),
      unitId,
      period,
      before: current ? (reportSnapshot(current.values, current) as Prisma.InputJsonValue) : undefined,
      after: reportSnapshot(values, { version, status, confirmedWarnings: confirmed }) as Prisma.InputJsonValue,
    },
    message: fill(t.reports.entry.outcomes[saveOutcome(current?.status ?? null, intent)], { month: monthLabel }),
    version,
  };
}

const REVALIDATE = ["/reports"];

export const saveReportSpec: ActionSpec<ReportFormInput> = defineAction(
  "report.save",
  reportFormSchema,
  "report:edit",
  (input, context) => saveReport(input, context, "save"),
  { scope: reportScope, revalidate: REVALIDATE },
);

/** Submitting writes the figures too, so it also needs the right to edit them. */
export const submitReportSpec: ActionSpec<ReportFormInput> = defineAction(
  "report.submit",
  reportFormSchema,
  "report:submit",
  (input, context) => {
    if (!can(context.user, "report:edit")) throw new AccessRefusal(context.t, "permission");
    return saveReport(input, context, "submit");
  },
  { scope: reportScope, revalidate: REVALIDATE },
);
