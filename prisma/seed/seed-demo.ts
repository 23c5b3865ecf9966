// Seeds the demo: units before and after the 2025 reorganisation, the participant groups, the plans
// and monthly figures from January 2018. Everything is written in one transaction, so a failed seed
// leaves the database as it was.
import type { Prisma, PrismaClient } from "@prisma/client";

import { rebuildCountedStore, todaysStructureDay } from "../../lib/counted-store/rebuild";
import { insertCampaigns } from "./campaigns";
import { buildDemoModel } from "./demo-model";
import { loadDemoUnits } from "./demo-units";
import { insertFigures } from "./figures";
import { insertGroupSet } from "./groups";
import { insertPlans } from "./plans";
import { configureReportingRules } from "./reporting-rules";
import { resolveSeedScope, type SeedDemoOptions } from "./seed-scope";
import { insertUnits } from "./units";

export type { SeedDemoOptions } from "./seed-scope";

export interface SeedSummary {
  units: number;
  closureRows: number;
  successions: number;
  groups: number;
  plans: number;
  planTargets: number;
  campaigns: number;
  reports: number;
  figures: number;
}

/** Writing ~370,000 figures takes seconds, far beyond Prisma's default 5 s transaction timeout. */
export const SEED_TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 300_000 };

export async function seedDemo(prisma: PrismaClient, options: SeedDemoOptions = {}): Promise<SeedSummary> {
  return prisma.$transaction((tx) => writeDemoData(tx, options), SEED_TRANSACTION_OPTIONS);
}

/** The seed inside a caller's transaction (the CLI empties the tables first in the same one). */
export async function writeDemoData(tx: Prisma.TransactionClient, options: SeedDemoOptions = {}): Promise<SeedSummary> {
  const units = loadDemoUnits(options.unitFiles);
  const provinceCodes = new Set([...units.oldProvinces, ...units.newProvinces].map((province) => province.code));
  const scope = resolveSeedScope(options, provinceCodes);
  const model = buildDemoModel(units, scope.lastMonth);

  await configureReportingRules(tx);
  const seeded = await insertUnits(tx, units, scope);
  const groupIds = await insertGroupSet(tx);
  const plans = await insertPlans(tx, { units, model, seeded, groupIds }, scope);
  const figures = await insertFigures(tx, { units, model, seeded, groupIds }, scope);
  const campaigns = await insertCampaigns(tx, seeded, scope);
  // The figures went in while the store was stale (the new units made it so): fill it once.
  await rebuildCountedStore(tx, todaysStructureDay(scope.today));
  // The planner needs statistics of the tables just written: the embedded database has no
  // autovacuum, and without them the roll-up and carrying queries choose slow plans.
  await tx.$executeRaw`ANALYZE`;
  return {
    units: 1 + seeded.oldIds.size + seeded.newIds.size,
    closureRows: seeded.closureRowCount,
    successions: seeded.successionCount,
    groups: groupIds.length,
    plans: plans.plans,
    planTargets: plans.targets,
    campaigns,
    reports: figures.reports,
    figures: figures.figures,
  };
}
