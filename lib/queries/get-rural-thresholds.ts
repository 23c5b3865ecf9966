// The New Rural Area thresholds (reference data), by level and period.
import "server-only";

import { cache } from "react";

import type { RuralThreshold } from "@/lib/coverage/rural-standard";
import { db } from "@/lib/db";

export type RuralThresholdRecord = RuralThreshold & { version: number };

export const getRuralThresholds = cache(async (): Promise<RuralThresholdRecord[]> =>
  db.ruralStandardThreshold.findMany({
    orderBy: [{ level: "asc" }, { validFrom: "asc" }],
    select: {
      id: true,
      level: true,
      validFrom: true,
      validTo: true,
      rateBp: true,
      legalBasis: true,
      notes: true,
      legalBasisEn: true,
      notesEn: true,
      version: true,
    },
  }),
);
