// Loads the ImportContext of a file's rows in a handful of batched queries (one of them the scope of
// every month in the file), on the client given: the app's client for a preview, the transaction for
// an import, so that the check and the writes see the same data. The months given are the file's
// valid ones (import-months.ts), at most MAX_IMPORT_MONTHS.
import "server-only";

import { Prisma, ReportStatus } from "@prisma/client";
import { z } from "zod";

import type { DbClient } from "@/lib/db-client";
import { dateToMonth, monthToDate, type Month } from "@/lib/period";
import { changeableUnitsSql, hasUnrestrictedScope, type ScopedUser } from "@/lib/permissions/scope";
import { readReportingRules } from "@/lib/queries/read-reporting-rules";
import type { GroupFigures, ReportValues } from "@/lib/validation/report-values";

import { withLeadingZeros } from "../file/cells";
import { latestOpenMonth } from "../report-month";
import {
  historyRange,
  reportKey,
  type ContextUnit,
  type ExistingReport,
  type ImportContext,
  type Span,
} from "./import-context";

const unitRow = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  valid_from: z.date(),
  valid_to: z.date().nullable(),
});
const childRow = z.object({ parent_id: z.number(), valid_from: z.date(), valid_to: z.date().nullable() });
const reportRow = z.object({
  id: z.number(),
  unit_id: z.number(),
  period: z.date(),
  population: z.number(),
  voluntary_social_insured: z.number().nullable(),
  voluntary_social_assigned: z.number().nullable(),
  status: z.enum(ReportStatus),
  version: z.number(),
});
const figureRow = z.object({
  unit_id: z.number(),
  period: z.date(),
  code: z.string(),
  insured: z.number(),
  eligible: z.number(),
  newly_enrolled: z.number(),
  renewed: z.number(),
});

export async function loadImportContext(
  client: DbClient,
  user: ScopedUser,
  keys: readonly { code: string; month: Month | null }[],
  now: Date,
): Promise<ImportContext> {
  const codes = [...new Set(keys.flatMap(({ code }) => [code, withLeadingZeros(code)]))];
  const months = [...new Set(keys.map(({ month }) => month).filter((month): month is Month => month !== null))].sort();

  const units = z
    .array(unitRow)
    .parse(
      await client.$queryRaw(
        Prisma.sql`SELECT id, code, name, valid_from, valid_to FROM unit WHERE code = ANY(${codes}::text[])`,
      ),
    );
  const ids = units.map((unit) => unit.id);
  const unitsByCode = new Map<string, ContextUnit[]>();
  for (const unit of units) {
    const entry: ContextUnit = {
      id: unit.id,
      code: unit.code,
      name: unit.name,
      validFrom: unit.valid_from,
      validTo: unit.valid_to,
    };
    unitsByCode.set(unit.code, [...(unitsByCode.get(unit.code) ?? []), entry]);
  }

  const [children, scope, groupSets, reports, rules] = await Promise.all([
    client.$queryRaw(Prisma.sql`SELECT parent_id, valid_from, valid_to FROM unit WHERE parent_id = ANY(${ids}::int[])`),
    loadScope(client, user, ids, months),
    client.groupSet.findMany({
      select: {
        validFrom: true,
        validTo: true,
        groups: {
          select: { id: true, code: true, predecessors: { select: { predecessorId: true } } },
          orderBy: { ordinal: "asc" },
        },
      },
      orderBy: { validFrom: "asc" },
    }),
    months.length > 0
      ? loadReports(client, ids, historyRange(months[0]!, months[months.length - 1]!))
      : new Map<string, ExistingReport>(),
    readReportingRules(client),
  ]);

  const childSpans = new Map<number, Span[]>();
  for (const child of z.array(childRow).parse(children)) {
    const span = { validFrom: child.valid_from, validTo: child.valid_to };
    childSpans.set(child.parent_id, [...(childSpans.get(child.parent_id) ?? []), span]);
  }

  return {
    unitsByCode,
    childSpans,
    scope,
    groupSets: groupSets.map((set) => ({
      validFrom: set.validFrom,
      validTo: set.validTo,
      codes: set.groups.map((group) => group.code),
      groups: set.groups.map((group) => ({
        id: group.id,
        code: group.code,
        predecessorIds: group.predecessors.map((link) => link.predecessorId),
      })),
    })),
    reports,
    lastOpenMonth: latestOpenMonth(rules, now),
  };
}

/** The file's units in the importer's scope, per month: one query, one part per month. */
async function loadScope(
  client: DbClient,
  user: ScopedUser,
  ids: number[],
  months: Month[],
): Promise<ImportContext["scope"]> {
  if (hasUnrestrictedScope(user)) return null;
  const scope = new Map<Month, Set<number>>(months.map((month) => [month, new Set<number>()]));
  if (months.length === 0 || ids.length === 0) return scope;
  // The rule for changing data follows the structure valid in each month (changeableUnitsSql).
  const parts = months.map(
    (month) => Prisma.sql`
      SELECT ${month}::text AS month, s.unit_id FROM (${changeableUnitsSql(user.scopeUnitId, month)}) s WHERE s.unit_id = ANY(${ids}::int[])`,
  );
  const rows = z
    .array(z.object({ month: z.string(), unit_id: z.number() }))
    .parse(await client.$queryRaw(Prisma.sql`${Prisma.join(parts, " UNION ALL ")}`));
  for (const row of rows) scope.get(row.month as Month)?.add(row.unit_id);
  return scope;
}

async function loadReports(
  client: DbClient,
  ids: number[],
  range: { from: Month; to: Month },
): Promise<Map<string, ExistingReport>> {
  const from = monthToDate(range.from);
  const to = monthToDate(range.to);
  const [reportRows, figureRows] = await Promise.all([
    client.$queryRaw(Prisma.sql`
      SELECT id, unit_id, period, population, voluntary_social_insured, voluntary_social_assigned, status::text AS status, version
      FROM unit_month_report
      WHERE unit_id = ANY(${ids}::int[]) AND period BETWEEN ${from}::date AND ${to}::date`),
    client.$queryRaw(Prisma.sql`
      SELECT f.unit_id, f.period, g.code, f.insured, f.eligible, f.newly_enrolled, f.renewed
      FROM enrollment_figure f JOIN participant_group g ON g.id = f.group_id
      WHERE f.unit_id = ANY(${ids}::int[]) AND f.period BETWEEN ${from}::date AND ${to}::date`),
  ]);
  const groups = new Map<string, Record<string, GroupFigures>>();
  for (const figure of z.array(figureRow).parse(figureRows)) {
    const key = reportKey(figure.unit_id, dateToMonth(figure.period));
    const entry = groups.get(key) ?? {};
    entry[figure.code] = {
      insured: figure.insured,
      eligible: figure.eligible,
      newlyEnrolled: figure.newly_enrolled,
      renewed: figure.renewed,
    };
    groups.set(key, entry);
  }
  const reports = new Map<string, ExistingReport>();
  for (const report of z.array(reportRow).parse(reportRows)) {
    const key = reportKey(report.unit_id, dateToMonth(report.period));
    const values: ReportValues = {
      population: report.population,
      voluntarySocialInsured: report.voluntary_social_insured,
      voluntarySocialAssigned: report.voluntary_social_assigned,
      groups: groups.get(key) ?? {},
    };
    reports.set(key, { id: report.id, version: report.version, status: report.status, values });
  }
  return reports;
}
