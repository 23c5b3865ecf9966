// `npm run bench`: loads the whole country (the reference lists in ../shared/data: 10,047 communes
// before July 2025, 3,321 after, with their successions) and monthly figures from January 2018 to the
// last complete month into a fresh database, then measures, side by side, the naive approach (Prisma
// findMany, sums in JavaScript), the raw-row SQL and the store of counted figures for the dashboard's
// questions; the store's rebuild and check; a submit and the national figures right after it;
// concurrent submits; a 10,000-row import; and, with --pages, the built app's complete pages over
// HTTP. Embedded PGlite by default; BENCH_DATABASE_URL=postgresql://…/postgres for a local PostgreSQL
// server (a database is created and dropped). Prints Markdown tables for the README.
//
// Options: --months N      only the last N months of figures (default: all, from 2018-01)
//          --runs N        timed runs per query after two warm-up runs (default 10)
//          --concurrent N  concurrent submits from communes of Hà Nội (default 50)
//          --pages         also time pages of the built app (`npm run build` first)
import path from "node:path";
import { parseArgs } from "node:util";

import { lastCompleteMonth, now } from "../lib/clock";
import type { SeedSummary } from "../prisma/seed/seed-demo";
import { createTestDatabase } from "../tests/helpers/test-database";
import { naiveRanking, naiveSummary, naiveTrend } from "./bench/naive-orm";
import { hasBuild, timePages } from "./bench/pages";

const SHARED_DATA = path.resolve(process.env.BENCH_SHARED_DATA ?? path.join(__dirname, "../../shared/data"));

const { values: options } = parseArgs({
  options: {
    months: { type: "string" },
    runs: { type: "string", default: "10" },
    concurrent: { type: "string", default: "50" },
    pages: { type: "boolean", default: false },
  },
});

type Timing = { median: number; p95: number };
type QueryRow = { question: string; what: string; naive: Timing | null; raw: Timing; store: Timing; note?: string };
type StepRow = { step: string; what: string; ms: string };

const queryRows: QueryRow[] = [];
const stepRows: StepRow[] = [];
let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function timing(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(1)} ms`;
}

/** `warmUps` untimed runs, then `runs` timed runs. */
async function timed(run: () => Promise<unknown>, runs: number, warmUps = 2): Promise<Timing> {
  for (let i = 0; i < warmUps; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return timing(times);
}

async function once<T>(step: string, run: () => Promise<T>, what: (result: T, elapsed: number) => string): Promise<T> {
  const started = performance.now();
  const result = await run();
  const elapsed = performance.now() - started;
  stepRows.push({ step, what: what(result, elapsed), ms: ms(elapsed) });
  console.error(`  ${step}: ${ms(elapsed)}`);
  return result;
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
  const { seedDemoAccounts } = await import("../prisma/seed/accounts");
  const { rebuildCountedStore, todaysStructureDay } = await import("../lib/counted-store/rebuild");
  const { checkCountedStore } = await import("../lib/counted-store/check");
  const { closeEmbeddedDatabases } = await import("../lib/embedded-db/open");
  const { getCoverageSummary, summaryFromRawRows } = await import("../lib/queries/get-coverage-summary");
  const { getChildCoverage, childCoverageFromRawRows } = await import("../lib/queries/get-child-coverage");
  const { getCoverageTrend, coverageTrendFromRawRows } = await import("../lib/queries/get-coverage-trend");
  const { getReportedMonths } = await import("../lib/queries/get-reported-months");
  const { getUnitByCode } = await import("../lib/queries/units");
  const { addMonths } = await import("../lib/period");
  const writes = await import("./bench/writes");
  let closed = false;

  try {
    const today = now();
    const lastMonth = lastCompleteMonth(today);
    const from = options.months ? addMonths(lastMonth, 1 - Number(options.months)) : undefined;
    const summary = await once(
      "Load the country",
      () =>
        db.$transaction((tx) => writeDemoData(tx, { unitFiles: nationalFiles(), from, today }), {
          maxWait: 10_000,
          timeout: 3_600_000,
        }),
      () => "units, successions, plans, monthly figures and the store, in one transaction",
    );
    await seedDemoAccounts(db);
    await once(
      "Rebuild the store of counted figures",
      () =>
        db.$transaction((tx) => rebuildCountedStore(tx, todaysStructureDay(today)), {
          maxWait: 10_000,
          timeout: 3_600_000,
        }),
      (built) => `${built.months} months, both structures, from the raw rows`,
    );
    const months = await getReportedMonths();
    if (!months) throw new Error("Nothing was loaded");

    const june2025 = "2025-06" as const;
    const latest = months.last;
    const structure = latest;
    const country = await getUnitByCode("VN", latest);
    const hanoiBefore = await getUnitByCode("01", june2025);
    const hanoiAfter = await getUnitByCode("01", latest);
    const commune = await getUnitByCode("00004", latest);
    if (!country || !hanoiBefore || !hanoiAfter || !commune) throw new Error("Reference units missing");

    // The naive approach takes up to a minute per national question: one warm-up run and one timed.
    const naiveRuns = 1;
    const question = async (
      name: string,
      what: string,
      approaches: {
        naive: (() => Promise<unknown>) | null;
        raw: () => Promise<unknown>;
        store: () => Promise<unknown>;
      },
      note?: string,
    ) => {
      const row: QueryRow = {
        question: name,
        what,
        naive: approaches.naive ? await timed(approaches.naive, naiveRuns, 1) : null,
        raw: await timed(approaches.raw, runs),
        store: await timed(approaches.store, runs),
        note,
      };
      queryRows.push(row);
      console.error(
        `  ${name}: naive ${row.naive ? ms(row.naive.median) : "–"}, raw ${ms(row.raw.median)}, store ${ms(row.store.median)}`,
      );
    };
    const withGroups = "totals and 5 groups";
    const firstMonth = options.months ? addMonths(lastMonth, 1 - Number(options.months)) : months.first;
    const series = `${firstMonth} to ${latest}`;
    for (const [month, label] of [
      [june2025, "June 2025"],
      [latest, `${latest} (latest)`],
    ] as const) {
      await question(`Country, ${label}`, withGroups, {
        naive: () => naiveSummary(db, country.id, month),
        raw: () => summaryFromRawRows(country.id, month, null, "submitted"),
        store: () => getCoverageSummary(country.id, month, null, "submitted"),
      });
      await question(`Country's provinces, ${label}`, "ranking", {
        naive: () => naiveRanking(db, country.id, month),
        raw: () => childCoverageFromRawRows(country.id, month, null, "submitted"),
        store: () => getChildCoverage(country.id, month, null, "submitted"),
      });
    }
    await question("Country in today's structure, June 2025", withGroups, {
      naive: null,
      raw: () => summaryFromRawRows(country.id, june2025, structure, "submitted"),
      store: () => getCoverageSummary(country.id, june2025, structure, "submitted"),
    });
    await question("Country's provinces in today's structure, June 2025", "ranking", {
      naive: null,
      raw: () => childCoverageFromRawRows(country.id, june2025, structure, "submitted"),
      store: () => getChildCoverage(country.id, june2025, structure, "submitted"),
    });
    await question("Country trend", series, {
      naive: () => naiveTrend(db, country.id, firstMonth, latest),
      raw: () => coverageTrendFromRawRows(country.id, firstMonth, latest, null, "submitted"),
      store: () => getCoverageTrend(country.id, firstMonth, latest, null, "submitted"),
    });
    await question("Country trend in today's structure", series, {
      naive: null,
      raw: () => coverageTrendFromRawRows(country.id, firstMonth, latest, structure, "submitted"),
      store: () => getCoverageTrend(country.id, firstMonth, latest, structure, "submitted"),
    });
    await question(`Hà Nội, ${latest}`, withGroups, {
      naive: () => naiveSummary(db, hanoiAfter.id, latest),
      raw: () => summaryFromRawRows(hanoiAfter.id, latest, null, "submitted"),
      store: () => getCoverageSummary(hanoiAfter.id, latest, null, "submitted"),
    });
    await question(`Hà Nội's communes, ${latest}`, "ranking", {
      naive: () => naiveRanking(db, hanoiAfter.id, latest),
      raw: () => childCoverageFromRawRows(hanoiAfter.id, latest, null, "submitted"),
      store: () => getChildCoverage(hanoiAfter.id, latest, null, "submitted"),
    });
    await question("Hà Nội's districts, June 2025", "ranking", {
      naive: () => naiveRanking(db, hanoiBefore.id, june2025),
      raw: () => childCoverageFromRawRows(hanoiBefore.id, june2025, null, "submitted"),
      store: () => getChildCoverage(hanoiBefore.id, june2025, null, "submitted"),
    });
    await question(
      "Hà Nội's communes in today's structure, June 2025",
      "ranking",
      {
        naive: null,
        raw: () => childCoverageFromRawRows(hanoiAfter.id, june2025, structure, "submitted"),
        store: () => getChildCoverage(hanoiAfter.id, june2025, structure, "submitted"),
      },
      "base units of today's structure before they existed: carried from the raw rows",
    );
    await question(`One ward, ${latest}`, withGroups, {
      naive: () => naiveSummary(db, commune.id, latest),
      raw: () => summaryFromRawRows(commune.id, latest, null, "submitted"),
      store: () => getCoverageSummary(commune.id, latest, null, "submitted"),
    });

    const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
    const adminUser = {
      id: admin.id,
      username: admin.username,
      role: admin.role,
      scopeUnitId: admin.scopeUnitId,
      mustChangePassword: false,
      sessionId: "bench",
    };
    await once(
      "A submit, then the country's summary",
      () => writes.submitThenRead(db, hanoiAfter.id, country.id, latest),
      (r) =>
        `submit ${ms(r.submitMs)}; the country's summary read right after: ${ms(r.readMs)}, ${r.visible ? "includes it" : "DOES NOT include it"}`,
    );
    const concurrent = Number(options.concurrent);
    await once(
      `${concurrent} concurrent submits from communes of Hà Nội`,
      () => writes.concurrentSubmits(db, hanoiAfter.id, latest, concurrent),
      (r) =>
        `each submit: p50 ${ms(percentile(r.times, 50))}, p95 ${ms(percentile(r.times, 95))}; ${r.arrived} of ${concurrent} arrived, ${r.refused} refused. ` +
        `The same submits one after another: p50 ${ms(percentile(r.serialTimes, 50))}, of which ${ms(r.cpuMsPerSubmit)} CPU time of the server process`,
    );
    await once(
      "Check the store against the raw rows",
      () => db.$transaction((tx) => checkCountedStore(tx), { maxWait: 10_000, timeout: 3_600_000 }),
      (differences) => (differences.length === 0 ? "equal, both structures" : `${differences.length} DIFFERENCES`),
    );
    await once(
      "10,000-row import (.xlsx)",
      () => writes.importTenThousandRows(db, adminUser, firstMonth, latest),
      (r) => `${r.rows.toLocaleString("en-US")} rows: preview ${ms(r.previewMs)}, import ${ms(r.importMs)}`,
    );

    const pageRows: { path: string; timing: Timing; bytes: number }[] = [];
    if (options.pages && hasBuild()) {
      await db.$disconnect();
      await closeEmbeddedDatabases();
      closed = true;
      const paths = [
        `/coverage/VN?month=${latest}`,
        `/coverage/VN?month=${june2025}`,
        `/coverage/VN?month=${june2025}&view=current`,
        `/coverage/01?month=${latest}`,
        `/coverage/${commune.code}?month=${latest}`,
      ];
      for (const page of await timePages(
        database.env,
        { username: "admin", password: "demo-admin-2025" },
        paths,
        runs,
      )) {
        pageRows.push({ path: page.path, timing: timing(page.times), bytes: page.bytes });
        console.error(`  ${page.path}: median ${ms(timing(page.times).median)}`);
      }
    } else if (options.pages) {
      console.error("  Pages skipped: no build (run npm run build first).");
    }

    printReport(database.kind, summary, runs, naiveRuns, pageRows);
  } finally {
    clearInterval(sampler);
    if (!closed) await db.$disconnect();
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

function printReport(
  kind: string,
  summary: SeedSummary,
  runs: number,
  naiveRuns: number,
  pages: { path: string; timing: Timing; bytes: number }[],
): void {
  const count = (value: number) => value.toLocaleString("en-US");
  console.log(`\n### ${kind === "pglite" ? "Embedded PGlite" : "PostgreSQL"} — ${now().toISOString().slice(0, 10)}\n`);
  console.log(
    `Data: ${count(summary.units)} units, ${count(summary.successions)} successions, ` +
      `${count(summary.reports)} monthly reports, ${count(summary.figures)} group figures.\n`,
  );
  console.log(
    `Queries: median (p95) of ${runs} runs after 2 warm-up runs; the naive approach ${naiveRuns} runs after 1.\n`,
  );
  console.log("| question | what | naive ORM | raw-row SQL | store | naive ÷ store |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: |");
  const cell = (t: Timing | null) => (t ? `${ms(t.median)} (${ms(t.p95)})` : "–");
  for (const row of queryRows) {
    const ratio = row.naive ? `${Math.round(row.naive.median / row.store.median)}×` : "–";
    console.log(
      `| ${row.question} | ${row.what}${row.note ? ` (${row.note})` : ""} | ${cell(row.naive)} | ${cell(row.raw)} | ${cell(row.store)} | ${ratio} |`,
    );
  }
  console.log("\n| step | what | time |");
  console.log("| --- | --- | ---: |");
  for (const row of stepRows) console.log(`| ${row.step} | ${row.what} | ${row.ms} |`);
  if (pages.length > 0) {
    console.log(
      `\nComplete pages of the built app over HTTP, signed in as the administrator: median (p95) of ${runs} runs.\n`,
    );
    console.log("| page | HTML | time |");
    console.log("| --- | ---: | ---: |");
    for (const page of pages)
      console.log(
        `| \`${page.path}\` | ${Math.round(page.bytes / 1024)} KB | ${ms(page.timing.median)} (${ms(page.timing.p95)}) |`,
      );
  }
  console.log(
    `\nPeak resident memory of the benchmark process (Node.js${kind === "pglite" ? " and the embedded database" : ""}): ${Math.round(peakRss / 2 ** 20)} MB.`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
