// Totals of a unit's base units per month, for the summary sheet of an export. Pure: sums only;
// rates are computed from these sums (lib/coverage/rates.ts), never by averaging the units' rates.
// Only the reports that count (lib/coverage/counting-rule.ts) are summed, as on the dashboard; the
// data sheet still lists every report with its status.
import { isCounted } from "@/lib/coverage/counting-rule";
import { countedVoluntaryPair } from "@/lib/coverage/voluntary-social";
import type { Month } from "@/lib/period";
import type { ReportRow } from "@/lib/queries/get-report-rows";

export type MonthTotals = {
  month: Month;
  baseUnits: number;
  reporting: number;
  population: number;
  insured: number;
  newlyEnrolled: number;
  renewed: number;
  groups: Record<string, { insured: number; eligible: number }>;
  voluntarySocialInsured: number;
  voluntarySocialAssigned: number;
};

export function summariseMonths(
  rows: readonly ReportRow[],
  months: readonly Month[],
  groupCodes: readonly string[],
): MonthTotals[] {
  const totals = new Map<Month, MonthTotals>(
    months.map((month) => [
      month,
      {
        month,
        baseUnits: 0,
        reporting: 0,
        population: 0,
        insured: 0,
        newlyEnrolled: 0,
        renewed: 0,
        groups: Object.fromEntries(groupCodes.map((code) => [code, { insured: 0, eligible: 0 }])),
        voluntarySocialInsured: 0,
        voluntarySocialAssigned: 0,
      },
    ]),
  );
  for (const row of rows) {
    const total = totals.get(row.month);
    if (!total) continue;
    total.baseUnits += 1;
    if (!row.values || !isCounted(row.status, "submitted")) continue;
    total.reporting += 1;
    total.population += row.values.population;
    const voluntary = countedVoluntaryPair(row.values.voluntarySocialInsured, row.values.voluntarySocialAssigned);
    total.voluntarySocialInsured += voluntary.insured;
    total.voluntarySocialAssigned += voluntary.assigned;
    for (const [code, figures] of Object.entries(row.values.groups)) {
      total.insured += figures.insured;
      total.newlyEnrolled += figures.newlyEnrolled;
      total.renewed += figures.renewed;
      const group = (total.groups[code] ??= { insured: 0, eligible: 0 });
      group.insured += figures.insured;
      group.eligible += figures.eligible;
    }
  }
  return [...totals.values()];
}
