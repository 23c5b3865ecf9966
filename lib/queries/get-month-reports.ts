// The reports of the base units (communes) below a unit for one month, in the structure valid in
// that month: one row per commune, with no report fields when it has not reported. The review page
// reads the full rows; the dashboard's completeness widget only the workflow state.
import "server-only";

import { ReportStatus } from "@prisma/client";
import { cache } from "react";
import { z } from "zod";

import { db } from "@/lib/db";
import { addMonths, monthToDate, type Month } from "@/lib/period";
import { baseUnitsOf } from "@/lib/units/unit-in-month";

import { sqlCount } from "./sql";

const count = sqlCount.nullable();

/** A warning the author confirmed when saving, with their reason (lib/reports/report-warnings.ts). */
const confirmedWarning = z.object({ field: z.string(), code: z.string(), reason: z.string() });
export type ConfirmedWarning = z.infer<typeof confirmedWarning>;

/** Stored JSON that is not a list of confirmed warnings is shown as none rather than failing the page. */
const confirmedWarnings = z.unknown().transform((value) => {
  const parsed = z.array(confirmedWarning).safeParse(value);
  return parsed.success ? parsed.data : [];
});

const monthReportRow = z.object({
  unitId: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: z.number().int(),
  parentName: z.string().nullable(),
  /** The unit's ancestors and itself, by level: index i is the ancestor at depth i. */
  ancestorIds: z.array(z.number().int()),
  reportId: z.number().int().nullable(),
  status: z.enum(ReportStatus).nullable(),
  version: z.number().int().nullable(),
  submittedAt: z.date().nullable(),
  submittedBy: z.string().nullable(),
  reviewedAt: z.date().nullable(),
  reviewedBy: z.string().nullable(),
  reviewComment: z.string().nullable(),
  confirmedWarnings,
  population: count,
  insured: count,
  previousPopulation: count,
  previousInsured: count,
});

export type MonthReport = z.infer<typeof monthReportRow>;

export const getMonthReports = cache(async (unitId: number, month: Month): Promise<MonthReport[]> => {
  const day = monthToDate(month);
  const previousDay = monthToDate(addMonths(month, -1));
  const rows = await db.$queryRaw<unknown[]>`
    WITH base AS (${baseUnitsOf(unitId, day)}),
    insured AS (
      SELECT f.unit_id, f.period, SUM(f.insured) AS insured
      FROM enrollment_figure f
      WHERE f.unit_id IN (SELECT unit_id FROM base) AND f.period IN (${day}::date, ${previousDay}::date)
      GROUP BY f.unit_id, f.period
    )
    SELECT u.id AS "unitId", u.code, u.name, u.level, p.name AS "parentName",
           ARRAY(SELECT c.ancestor_id FROM unit_closure c JOIN unit a ON a.id = c.ancestor_id
                 WHERE c.descendant_id = u.id ORDER BY a.level) AS "ancestorIds",
           r.id AS "reportId", r.status::text AS status, r.version,
           r.submitted_at AS "submittedAt", sb.name AS "submittedBy",
           r.reviewed_at AS "reviewedAt", rb.name AS "reviewedBy", r.review_comment AS "reviewComment",
           r.confirmed_warnings AS "confirmedWarnings",
           r.population::bigint AS population, i.insured::bigint AS insured,
           pr.population::bigint AS "previousPopulation", pi.insured::bigint AS "previousInsured"
    FROM base b
    JOIN unit u ON u.id = b.unit_id
    LEFT JOIN unit p ON p.id = u.parent_id
    LEFT JOIN unit_month_report r ON r.unit_id = u.id AND r.period = ${day}::date
    LEFT JOIN app_user sb ON sb.id = r.submitted_by_id
    LEFT JOIN app_user rb ON rb.id = r.reviewed_by_id
    LEFT JOIN insured i ON i.unit_id = u.id AND i.period = ${day}::date
    LEFT JOIN unit_month_report pr ON pr.unit_id = u.id AND pr.period = ${previousDay}::date
    LEFT JOIN insured pi ON pi.unit_id = u.id AND pi.period = ${previousDay}::date
    ORDER BY p.code, u.code`;
  return z.array(monthReportRow).parse(rows);
});

const reportStateRow = z.object({
  unitId: z.number().int(),
  status: z.enum(ReportStatus).nullable(),
  submittedAt: z.date().nullable(),
});

/** The workflow state of each base unit's report (null fields: not reported). */
export const getReportStates = cache(async (unitId: number, month: Month) => {
  const day = monthToDate(month);
  const rows = await db.$queryRaw<unknown[]>`
    SELECT b.unit_id AS "unitId", r.status::text AS status, r.submitted_at AS "submittedAt"
    FROM (${baseUnitsOf(unitId, day)}) b
    LEFT JOIN unit_month_report r ON r.unit_id = b.unit_id AND r.period = ${day}::date`;
  return z.array(reportStateRow).parse(rows);
});
