// Everything the entry page of one commune-month shows, for the signed-in user: resolved once per
// request (page and metadata share it). A unit that is not a base unit of the month, or is outside
// the user's scope, is not found (404), whatever the reason, so the answer reveals nothing.
import "server-only";

import type { ReportStatus } from "@prisma/client";
import { notFound } from "next/navigation";
import { cache } from "react";

import { requirePermission } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session";
import { currentMonth } from "@/lib/clock";
import { db } from "@/lib/db";
import { formatCount } from "@/lib/format";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { addMonths, isMonth, type Month } from "@/lib/period";
import { can } from "@/lib/permissions/can";
import { COMMUNE_KINDS } from "@/lib/permissions/roles";
import { canChangeUnitData } from "@/lib/permissions/scope";
import { getParticipantGroups, type ReportGroup } from "@/lib/queries/get-participant-groups";
import { getReportAuditEntries } from "@/lib/queries/get-report-audit";
import { getReportingRules } from "@/lib/queries/get-reporting-rules";
import { getUnitReports, type StoredReport } from "@/lib/queries/get-unit-reports";
import type { ReportingUnit } from "@/lib/queries/report-units";
import { resolveUnitInMonth } from "@/lib/queries/resolve-unit-in-month";
import { fieldHistory, type FieldChange, type ReportAuditEntry } from "@/lib/reports/figure-history";
import { isMonthOpen, latestOpenMonth, monthOpensOn } from "@/lib/reports/report-month";
import { flattenValues } from "@/lib/reports/report-snapshot";
import { isEditableStatus } from "@/lib/reports/report-status";
import { reasonKey } from "@/lib/validation/report-form";
import { reportFields, type ReportField } from "@/lib/validation/report-values";

const HISTORY_MONTHS = 12;

export type ReportEntry = {
  user: SessionUser;
  unit: ReportingUnit;
  month: Month;
  groups: ReportGroup[];
  report: StoredReport | null;
  previous: StoredReport | null;
  history: StoredReport[];
  audit: ReportAuditEntry[];
  editable: boolean;
  canSubmit: boolean;
};

/** A month not open for entry yet (./report-month.ts): when it opens, and the latest month open. */
export type MonthNotOpen = { kind: "notOpen"; unit: ReportingUnit; month: Month; opensOn: Date; latest: Month };

export type ReportEntryTarget = MonthNotOpen | ({ kind: "entry" } & ReportEntry);

export const getReportEntry = cache(async (code: string, monthText: string): Promise<ReportEntryTarget> => {
  const user = await requirePermission("coverage:read");
  if (!isMonth(monthText)) notFound();
  const month = monthText;
  const rules = await getReportingRules();
  if (!isMonthOpen(month, rules)) {
    const unit = await findReportingUnitInScope(user, code, currentMonth());
    return { kind: "notOpen", unit, month, opensOn: monthOpensOn(month, rules), latest: latestOpenMonth(rules) };
  }
  const unit = await findReportingUnitInScope(user, code, month);

  const groups = await getParticipantGroups(month);
  const [reports, audit, mayChange] = await Promise.all([
    getUnitReports(unit.id, addMonths(month, -HISTORY_MONTHS), month, db, groups),
    getReportAuditEntries(unit.id, month),
    canChangeUnitData(user, unit.id, month),
  ]);
  const report = reports.find((stored) => stored.month === month) ?? null;
  const lastMonth = addMonths(month, -1);
  return {
    kind: "entry",
    user,
    unit,
    month,
    groups,
    report,
    previous: reports.find((stored) => stored.month === lastMonth) ?? null,
    history: reports.filter((stored) => stored.month < month),
    audit,
    editable: mayChange && can(user, "report:edit") && isEditableStatus(report?.status ?? null) && groups.length > 0,
    canSubmit: mayChange && can(user, "report:submit") && can(user, "report:edit"),
  };
});

/** The base unit with this code in `month`, in the user's scope (the one resolver); otherwise 404. */
async function findReportingUnitInScope(user: SessionUser, code: string, month: Month): Promise<ReportingUnit> {
  const found = await resolveUnitInMonth(user, { unit: { code }, month });
  if (found.kind !== "unit" || !COMMUNE_KINDS.includes(found.unit.kind)) notFound();
  const { id, name, validFrom, validTo } = found.unit;
  return { id, code: found.unit.code, name, validFrom, validTo };
}

/** The stored report as the form's text values and reasons (by form name); empty for a new report. */
export function formValues(report: StoredReport | null, groups: readonly ReportGroup[]) {
  const flat = report ? flattenValues(report.values) : {};
  const values = Object.fromEntries(
    reportFields(groups.map((group) => group.code)).map((field) => [
      field,
      flat[field] == null ? "" : String(flat[field]),
    ]),
  );
  const reasons = Object.fromEntries(
    (report?.confirmedWarnings ?? []).map((item) => [reasonKey(item.field, item.code), item.reason]),
  );
  return { values, reasons, version: report?.version ?? 0, status: (report?.status ?? null) as ReportStatus | null };
}

/** Each figure's history as lines for the form: what changed, who, when. */
export function historyLines(audit: readonly ReportAuditEntry[], t: Messages, locale: Locale) {
  const show = (value: number | null) => (value === null ? "–" : formatCount(value, locale));
  const line = (change: FieldChange) => ({
    at: formatDateTime(change.at, locale),
    by: change.by ?? t.reports.entry.unknownUser,
    change:
      change.from === null
        ? `${t.reports.entry.historyCreated}: ${show(change.to)}`
        : fill(t.reports.entry.historyItem, { from: show(change.from), to: show(change.to) }),
  });
  return Object.fromEntries(
    Object.entries(fieldHistory(audit)).map(([field, changes]) => [field, (changes ?? []).map(line)]),
  ) as Partial<Record<ReportField, ReturnType<typeof line>[]>>;
}
