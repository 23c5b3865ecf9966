// Which plan, unit and month a plan page shows, for the signed-in user, resolved once per request.
// - The plan must be one the user may see (./plan-access.ts); otherwise 404, like a plan that does
//   not exist.
// - The unit is the one asked for (by code, `?unit=`) if it lies within the plan's scope unit;
//   otherwise the plan's scope unit, or, when the user may not open that (a commune looking at its
//   province's plan), the user's own scope unit. Whether the user may open a unit in the month
//   shown is asked of the one resolver (lib/queries/resolve-unit-in-month.ts).
// - The month is the one asked for if the unit has figures then within the plan's period, otherwise
//   the last such month; null when there is none yet (a plan for next year).
import "server-only";

import { notFound } from "next/navigation";
import { cache } from "react";

import { requireUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session";
import { PROJECTION_WINDOW_MONTHS } from "@/lib/coverage/projection";
import { db } from "@/lib/db";
import { addMonths, dateToMonth, type Month } from "@/lib/period";
import type { ScopedUser } from "@/lib/permissions/scope";
import { getPlan, type PlanDetail } from "@/lib/queries/get-plan";
import { getReportedMonths } from "@/lib/queries/get-reported-months";
import { resolveUnitInMonth } from "@/lib/queries/resolve-unit-in-month";
import { firstMonthOf, lastMonthOf } from "@/lib/units/unit-in-month";
import { monthSchema } from "@/lib/validation/period";

import { canManagePlan, canViewPlan } from "./plan-access";

export type PlanViewUnit = {
  id: number;
  code: string;
  name: string;
  level: number;
  validFrom: Date;
  validTo: Date | null;
};

export type PlanView = {
  user: SessionUser;
  plan: PlanDetail;
  unit: PlanViewUnit;
  /** Months with figures for the unit within the plan's period (null: none). */
  range: { first: Month; last: Month } | null;
  month: Month | null;
  /** The last month the unit exists, when it ended before the plan did (old units of 2025). */
  unitEndedIn: Month | null;
  /** First month of the history the page reads (trend chart and projection), when `month` is set. */
  historyFrom: Month | null;
  canManage: boolean;
};

/**
 * The history read reaches back at least a projection window before the month shown and six months
 * before the plan starts (so the trend chart shows where the plan began).
 */
const HISTORY_MONTHS = PROJECTION_WINDOW_MONTHS;

const unitSelect = { id: true, code: true, name: true, level: true, validFrom: true, validTo: true } as const;

/** The units with this code within the plan's scope unit (codes are reused: newest first). */
async function unitsInPlan(plan: PlanDetail, code: string): Promise<PlanViewUnit[]> {
  const rows = await db.unitClosure.findMany({
    where: { ancestorId: plan.scopeUnitId, descendant: { code } },
    select: { descendant: { select: unitSelect } },
    orderBy: { descendant: { validFrom: "desc" } },
  });
  return rows.map((row) => row.descendant);
}

function viewableRange(plan: PlanDetail, unit: PlanViewUnit, reported: { first: Month; last: Month } | null) {
  if (!reported) return null;
  const candidates = {
    first: [dateToMonth(plan.periodStart), firstMonthOf(unit), reported.first].sort().at(-1)!,
    last: [dateToMonth(plan.periodEnd), lastMonthOf(unit) ?? reported.last, reported.last].sort()[0]!,
  };
  return candidates.first <= candidates.last ? candidates : null;
}

/** The plan view for `user`, or null where the plan or every unit to show is out of their reach (404). */
export async function planViewFor<U extends ScopedUser>(
  user: U,
  planIdText: string,
  query: { unit?: string; month?: string },
): Promise<(Omit<PlanView, "user"> & { user: U }) | null> {
  const reported = await getReportedMonths();
  const planId = /^\d{1,9}$/.test(planIdText) ? Number(planIdText) : 0;
  const plan = await getPlan(planId);
  if (!plan || !(await canViewPlan(user, plan.scopeUnitId))) return null;

  const requested = query.unit ? await unitsInPlan(plan, query.unit) : [];
  const own = await db.unitClosure.findUnique({
    where: { ancestorId_descendantId: { ancestorId: plan.scopeUnitId, descendantId: user.scopeUnitId } },
    select: { descendant: { select: unitSelect } },
  });
  const choices = [...requested, plan.scopeUnit, ...(own ? [own.descendant] : [])];

  const month = monthSchema.safeParse(query.month);
  for (const unit of choices) {
    const range = viewableRange(plan, unit, reported);
    const shown = range
      ? month.success && month.data >= range.first && month.data <= range.last
        ? month.data
        : range.last
      : null;
    const accessMonth = shown ?? lastMonthOf(unit) ?? dateToMonth(plan.periodStart);
    const found = await resolveUnitInMonth(user, { unit: { id: unit.id }, month: accessMonth });
    if (found.kind !== "unit") continue;
    const ended = lastMonthOf(unit);
    const historyFrom =
      shown && reported
        ? [
            reported.first,
            firstMonthOf(unit),
            [addMonths(shown, 1 - HISTORY_MONTHS), addMonths(dateToMonth(plan.periodStart), -6)].sort()[0]!,
          ]
            .sort()
            .at(-1)!
        : null;
    return {
      user,
      plan,
      unit,
      range,
      month: shown,
      unitEndedIn: ended && ended < dateToMonth(plan.periodEnd) ? ended : null,
      historyFrom,
      canManage: await canManagePlan(user, plan.scopeUnitId),
    };
  }
  return null;
}

export const resolvePlanView = cache(
  async (planIdText: string, query: { unit?: string; month?: string }): Promise<PlanView> => {
    const view = await planViewFor(await requireUser(), planIdText, query);
    if (!view) notFound();
    return view;
  },
);
