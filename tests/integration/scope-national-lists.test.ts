// On the real national lists (../shared/data: 63 → 34 provinces, 10,047 → 3,321 communes, 10,604
// succession pairs), loaded with June and July 2025 figures the way the benchmark loads them:
//   • the scope rule across the July 2025 reorganisation (tests/helpers/bac-lieu-scope.ts);
//   • the store's upkeep at that size: a write looks its units up in the closure and in the old units'
//     ends by index. Joined whole (a hash of 38,000 closure rows), each statement of a submit took
//     about 10 ms and held the store rows of its province and of the country meanwhile
//     (prisma/migrations/20261211000100_counted_apply_index_lookups).
import path from "node:path";

import type { Prisma } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { monthToDate, type Month } from "@/lib/period";
import { SEED_TRANSACTION_OPTIONS, writeDemoData } from "@/prisma/seed/seed-demo";

import { describeBacLieuScope } from "../helpers/bac-lieu-scope";
import { hasReferenceData, REFERENCE_DATA_DIR } from "../helpers/unit-import";

let loading: Promise<void> | undefined;

/** The country, once for the whole file. */
function loadCountry(): Promise<void> {
  const unitFiles = {
    oldUnits: path.join(REFERENCE_DATA_DIR, "units-2024.csv"),
    newUnits: path.join(REFERENCE_DATA_DIR, "units-2025.csv"),
    wardSuccessions: path.join(REFERENCE_DATA_DIR, "ward-merge-2025.csv"),
  };
  const today = new Date("2025-08-15T00:00:00Z");
  loading ??= db
    .$transaction(
      (tx) => writeDemoData(tx, { unitFiles, from: "2025-06", to: "2025-07", today }),
      SEED_TRANSACTION_OPTIONS,
    )
    .then(() => undefined);
  return loading;
}

type ScanCounts = Record<string, { seq: number; idx: number }>;

/** Scans of the closure and of the old units' ends by this connection, counted but not yet flushed
 * to the statistics (pg_stat_xact_*: they include earlier transactions', so a write is measured as the
 * difference). */
async function scanCounts(tx: Prisma.TransactionClient): Promise<ScanCounts> {
  const rows = await tx.$queryRaw<{ relname: string; seq: number; idx: number }[]>`
    SELECT relname::text AS relname, seq_scan::int AS seq, COALESCE(idx_scan, 0)::int AS idx
    FROM pg_stat_xact_user_tables WHERE relname IN ('unit_closure', 'counted_source_end')`;
  return Object.fromEntries(rows.map(({ relname, seq, idx }) => [relname, { seq, idx }]));
}

/** Changes one reported commune's report and figures of `month` (rolled back), and counts how the
 * store's upkeep read the closure and the old units' ends meanwhile. */
async function scansOfAWrite(month: Month): Promise<ScanCounts> {
  const period = monthToDate(month);
  const { unitId } = await db.unitMonthReport.findFirstOrThrow({ where: { period }, select: { unitId: true } });
  let scans: ScanCounts = {};
  await db
    .$transaction(async (tx) => {
      // The session's temporary tables of deltas as the app's connections have them: never analysed.
      // (The seed's ANALYZE analysed this session's, empty, which hid the whole-closure join.)
      await tx.$executeRaw`DISCARD TEMP`;
      const before = await scanCounts(tx);
      const where = { unitId, period };
      await tx.unitMonthReport.update({ where: { unitId_period: where }, data: { population: { increment: 1 } } });
      await tx.enrollmentFigure.updateMany({ where, data: { insured: { increment: 1 } } });
      const after = await scanCounts(tx);
      const zero = { seq: 0, idx: 0 };
      scans = Object.fromEntries(
        Object.entries(after).map(([table, { seq, idx }]) => {
          const was = before[table] ?? zero;
          return [table, { seq: seq - was.seq, idx: idx - was.idx }];
        }),
      );
      throw new Error("roll back");
    })
    .catch((error: Error) => {
      if (error.message !== "roll back") throw error;
    });
  return scans;
}

describe.skipIf(!hasReferenceData)("the real national lists", () => {
  describeBacLieuScope("the national lists", loadCountry, 64);

  describe("the store of counted figures, kept by a write", () => {
    beforeAll(loadCountry);

    it("finds a commune's ancestors by index in July 2025, not by reading the whole closure", async () => {
      const scans = await scansOfAWrite("2025-07");
      expect(scans.unit_closure?.seq).toBe(0);
      expect(scans.unit_closure?.idx).toBeGreaterThan(0);
    });

    it("finds an old commune's ends in today's structure by index in June 2025", async () => {
      const scans = await scansOfAWrite("2025-06");
      expect(scans.counted_source_end?.seq).toBe(0);
      expect(scans.counted_source_end?.idx).toBeGreaterThan(0);
      expect(scans.unit_closure?.seq).toBe(0);
    });
  });
});
