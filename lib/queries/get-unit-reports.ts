// One base unit's stored monthly reports over a range of months: values (population, voluntary
// social insurance, figures per group code), workflow state and version.
import "server-only";

import type { ReportStatus } from "@prisma/client";

import { figuresInGroupsOf, type GroupLineage } from "@/lib/coverage/group-succession";
import { db } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { dateToMonth, monthToDate, type Month } from "@/lib/period";
import type { ConfirmedWarning } from "@/lib/reports/report-snapshot";
import type { GroupFigures, ReportValues } from "@/lib/validation/report-values";

export type StoredReport = {
  id: number;
  month: Month;
  values: ReportValues;
  status: ReportStatus;
  version: number;
  updatedAt: Date;
  submittedAt: Date | null;
  submittedBy: string | null;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  reviewComment: string | null;
  confirmedWarnings: ConfirmedWarning[];
};

function readConfirmedWarnings(json: unknown): ConfirmedWarning[] {
  if (!Array.isArray(json)) return [];
  return json.filter(
    (item): item is ConfirmedWarning =>
      typeof item === "object" &&
      item !== null &&
      ["field", "code", "reason"].every((key) => typeof (item as Record<string, unknown>)[key] === "string"),
  );
}

/**
 * The unit's reports from `from` to `to` (both included), oldest first. With `inGroupsOf` (the groups of
 * one month's set), every month's group figures are keyed by those groups' codes, months of an earlier
 * set through the groups' mapping (lib/coverage/group-succession.ts): the history a report is compared with.
 */
export async function getUnitReports(
  unitId: number,
  from: Month,
  to: Month,
  client: DbClient = db,
  inGroupsOf?: readonly GroupLineage[],
): Promise<StoredReport[]> {
  const period = { gte: monthToDate(from), lte: monthToDate(to) };
  // Relations are read by hand, each in one query and only when needed: Prisma's includes would read
  // the submitters, the reviewers and the groups in a query each, every time (a submit reads here).
  const [reports, figureRows] = await Promise.all([
    client.unitMonthReport.findMany({ where: { unitId, period }, orderBy: { period: "asc" } }),
    client.enrollmentFigure.findMany({
      where: { unitId, period },
      select: { period: true, groupId: true, insured: true, eligible: true, newlyEnrolled: true, renewed: true },
    }),
  ]);
  const peopleIds = [
    ...new Set(reports.flatMap((report) => [report.submittedById, report.reviewedById]).filter((id) => id !== null)),
  ];
  const groupIds = inGroupsOf ? [] : [...new Set(figureRows.map((row) => row.groupId))];
  const [people, groupRows] = await Promise.all([
    peopleIds.length > 0
      ? client.user.findMany({ where: { id: { in: peopleIds } }, select: { id: true, name: true } })
      : [],
    groupIds.length > 0
      ? client.participantGroup.findMany({ where: { id: { in: groupIds } }, select: { id: true, code: true } })
      : [],
  ]);
  const nameOf = new Map(people.map((person) => [person.id, person.name]));
  const codeOf = new Map(groupRows.map((group) => [group.id, group.code]));
  const figuresByMonth = new Map<Month, { byId: Map<number, GroupFigures>; byCode: Record<string, GroupFigures> }>();
  for (const { period: day, groupId, ...figures } of figureRows) {
    const month = dateToMonth(day);
    const stored = figuresByMonth.get(month) ?? {
      byId: new Map<number, GroupFigures>(),
      byCode: {} as Record<string, GroupFigures>,
    };
    stored.byId.set(groupId, figures);
    const code = codeOf.get(groupId);
    if (code !== undefined) stored.byCode[code] = figures;
    figuresByMonth.set(month, stored);
  }
  const groupsOf = (month: Month): Record<string, GroupFigures> => {
    const stored = figuresByMonth.get(month);
    if (!stored) return {};
    return inGroupsOf ? figuresInGroupsOf(stored.byId, inGroupsOf) : stored.byCode;
  };
  return reports.map((report) => {
    const month = dateToMonth(report.period);
    return {
      id: report.id,
      month,
      values: {
        population: report.population,
        voluntarySocialInsured: report.voluntarySocialInsured,
        voluntarySocialAssigned: report.voluntarySocialAssigned,
        groups: groupsOf(month),
      },
      status: report.status,
      version: report.version,
      updatedAt: report.updatedAt,
      submittedAt: report.submittedAt,
      submittedBy: report.submittedById ? (nameOf.get(report.submittedById) ?? null) : null,
      reviewedAt: report.reviewedAt,
      reviewedBy: report.reviewedById ? (nameOf.get(report.reviewedById) ?? null) : null,
      reviewComment: report.reviewComment,
      confirmedWarnings: readConfirmedWarnings(report.confirmedWarnings),
    };
  });
}
