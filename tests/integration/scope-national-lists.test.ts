// The scope rule across the July 2025 reorganisation on the real national lists (../shared/data:
// 63 → 34 provinces, 10,047 → 3,321 communes, 10,604 succession pairs), loaded with June and July
// 2025 figures the way the benchmark loads them: see tests/helpers/bac-lieu-scope.ts.
import path from "node:path";

import { describe } from "vitest";

import { db } from "@/lib/db";
import { SEED_TRANSACTION_OPTIONS, writeDemoData } from "@/prisma/seed/seed-demo";

import { describeBacLieuScope } from "../helpers/bac-lieu-scope";
import { hasReferenceData, REFERENCE_DATA_DIR } from "../helpers/unit-import";

describe.skipIf(!hasReferenceData)("the real national lists", () => {
  describeBacLieuScope(
    "the national lists",
    async () => {
      const unitFiles = {
        oldUnits: path.join(REFERENCE_DATA_DIR, "units-2024.csv"),
        newUnits: path.join(REFERENCE_DATA_DIR, "units-2025.csv"),
        wardSuccessions: path.join(REFERENCE_DATA_DIR, "ward-merge-2025.csv"),
      };
      const today = new Date("2025-08-15T00:00:00Z");
      await db.$transaction(
        (tx) => writeDemoData(tx, { unitFiles, from: "2025-06", to: "2025-07", today }),
        SEED_TRANSACTION_OPTIONS,
      );
    },
    64,
  );
});
