// The benchmark's writes, through the real server actions: a submit and the national figures read
// right after it, concurrent submits from communes of one province, and a 10,000-row import (preview
// and import timed apart). Imported after the benchmark's database is named (lib/db opens it).
import type { PrismaClient } from "@prisma/client";

import { runAuthedAction, type ActionUser } from "../../lib/actions/authed-action";
import { now } from "../../lib/clock";
import { addMonths, monthRange, monthToDate, type Month } from "../../lib/period";
import { getCoverageSummary } from "../../lib/queries/get-coverage-summary";
import { importReportsSpec } from "../../lib/reports/import/import-reports";
import { prepareImport } from "../../lib/reports/import/prepare-import";
import { submitReportSpec } from "../../lib/reports/save-report";
import { createTestUser } from "../../tests/fixtures/users";
import { actionEnvironment } from "../../tests/helpers/action-environment";
import { vietnameseHeader, xlsxFile, type SheetCell } from "../../tests/helpers/report-files";
import { formFromPreviousMonth } from "../../tests/helpers/report-forms";

/** Communes of a province in `month` that reported then and the month before, in code order. */
async function reportingCommunes(db: PrismaClient, provinceId: number, month: Month, count: number) {
  const day = monthToDate(month);
  return db.unit.findMany({
    where: {
      ancestors: { some: { ancestorId: provinceId } },
      validFrom: { lte: day },
      OR: [{ validTo: null }, { validTo: { gt: day } }],
      AND: [
        { reports: { some: { period: day } } },
        { reports: { some: { period: monthToDate(addMonths(month, -1)) } } },
      ],
    },
    orderBy: { code: "asc" },
    take: count,
  });
}

/** Takes the communes' reports of `month` away (untimed), so that each can submit a new one. */
async function clearMonth(db: PrismaClient, unitIds: number[], month: Month): Promise<void> {
  const where = { unitId: { in: unitIds }, period: monthToDate(month) };
  await db.$transaction([db.enrollmentFigure.deleteMany({ where }), db.unitMonthReport.deleteMany({ where })]);
}

async function communeStaff(db: PrismaClient, units: { id: number; code: string }[]): Promise<ActionUser[]> {
  const users: ActionUser[] = [];
  for (const unit of units) {
    users.push(
      await createTestUser(db, { username: `bench.${unit.code}`, role: "COMMUNE_STAFF", scopeUnitId: unit.id }),
    );
  }
  return users;
}

/** One commune submits; the country's summary is read right after. Visible: it holds the new figures. */
export async function submitThenRead(db: PrismaClient, provinceId: number, countryId: number, month: Month) {
  const [unit] = await reportingCommunes(db, provinceId, month, 1);
  if (!unit) throw new Error("No commune to submit");
  await clearMonth(db, [unit.id], month);
  const [user] = await communeStaff(db, [unit]);
  const { form, insured } = await formFromPreviousMonth(db, unit.id, month, 0, 1);
  const before = await getCoverageSummary(countryId, month);
  const submitStarted = performance.now();
  const result = await runAuthedAction(submitReportSpec, form, actionEnvironment(user!));
  const submitMs = performance.now() - submitStarted;
  if (!result.ok) throw new Error(`Submit refused: ${JSON.stringify(result)}`);
  const readStarted = performance.now();
  const after = await getCoverageSummary(countryId, month);
  const readMs = performance.now() - readStarted;
  return {
    submitMs,
    readMs,
    visible: after.insured === before.insured + insured && after.reportingUnits === before.reportingUnits + 1,
  };
}

/**
 * `count` communes of one province submit at once: each submit's time, and whether all arrived. Then
 * the same submits one after another, for what one submit costs when it waits for nothing: its time,
 * and the CPU time of this process (the server's share of the work: the action, Prisma, the driver).
 */
export async function concurrentSubmits(db: PrismaClient, provinceId: number, month: Month, count: number) {
  const units = await reportingCommunes(db, provinceId, month, count + 1);
  const chosen = units.slice(1, count + 1);
  if (chosen.length < count) throw new Error(`Only ${chosen.length} communes to submit`);
  const ids = chosen.map((u) => u.id);
  await clearMonth(db, ids, month);
  const users = await communeStaff(db, chosen);
  const forms = await Promise.all(chosen.map((unit) => formFromPreviousMonth(db, unit.id, month, 0, 2)));
  const submit = async (i: number, times: number[]) => {
    const started = performance.now();
    const result = await runAuthedAction(submitReportSpec, forms[i]!.form, actionEnvironment(users[i]!));
    times.push(performance.now() - started);
    return result;
  };
  const times: number[] = [];
  const results = await Promise.all(forms.map((_, i) => submit(i, times)));
  const arrived = await db.unitMonthReport.count({
    where: { unitId: { in: ids }, period: monthToDate(month), status: "SUBMITTED" },
  });

  await clearMonth(db, ids, month);
  const serialTimes: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < forms.length; i++) {
    const result = await submit(i, serialTimes);
    if (!result.ok) throw new Error(`Submit refused: ${JSON.stringify(result)}`);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMsPerSubmit = (cpu.user + cpu.system) / 1000 / forms.length;
  return {
    times: times.sort((a, b) => a - b),
    refused: results.filter((r) => !r.ok).length,
    arrived,
    serialTimes: serialTimes.sort((a, b) => a - b),
    cpuMsPerSubmit,
  };
}

/**
 * 10,000 rows of today's communes (625 communes in code order × the last 16 months, fewer in a short
 * run) taken out of the database and imported again from a real .xlsx file by the administrator.
 */
export async function importTenThousandRows(
  db: PrismaClient,
  admin: ActionUser,
  firstReported: Month,
  lastMonth: Month,
) {
  // Today's communes exist from July 2025: up to 16 months of them (fewer in a short benchmark run).
  const firstMonth = ["2025-07", firstReported, addMonths(lastMonth, -15)].sort().at(-1) as Month;
  const months = monthRange(firstMonth, lastMonth).length;
  const units = await db.unit.findMany({
    where: { validTo: null, reports: { some: { period: monthToDate(firstMonth) } } },
    orderBy: { code: "asc" },
    take: Math.ceil(10_000 / months),
    select: { id: true },
  });
  const taken = {
    unitId: { in: units.map((u) => u.id) },
    period: { gte: monthToDate(firstMonth), lte: monthToDate(lastMonth) },
  };
  const reports = await db.unitMonthReport.findMany({
    where: taken,
    orderBy: [{ unitId: "asc" }, { period: "asc" }],
    include: { unit: { select: { code: true, name: true } } },
  });
  const figures = await db.enrollmentFigure.findMany({
    where: taken,
    include: { group: { select: { ordinal: true } } },
  });
  const byReport = new Map<string, typeof figures>();
  for (const f of figures) {
    const key = `${f.unitId} ${f.period.toISOString()}`;
    byReport.set(key, [...(byReport.get(key) ?? []), f]);
  }
  const rows: SheetCell[][] = reports.map((r) => [
    r.unit.code,
    r.unit.name,
    r.period.toISOString().slice(0, 7),
    r.population,
    // A blank stays blank: voluntary social insurance is counted in pairs, and a 0 would be a figure.
    r.voluntarySocialInsured,
    r.voluntarySocialAssigned,
    ...(byReport.get(`${r.unitId} ${r.period.toISOString()}`) ?? [])
      .sort((a, b) => a.group.ordinal - b.group.ordinal)
      .flatMap((f) => [f.insured, f.eligible, f.newlyEnrolled, f.renewed]),
  ]);
  await db.$transaction(
    async (tx) => {
      await tx.enrollmentFigure.deleteMany({ where: taken });
      await tx.unitMonthReport.deleteMany({ where: taken });
    },
    { timeout: 300_000 },
  );

  const file = await xlsxFile("bao-cao-10000-dong.xlsx", vietnameseHeader(5), rows);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const previewStarted = performance.now();
  const prepared = await prepareImport(db, admin, { name: file.name, bytes }, now());
  const previewMs = performance.now() - previewStarted;
  const importStarted = performance.now();
  const result = await runAuthedAction(
    importReportsSpec,
    { file, token: prepared.token ?? "" },
    actionEnvironment(admin),
  );
  const importMs = performance.now() - importStarted;
  if (!result.ok) {
    const problems = JSON.stringify([prepared.check.problems, prepared.check.issues.slice(0, 5)]);
    throw new Error(`Import refused: ${JSON.stringify(result).slice(0, 300)} ${problems.slice(0, 1000)}`);
  }
  return { rows: rows.length, previewMs, importMs };
}
