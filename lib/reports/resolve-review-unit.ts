// Which unit and month a review-page request shows, for the signed-in user. The page is for a
// province or a district (a unit with communes below it); any role that reads coverage may open it
// for a unit in scope, and only reviewers see the actions. A unit outside the scope answers 404.
// Months run from the first reported one to the month being collected (the last month that has
// ended), which is the default, even before any commune has reported for it.
import "server-only";

import { notFound } from "next/navigation";
import { cache } from "react";

import { requirePermission } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session";
import { lastCompleteMonth } from "@/lib/clock";
import { type Month } from "@/lib/period";
import { canAccessUnit } from "@/lib/permissions/scope";
import { getReportedMonths } from "@/lib/queries/get-reported-months";
import { getUnitByCode, getUnitsWithCode } from "@/lib/queries/units";
import { lastMonthOf } from "@/lib/units/unit-in-month";
import { monthAsked } from "@/lib/validation/period";

type Range = { first: Month; last: Month };
type Unit = NonNullable<Awaited<ReturnType<typeof getUnitByCode>>>;

export type ReviewTarget =
  | { kind: "notInMonth"; user: SessionUser; code: string; month: Month; range: Range }
  | { kind: "unit"; user: SessionUser; unit: Unit; month: Month; range: Range };

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
    let month = chosen ?? collecting;
    let unit = await getUnitByCode(code, month);
    if (!unit && !chosen) {
      // An earlier structure's unit (an old district): its last month.
      const [latest] = await getUnitsWithCode(code);
      const last = latest ? lastMonthOf(latest) : null;
      if (last) {
        month = last;
        unit = await getUnitByCode(code, month);
      }
    }
    if (!unit) return { kind: "notInMonth", user, code, month, range };
    if (!REVIEWED_LEVELS.includes(unit.level) || !(await canAccessUnit(user, unit.id, month))) notFound();
    return { kind: "unit", user, unit, month, range };
  },
);
