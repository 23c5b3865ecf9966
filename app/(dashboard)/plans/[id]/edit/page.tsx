import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ArchivePlanForm } from "@/components/plans/archive-plan-form";
import { PlanForm } from "@/components/plans/plan-form";
import { requirePermission } from "@/lib/auth/current-user";
import { fill } from "@/lib/i18n/fill";
import { getI18n } from "@/lib/i18n/server";
import { dateToMonth } from "@/lib/period";
import { canManagePlan } from "@/lib/plans/plan-access";
import { planFormInitial } from "@/lib/plans/plan-form-initial";
import { getPlan } from "@/lib/queries/get-plan";
import { getGroupsForPeriod } from "@/lib/queries/get-plan-groups";
import { getPlanScopeOptions } from "@/lib/queries/get-plan-scope-options";
import { planHref } from "@/lib/routes";

type Props = { params: Promise<{ id: string }> };

async function loadPlan(id: string) {
  const user = await requirePermission("plan:manage");
  const plan = await getPlan(/^\d{1,9}$/.test(id) ? Number(id) : 0);
  if (!plan || !(await canManagePlan(user, plan.scopeUnitId))) notFound();
  return { user, plan };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { t }] = await Promise.all([params, getI18n()]);
  const { plan } = await loadPlan(id);
  return { title: fill(t.plans.form.editTitle, { number: plan.number }) };
}

export default async function EditPlanPage({ params }: Props) {
  const [{ id }, { locale, t }] = await Promise.all([params, getI18n()]);
  const { user, plan } = await loadPlan(id);
  const [units, groups] = await Promise.all([
    getPlanScopeOptions(user),
    getGroupsForPeriod(dateToMonth(plan.periodStart), dateToMonth(plan.periodEnd)),
  ]);
  return (
    <div className="space-y-4">
      <Link href={planHref(plan.id)} className="text-sm text-brand-700 underline-offset-2 hover:underline">
        ← {t.plans.form.backToPlan}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">
          {fill(t.plans.form.editTitle, { number: plan.number })}
        </h1>
        <p className="text-sm text-slate-500">{t.plans.form.editDescription}</p>
      </div>
      {plan.archivedAt ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-near">{t.plans.form.archivedReadOnly}</p>
      ) : (
        <PlanForm initial={planFormInitial(plan, locale)} groups={groups} units={units} locale={locale} t={t.plans} />
      )}
      <ArchivePlanForm
        planId={plan.id}
        version={plan.version}
        archived={plan.archivedAt !== null}
        t={t.plans.archive}
      />
    </div>
  );
}
