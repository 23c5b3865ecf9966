// Writes the monthly figures of the demo model: one report (population, voluntary social insurance,
// workflow state: ./report-workflow.ts) and one enrollment figure per participant group for every base
// unit and month in which the unit exists and has reported. Rows go in as column arrays through INSERT … SELECT unnest(…), a few
// thousand at a time, which is far faster than row-by-row writes on both PGlite and PostgreSQL.
import { setImmediate as nextEventLoopTurn } from "node:timers/promises";

import { Prisma, type ReportStatus } from "@prisma/client";

import { addMonths, dateToMonth, type Month } from "../../lib/period";
import { readReportingRules } from "../../lib/queries/read-reporting-rules";
import type { DemoModel } from "./demo-model";
import type { DemoUnits } from "./demo-units";
import { deriveFlows } from "./enrollment-flows";
import { groupId, type GroupIds } from "./groups";
import { required } from "./lookup";
import { reportWorkflow } from "./report-workflow";
import type { SeedScope } from "./seed-scope";
import { GROUP_COUNT, groupArray, offsetOf, populationAt, valueAt, type UnitSeries } from "./unit-series";
import { REORGANISATION_DATE, type SeededUnits } from "./units";

/** Reports per insert statement (each carries GROUP_COUNT enrollment figures). */
const REPORTS_PER_BATCH = 5000;

export interface FigureContext {
  units: DemoUnits;
  model: DemoModel;
  seeded: SeededUnits;
  groupIds: GroupIds;
}

interface BaseUnitInScope {
  unitId: number;
  /** Key of the unit's random streams; old and new units may share a code. */
  key: string;
  series: UnitSeries;
  firstMonth: Month;
  lastMonth: Month;
}

export async function insertFigures(
  tx: Prisma.TransactionClient,
  context: FigureContext,
  scope: SeedScope,
): Promise<{ reports: number; figures: number }> {
  const batch = new FigureBatch();
  let totals = { reports: 0, figures: 0 };
  const rules = await readReportingRules(tx);
  const flush = async () => {
    const written = await batch.write(tx);
    totals = { reports: totals.reports + written.reports, figures: totals.figures + written.figures };
    // Queries on PGlite never return to the event loop; between batches it turns, so that Ctrl-C
    // is handled within a batch (lib/close-on-signal.ts) rather than after the seed.
    await nextEventLoopTurn();
  };

  for (const unit of baseUnitsInScope(context, scope)) {
    const flows = Array.from({ length: GROUP_COUNT }, (_, group) =>
      deriveFlows(groupArray(unit.series.insured, group), unit.series.firstMonth, unit.key, group),
    );
    for (let month = unit.firstMonth; month <= unit.lastMonth; month = addMonths(month, 1)) {
      const workflow = reportWorkflow(unit.key, month, scope, rules);
      if (!workflow) continue;
      const offset = offsetOf(unit.series, month);
      const period = `${month}-01`;
      batch.reports.push({
        unitId: unit.unitId,
        period,
        population: populationAt(unit.series, month),
        voluntarySocialInsured: valueAt(unit.series.voluntarySocialInsured, unit.series, month),
        voluntarySocialAssigned: valueAt(unit.series.voluntarySocialAssigned, unit.series, month),
        status: workflow.status,
        version: workflow.version,
        updatedAt: (workflow.reviewedAt ?? workflow.submittedAt).toISOString(),
        submittedAt: workflow.submittedAt.toISOString(),
        reviewedAt: workflow.reviewedAt?.toISOString() ?? null,
        reviewComment: workflow.reviewComment,
        confirmedWarnings: workflow.confirmedWarnings,
      });
      flows.forEach(({ newlyEnrolled, renewed }, group) => {
        batch.figures.push({
          unitId: unit.unitId,
          period,
          groupId: groupId(context.groupIds, group + 1),
          insured: valueAt(groupArray(unit.series.insured, group), unit.series, month),
          eligible: valueAt(groupArray(unit.series.eligible, group), unit.series, month),
          newlyEnrolled: newlyEnrolled[offset] ?? 0,
          renewed: renewed[offset] ?? 0,
        });
      });
      if (batch.reports.length >= REPORTS_PER_BATCH) await flush();
    }
  }
  await flush();
  return totals;
}

/** Old communes until June 2025 and new communes from July 2025, clipped to the seeded months. */
function* baseUnitsInScope({ units, model, seeded }: FigureContext, scope: SeedScope): Generator<BaseUnitInScope> {
  const reorganisationMonth = dateToMonth(REORGANISATION_DATE);
  const lastMonthBefore = addMonths(reorganisationMonth, -1);
  const structures = [
    {
      prefix: "old",
      communes: units.oldCommunes,
      series: model.oldCommunes,
      ids: seeded.oldIds,
      from: scope.firstMonth,
      to: scope.lastMonth < lastMonthBefore ? scope.lastMonth : lastMonthBefore,
    },
    {
      prefix: "new",
      communes: units.newCommunes,
      series: model.newCommunes,
      ids: seeded.newIds,
      from: scope.firstMonth > reorganisationMonth ? scope.firstMonth : reorganisationMonth,
      to: scope.lastMonth,
    },
  ];
  for (const structure of structures) {
    if (structure.from > structure.to) continue;
    for (const commune of structure.communes.filter((unit) => scope.includesProvince(unit.provinceCode))) {
      yield {
        unitId: required(structure.ids, commune.code, "Unit id of commune"),
        key: `${structure.prefix}:${commune.code}`,
        series: required(structure.series, commune.code, "Series of commune"),
        firstMonth: structure.from,
        lastMonth: structure.to,
      };
    }
  }
}

interface ReportRow {
  unitId: number;
  period: string;
  population: number;
  voluntarySocialInsured: number;
  voluntarySocialAssigned: number;
  status: ReportStatus;
  version: number;
  /** Timestamps as UTC text; a timestamp column ignores the trailing "Z", so no session time zone shifts them. */
  updatedAt: string;
  submittedAt: string;
  reviewedAt: string | null;
  reviewComment: string | null;
  confirmedWarnings: string | null;
}

interface FigureRow {
  unitId: number;
  period: string;
  groupId: number;
  insured: number;
  eligible: number;
  newlyEnrolled: number;
  renewed: number;
}

class FigureBatch {
  reports: ReportRow[] = [];
  figures: FigureRow[] = [];

  async write(tx: Prisma.TransactionClient): Promise<{ reports: number; figures: number }> {
    if (this.reports.length === 0) return { reports: 0, figures: 0 };
    const r = columns(this.reports);
    const f = columns(this.figures);
    const reports = await tx.$executeRaw(Prisma.sql`
      INSERT INTO unit_month_report
        (unit_id, period, population, voluntary_social_insured, voluntary_social_assigned, status, version, updated_at,
         submitted_at, reviewed_at, review_comment, confirmed_warnings)
      SELECT * FROM unnest(
        ${r.unitId}::int[], ${r.period}::date[], ${r.population}::int[], ${r.voluntarySocialInsured}::int[],
        ${r.voluntarySocialAssigned}::int[], ${r.status}::"ReportStatus"[], ${r.version}::int[], ${r.updatedAt}::timestamp(3)[],
        ${r.submittedAt}::timestamp(3)[], ${r.reviewedAt}::timestamp(3)[], ${r.reviewComment}::text[], ${r.confirmedWarnings}::jsonb[]
      )`);
    const figures = await tx.$executeRaw(Prisma.sql`
      INSERT INTO enrollment_figure (unit_id, period, group_id, insured, eligible, newly_enrolled, renewed)
      SELECT * FROM unnest(
        ${f.unitId}::int[], ${f.period}::date[], ${f.groupId}::int[], ${f.insured}::int[],
        ${f.eligible}::int[], ${f.newlyEnrolled}::int[], ${f.renewed}::int[]
      )`);
    this.reports = [];
    this.figures = [];
    return { reports, figures };
  }
}

/** Rows → one array per column, the shape unnest() takes. */
function columns<Row extends object>(rows: readonly Row[]): { [Key in keyof Row]: Row[Key][] } {
  const result = {} as { [Key in keyof Row]: Row[Key][] };
  const first = rows[0];
  if (!first) return result;
  for (const key of Object.keys(first) as (keyof Row)[]) {
    result[key] = rows.map((row) => row[key]);
  }
  return result;
}
