import path from "node:path";
const SHARED = path.resolve(__dirname, "../../shared/data");
async function main() {
  const { db } = await import("../lib/db");
  const mode = process.argv[2];
  if (mode === "load") {
    const { writeDemoData } = await import("../prisma/seed/seed-demo");
    const { seedDemoAccounts } = await import("../prisma/seed/accounts");
    await db.$transaction((tx) => writeDemoData(tx, { unitFiles: { oldUnits: path.join(SHARED, "units-2024.csv"), newUnits: path.join(SHARED, "units-2025.csv"), wardSuccessions: path.join(SHARED, "ward-merge-2025.csv") }, from: "2025-05" }), { timeout: 3_600_000, maxWait: 10_000 });
    await seedDemoAccounts(db);
    console.log("loaded");
    return;
  }
  const { getCompleteness } = await import("../lib/reports/review-list");
  const { getReportedMonths } = await import("../lib/queries/get-reported-months");
  const { getUnitByCode } = await import("../lib/queries/units");
  const { getOpeningMonth } = await import("../lib/dashboard/opening-month");
  const { canAccessUnit } = await import("../lib/permissions/scope");
  const { getAccessibleAncestors } = await import("../lib/dashboard/accessible-ancestors");
  const country = (await getUnitByCode("VN", "2026-11"))!;
  const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
  const user = { ...admin, mustChangePassword: false, sessionId: "x" } as never;
  const t = async (name: string, f: () => Promise<unknown>) => { await f(); const s = performance.now(); for (let i = 0; i < 3; i++) await f(); console.log(name, ((performance.now() - s) / 3).toFixed(1), "ms"); };
  for (const month of ["2026-11", "2025-06"] as const) {
    await t(`completeness ${month}`, () => getCompleteness(country.id, month));
    await t(`canAccess ${month}`, () => canAccessUnit(user, country.id, month));
    await t(`ancestors ${month}`, () => getAccessibleAncestors(user, country.id, month));
  }
  await t("reportedMonths", () => getReportedMonths());
  await t("openingMonth", () => getOpeningMonth({ code: "VN", user, structureMonth: null, basis: "submitted" }));
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
