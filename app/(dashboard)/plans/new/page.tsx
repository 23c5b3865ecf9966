import type { Metadata } from "next";
import Link from "next/link";

import { PlanForm } from "@/components/plans/plan-form";
import { requirePermission } from "@/lib/auth/current-user";
import { currentMonth } from "@/lib/clock";
import { getI18n } from "@/lib/i18n/server";
import { EMPTY_PLAN_FORM } from "@/lib/plans/plan-form-initial";
import { getGroupsForPeriod } from "@/lib/queries/get-plan-groups";
import { getPlanScopeOptions } from "@/lib/queries/get-plan-scope-options";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.plans.form.newTitle };
}

export default async function NewPlanPage() {
  const [user, { locale, t }] = await Promise.all([requirePermission("plan:manage"), getI18n()]);
  const thisMonth = currentMonth();
  const [units, groups] = await Promise.all([getPlanScopeOptions(user), getGroupsForPeriod(thisMonth, thisMonth)]);
  return (
    <div className="space-y-4">
      <Link href="/plans" className="text-sm text-brand-700 underline-offset-2 hover:underline">
        ← {t.plans.form.backToList}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t.plans.form.newTitle}</h1>
        <p className="text-sm text-slate-500">{t.plans.form.newDescription}</p>
      </div>
      {units.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          {t.plans.form.noManageableUnit}
        </p>
      ) : (
        <PlanForm initial={EMPTY_PLAN_FORM} groups={groups} units={units} locale={locale} t={t.plans} />
      )}
    </div>
  );
}
