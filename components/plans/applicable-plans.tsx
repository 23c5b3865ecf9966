// On a unit's dashboard: the plans whose targets apply to the unit in the month shown (overall or
// for a group, by the rule of lib/coverage/applicable-target.ts), each a link to the unit's progress
// against that plan.
import Link from "next/link";
import { applicableTarget } from "@/lib/coverage/applicable-target";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";
import { getUnitTargetCandidates } from "@/lib/queries/get-target-candidates";
import { planHref } from "@/lib/routes";

export async function ApplicablePlans({ unitId, unitCode, month, t }: { unitId: number; unitCode: string; month: Month; t: Messages }) {
  const candidates = await getUnitTargetCandidates(unitId);
  const groups = [null, ...new Set(candidates.flatMap((candidate) => (candidate.groupId === null ? [] : [candidate.groupId])))];
  const applied = groups.flatMap((groupId) => applicableTarget(candidates, unitId, groupId, month) ?? []);
  const plans = [...new Map(applied.map((target) => [target.planId, target])).values()];
  return (
    <nav aria-label={t.plans.nav} className="no-print flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm" data-testid="applicable-plans">
      <span className="text-slate-600">{t.plans.dashboardLink.label}</span>
      {plans.length === 0 && <span className="text-slate-500">{t.plans.dashboardLink.none}</span>}
      {plans.map((plan) => (
        <Link key={plan.planId} href={planHref(plan.planId, { unit: unitCode, month })} className="font-medium text-brand-700 hover:underline" title={plan.planTitle}>
          {plan.planNumber}
        </Link>
      ))}
    </nav>
  );
}
