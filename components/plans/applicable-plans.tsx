// On a unit's dashboard: the plans whose targets apply to the unit in the month shown (overall or
// for a group, by the rule of lib/coverage/applicable-target.ts), each a link to the unit's progress
// against that plan. A plan the user may not open (an old province's official on a new commune: the
// new province's plan applies to it, but the plan is not theirs, lib/plans/plan-access.ts) is named
// without a link. When none applies (e.g. 2026, after the national 2022–2025 plan), it says which
// plan ended and when, and offers officials who may create a plan for the unit a link to do so.
import Link from "next/link";

import { Entered, entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";
import type { SessionUser } from "@/lib/auth/session";
import { applicableTarget, lastPassedTarget } from "@/lib/coverage/applicable-target";
import { formatMonth } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { dateToMonth, type Month } from "@/lib/period";
import { canManagePlan, viewablePlans } from "@/lib/plans/plan-access";
import { getUnitTargetCandidates } from "@/lib/queries/get-target-candidates";
import { planHref } from "@/lib/routes";

type Props = { user: SessionUser; unitId: number; unitCode: string; month: Month; locale: Locale; t: Messages };

export async function ApplicablePlans({ user, unitId, unitCode, month, locale, t }: Props) {
  const candidates = await getUnitTargetCandidates(unitId);
  const groups = [
    null,
    ...new Set(candidates.flatMap((candidate) => (candidate.groupId === null ? [] : [candidate.groupId]))),
  ];
  const applied = groups.flatMap((groupId) => applicableTarget(candidates, unitId, groupId, month) ?? []);
  // The plan of the rate and, when another plan assigns the unit its number of people, that one too.
  const sources = applied.flatMap((target) => (target.assignedBy ? [target, target.assignedBy] : [target]));
  const plans = [...new Map(sources.map((target) => [target.planId, target])).values()];
  const ended = plans.length === 0 ? lastPassedTarget(candidates, unitId, month) : null;
  const [viewable, mayCreate] = await Promise.all([
    viewablePlans(
      user,
      plans.map((plan) => plan.planId),
    ),
    plans.length === 0 ? canManagePlan(user, unitId) : false,
  ]);
  return (
    <nav
      aria-label={t.plans.nav}
      className="no-print flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm"
      data-testid="applicable-plans"
    >
      <span className="text-slate-600">{t.plans.dashboardLink.label}</span>
      {plans.length === 0 && (
        <span className="text-slate-600" data-testid="no-plan-applies">
          {ended
            ? fillNodes(t.plans.dashboardLink.ended, {
                plan: <Entered kind="plan">{ended.planNumber}</Entered>,
                month: formatMonth(dateToMonth(ended.dueOn), locale),
              })
            : t.plans.dashboardLink.none}
        </span>
      )}
      {mayCreate && (
        <Link href="/plans/new" className="font-medium text-brand-700 hover:underline">
          {t.plans.dashboardLink.create}
        </Link>
      )}
      {plans.map((plan) =>
        viewable.has(plan.planId) ? (
          <Link
            key={plan.planId}
            href={planHref(plan.planId, { unit: unitCode, month })}
            className="font-medium text-brand-700 hover:underline"
            title={plan.planTitle}
            {...entered("plan")}
          >
            {plan.planNumber}
          </Link>
        ) : (
          <span key={plan.planId} className="text-slate-700" data-testid="applicable-plan-unlinked">
            <span title={plan.planTitle} {...entered("plan")}>
              {plan.planNumber}
            </span>{" "}
            <span className="text-slate-600">({t.plans.dashboardLink.notYours})</span>
          </span>
        ),
      )}
    </nav>
  );
}
