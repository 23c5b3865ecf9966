// `npm run bench`: loads the whole country (the reference lists in ../shared/data: 10,047 communes
// before July 2025, 3,321 after, with their successions) and monthly figures from January 2018 to the
// last complete month into a fresh database, then times the dashboard's queries and records memory.
// Embedded PGlite by default; BENCH_DATABASE_URL=postgresql://…/postgres for a local PostgreSQL
// server (a database is created and dropped). Prints a Markdown table for the README.
//
// Options: --months N   only the last N months of figures (default: all, from 2018-01)
//          --runs N     timed runs per query after two warm-up runs (default 10)
import path from "node:path";
import { parseArgs } from "node:util";
import { lastCompleteMonth, now } from "../lib/clock";
import type { SeedSummary } from "../prisma/seed/seed-demo";
import { createTestDatabase } from "../tests/helpers/test-database";

const SHARED_DATA = path.resolve(process.env.BENCH_SHARED_DATA ?? path.join(__dirname, "../../shared/data"));

const { values: options } = parseArgs({
  options: { months: { type: "string" }, runs: { type: "string", default: "10" } },
});

type Row = { step: string; what: string; median: number; p95?: number; rssMb: number };

const rows: Row[] = [];
let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

function rssMb(): number {
  const rss = process.memoryUsage().rss;
  peakRss = Math.max(peakRss, rss);
  return rss / 2 ** 20;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function once(step: string, what: string, run: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await run();
  rows.push({ step, what, median: performance.now() - started, rssMb: rssMb() });
  console.error(`  ${step}: ${Math.round(rows.at(-1)!.median)} ms`);
}

/** `what` describes the query's result (the first warm-up run's), e.g. how many rows it returned. */
async function repeated<T>(step: string, what: (result: T) => string, run: () => Promise<T>, runs: number): Promise<void> {
  const result = await run();
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  rows.push({ step, what: what(result), median: percentile(times, 50), p95: percentile(times, 95), rssMb: rssMb() });
  console.error(`  ${step}: median ${rows.at(-1)!.median.toFixed(1)} ms`);
}

async function main(): Promise<void> {
  const runs = Number(options.runs);
  if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
  const database = await createTestDatabase();
  Object.assign(process.env, database.env);
  console.error(`Benchmark on ${database.kind}, reference lists from ${SHARED_DATA}`);

  // Imported after the environment names the database: lib/db opens it on import.
  const { db } = await import("../lib/db");
  const { writeDemoData } = await import("../prisma/seed/seed-demo");
  const { getCoverageSummary } = await import("../lib/queries/get-coverage-summary");
  const { getChildCoverage } = await import("../lib/queries/get-child-coverage");
  const { getCoverageTrend } = await import("../lib/queries/get-coverage-trend");
  const { getReportedMonths } = await import("../lib/queries/get-reported-months");
  const { getUnitByCode } = await import("../lib/queries/units");
  const { addMonths } = await import("../lib/period");

  try {
    const today = now();
    const lastMonth = lastCompleteMonth(today);
    const from = options.months ? addMonths(lastMonth, 1 - Number(options.months)) : undefined;
    let summary: SeedSummary | undefined;
    await once("Load the country", "units, successions, plans and monthly figures in one transaction", async () => {
      summary = await db.$transaction((tx) => writeDemoData(tx, { unitFiles: nationalFiles(), from, today }), {
        maxWait: 10_000,
        timeout: 3_600_000,
      });
    });
    const months = await getReportedMonths();
    if (!summary || !months) throw new Error("Nothing was loaded");

    const june2025 = "2025-06" as const;
    const latest = months.last;
    const country = await getUnitByCode("VN", latest);
    const hanoiBefore = await getUnitByCode("01", june2025);
    const hanoiAfter = await getUnitByCode("01", latest);
    const commune = await getUnitByCode("00004", latest);
    if (!country || !hanoiBefore || !hanoiAfter || !commune) throw new Error("Reference units missing");

    const count = (value: number) => value.toLocaleString("en-US");
    const communes = (n: number) => `${count(n)} ${n === 1 ? "commune" : "communes"}`;
    const summaryOf = (summary: { baseUnits: number }) => `summary over ${communes(summary.baseUnits)}`;
    const rankingOf = (kind: string) => (children: unknown[]) => `${children.length} ${kind} with their totals`;
    const trendOf = (points: unknown[]) => `${points.length} months, zero-filled`;
    await repeated("Country, June 2025", summaryOf, () => getCoverageSummary(country.id, june2025), runs);
    await repeated("Country, latest month", summaryOf, () => getCoverageSummary(country.id, latest), runs);
    await repeated("Country's provinces, June 2025", rankingOf("provinces"), () => getChildCoverage(country.id, june2025), runs);
    await repeated("Country's provinces, latest month", rankingOf("provinces"), () => getChildCoverage(country.id, latest), runs);
    await repeated("Hà Nội's districts, June 2025", rankingOf("districts"), () => getChildCoverage(hanoiBefore.id, june2025), runs);
    await repeated("Hà Nội's communes, latest month", rankingOf("communes"), () => getChildCoverage(hanoiAfter.id, latest), runs);
    await repeated("Country trend, 24 months", trendOf, () => getCoverageTrend(country.id, addMonths(latest, -23), latest), runs);
    await repeated("Country trend, all months", trendOf, () => getCoverageTrend(country.id, months.first, latest), runs);
    await repeated("One ward, latest month", summaryOf, () => getCoverageSummary(commune.id, latest), runs);
    // Today's structure (?view=current): June 2025's figures carried into the successors.
    const carriedOf = (summary: { baseUnits: number }) => `June 2025: ${communes(summary.baseUnits)} carried into today's units`;
    await repeated("Country in today's structure, June 2025", carriedOf, () => getCoverageSummary(country.id, june2025, latest), runs);
    await repeated("Country's provinces in today's structure, June 2025", rankingOf("provinces"), () => getChildCoverage(country.id, june2025, latest), runs);
    await repeated("Hà Nội's communes in today's structure, June 2025", rankingOf("communes"), () => getChildCoverage(hanoiAfter.id, june2025, latest), runs);
    await repeated("Hà Nội trend in today's structure, all months", trendOf, () => getCoverageTrend(hanoiAfter.id, months.first, latest, latest), runs);
    await repeated("Country trend in today's structure, 24 months", trendOf, () => getCoverageTrend(country.id, addMonths(latest, -23), latest, latest), runs);

    printReport(database.kind, summary, runs);
  } finally {
    clearInterval(sampler);
    await db.$disconnect();
    await database.drop();
  }
}

function nationalFiles() {
  return {
    oldUnits: path.join(SHARED_DATA, "units-2024.csv"),
    newUnits: path.join(SHARED_DATA, "units-2025.csv"),
    wardSuccessions: path.join(SHARED_DATA, "ward-merge-2025.csv"),
  };
}

function printReport(kind: string, summary: SeedSummary, runs: number): void {
  const count = (value: number) => value.toLocaleString("en-US");
  console.log(`\n### ${kind === "pglite" ? "Embedded PGlite" : "PostgreSQL"} — ${now().toISOString().slice(0, 10)}\n`);
  console.log(
    `Data: ${count(summary.units)} units, ${count(summary.successions)} successions, ` +
      `${count(summary.reports)} monthly reports, ${count(summary.figures)} group figures. ` +
      `Query times: median and 95th percentile of ${runs} runs after 2 warm-up runs.\n`,
  );
  console.log("| step | what | median | p95 | RSS after |");
  console.log("| --- | --- | ---: | ---: | ---: |");
  for (const row of rows) {
    const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(1)} ms`);
    console.log(`| ${row.step} | ${row.what} | ${ms(row.median)} | ${row.p95 === undefined ? "" : ms(row.p95)} | ${Math.round(row.rssMb)} MB |`);
  }
  console.log(`\nPeak resident memory of the process (Node.js${kind === "pglite" ? " and the embedded database" : ""}): ${Math.round(peakRss / 2 ** 20)} MB.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
