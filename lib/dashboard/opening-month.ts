// The month a dashboard opens on when its URL names none (the rule: lib/reports/month-standing-rules.ts):
// the latest month that has ended and is either complete for the unit viewed — every base unit
// below it has a report that counts on the basis viewed — or past its deadline. While the last
// month is being collected and some of the unit's reports are missing, it opens on the month before.
import "server-only";

import { now } from "@/lib/clock";
import type { CountingBasis } from "@/lib/coverage/counting-rule";
import type { Month } from "@/lib/period";
import type { ScopedUser } from "@/lib/permissions/scope";
import { getCoverageSummary } from "@/lib/queries/get-coverage-summary";
import { getReportingRules } from "@/lib/queries/get-reporting-rules";
import { resolveUnitInMonth } from "@/lib/queries/resolve-unit-in-month";
import { isMonthComplete, monthsAwaitingDeadline, openingMonth } from "@/lib/reports/month-standing-rules";

import type { StructureView } from "./structure-view";

export async function getOpeningMonth({
  code,
  user,
  view,
  basis,
  at = now(),
}: {
  /** The unit's code: the unit it names may differ from month to month. */
  code: string;
  user: ScopedUser;
  /** The structure of each month, or today's (the month of `at`). */
  view: StructureView;
  basis: CountingBasis;
  at?: Date;
}): Promise<Month> {
  const rules = await getReportingRules();
  const complete = new Set<Month>();
  for (const month of monthsAwaitingDeadline(rules, at)) {
    if (await isCompleteFor(code, user, month, view, basis, at)) {
      complete.add(month);
      break;
    }
  }
  return openingMonth(rules, at, (month) => complete.has(month));
}

/** Whether every base unit of the unit has a counted report; never judged for a unit outside the user's scope. */
async function isCompleteFor(
  code: string,
  user: ScopedUser,
  month: Month,
  view: StructureView,
  basis: CountingBasis,
  at: Date,
): Promise<boolean> {
  const found = await resolveUnitInMonth(user, { unit: { code }, month, view }, { at });
  if (found.kind !== "unit") return false;
  return isMonthComplete(await getCoverageSummary(found.unit.id, month, found.structureMonth, basis));
}
