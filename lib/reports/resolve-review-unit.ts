// Which unit and month a review-page request shows, for the signed-in user. The page is for a
// province or a district (a unit with communes below it); any role that reads coverage may open it
// for a unit in scope, and only reviewers see the actions. The unit comes from the one resolver
// (lib/queries/resolve-unit-in-month.ts): a unit outside the scope answers 404, like one that
// does not exist, and so does a unit that is not a province or a district.
// Months run from the first reported one to the month being collected (the last month that has
// ended), which is the default, even before any commune has reported for it.
import "server-only";

import { notFound } from "next/navigation";
import { cache } from "react";

import { requirePermission } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session";
import { lastCompleteMonth } from "@/lib/clock";
import { type Month } from "@/lib/period";
import { getReportedMonths } from "@/lib/queries/get-reported-months";
import { resolveUnitInMonth, type ResolvedUnit, type UnitPeriod } from "@/lib/queries/resolve-unit-in-month";
import { monthAsked } from "@/lib/validation/period";

type Range = { first: Month; last: Month };

export type ReviewTarget =
  | { kind: "notInMonth"; user: SessionUser; code: string; month: Month; periods: UnitPeriod[]; range: Range }
  | { kind: "unit"; user: SessionUser; unit: ResolvedUnit; month: Month; range: Range };

/** Depths of the units whose communes are reviewed on one page: provinces and districts. */
const REVIEWED_LEVELS = [1, 2];

export const resolveReviewUnit = cache(
  async (code: string, requestedMonth: string | undefined): Promise<ReviewTarget> => {
    const [user, reported] = await Promise.all([requirePermission("coverage:read"), getReportedMonths()]);
    const collecting = lastCompleteMonth();
    const range = {
      first: reported && reported.first < collecting ? reported.first : collecting,
      last: reported && reported.last > collecting ? reported.last : collecting,
    };
    const chosen = monthAsked(requestedMonth, range);
    let found = await resolveUnitInMonth(user, { unit: { code }, month: chosen ?? collecting });
    if (found.kind === "notInMonth" && !chosen) {
      // An earlier structure's unit (an old district) the user may open: its last month.
      const last = found.periods[0]?.last;
      if (last) found = await resolveUnitInMonth(user, { unit: { code }, month: last });
    }
    if (found.kind === "notFound") notFound();
    if (found.kind === "notInMonth") return { ...found, user, range };
    if (!REVIEWED_LEVELS.includes(found.unit.level)) notFound();
    return { kind: "unit", user, unit: found.unit, month: found.month, range };
  },
);
