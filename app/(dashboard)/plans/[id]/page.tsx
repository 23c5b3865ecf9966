import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import { PlanCampaigns } from "@/components/campaigns/plan-campaigns";
import { ReportPdfLink } from "@/components/dashboard/report-pdf-link";
import { PlanChildRanking } from "@/components/plans/plan-child-ranking";
import { PlanGroups } from "@/components/plans/plan-groups";
import { PlanHeader } from "@/components/plans/plan-header";
import { PlanLists } from "@/components/plans/plan-lists";
import { PlanMonthForm } from "@/components/plans/plan-month-form";
import { PlanSummaryCards } from "@/components/plans/plan-summary-cards";
import { PlanTrend } from "@/components/plans/plan-trend";
import { Entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";
import { Skeleton, WidgetSkeleton } from "@/components/ui/skeleton";
import { UnitBreadcrumb } from "@/components/ui/unit-breadcrumb";
import type { StandingSort } from "@/lib/coverage/standing";
import { formatMonth } from "@/lib/format";
import { getI18n } from "@/lib/i18n/server";
import { resolvePlanView } from "@/lib/plans/resolve-plan-view";
import { getAccessibleAncestors } from "@/lib/queries/units";
import { planFileHref, planHref } from "@/lib/routes";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ unit?: string; month?: string; sort?: string; ranking?: string }>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { plan } = await resolvePlanView(id, query);
  return { title: `${plan.number} · ${plan.title}` };
}

// No route-level loading.tsx: the plan and scope checks answer 404 before anything streams; each
// widget streams behind its own Suspense boundary.
export default async function PlanPage({ params, searchParams }: Props) {
  const [{ id }, query, { locale, t }] = await Promise.all([params, searchParams, getI18n()]);
  const view = await resolvePlanView(id, query);
  const { user, plan, unit, month, range, historyFrom, unitEndedIn, canManage } = view;
  const sort: StandingSort = query.sort === "points" ? "points" : "gap";
  const v = t.plans.view;
  const ancestors =
    month && unit.id !== plan.scopeUnitId
      ? (await getAccessibleAncestors(user, unit.id, month)).filter(
          (ancestor) => ancestor.level >= plan.scopeUnit.level,
        )
      : [];
  const key = `${unit.id}-${month}`;

  return (
    <div className="plan-report space-y-5 text-base">
      <Link href="/plans" className="no-print text-sm text-brand-700 underline-offset-2 hover:underline">
        ← {v.backToList}
      </Link>
      <PlanHeader plan={plan} canManage={canManage} locale={locale} t={t} />

      <div className="flex flex-col gap-3 md:flex-row md:items-end md:justify-between">
        <div className="space-y-1">
          {ancestors.length > 0 && (
            <UnitBreadcrumb
              ancestors={ancestors}
              current={unit}
              hrefOf={(code) => planHref(plan.id, month ? { unit: code, month } : { unit: code })}
              label={v.unit}
            />
          )}
          <h2 className="text-2xl font-semibold text-slate-900" data-testid="plan-view-heading">
            {month ? (
              fillNodes(v.heading, {
                unit: <Entered kind="unit">{unit.name}</Entered>,
                month: formatMonth(month, locale),
              })
            ) : (
              <Entered kind="unit">{unit.name}</Entered>
            )}
          </h2>
        </div>
        {month && range && (
          <div className="flex flex-col gap-2 md:items-end">
            <PlanMonthForm
              action={planHref(plan.id)}
              unitCode={unit.code}
              month={month}
              first={range.first}
              last={range.last}
              locale={locale}
              labels={{ month: v.month, show: v.show }}
            />
            <div className="flex flex-wrap gap-2">
              <ReportPdfLink unitCode={unit.code} month={month} params={{ plan: String(plan.id) }} t={t} />
              <a
                href={planFileHref(plan.id, unit.code, month, { sort })}
                download
                title={t.downloads.exportHint}
                className="no-print inline-flex items-center rounded border border-brand-700 bg-white px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
                data-testid="plan-xlsx"
              >
                {t.downloads.export}
              </a>
            </div>
          </div>
        )}
      </div>
      {unitEndedIn && (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-slate-700">
          {fillNodes(v.unitEnded, {
            unit: <Entered kind="unit">{unit.name}</Entered>,
            month: formatMonth(unitEndedIn, locale),
          })}
        </p>
      )}

      {month && historyFrom ? (
        <>
          <Suspense key={`cards-${key}`} fallback={<Skeleton className="h-64 w-full" />}>
            <PlanSummaryCards plan={plan} unit={unit} month={month} historyFrom={historyFrom} locale={locale} t={t} />
          </Suspense>
          <Suspense key={`trend-${key}`} fallback={<WidgetSkeleton />}>
            <PlanTrend plan={plan} unit={unit} month={month} historyFrom={historyFrom} locale={locale} t={t} />
          </Suspense>
          <Suspense key={`groups-${key}`} fallback={<WidgetSkeleton />}>
            <PlanGroups plan={plan} unit={unit} month={month} historyFrom={historyFrom} locale={locale} t={t} />
          </Suspense>
          <Suspense key={`ranking-${key}-${sort}-${query.ranking}`} fallback={<WidgetSkeleton height="h-96" />}>
            <PlanChildRanking
              plan={plan}
              unit={unit}
              month={month}
              historyFrom={historyFrom}
              locale={locale}
              t={t}
              sort={sort}
              showAll={query.ranking === "all"}
            />
          </Suspense>
          <Suspense key={`lists-${key}`} fallback={<WidgetSkeleton height="h-96" />}>
            <PlanLists plan={plan} unit={unit} month={month} historyFrom={historyFrom} locale={locale} t={t} />
          </Suspense>
          <Suspense key={`campaigns-${plan.id}`} fallback={<WidgetSkeleton height="h-24" />}>
            <PlanCampaigns user={user} planId={plan.id} locale={locale} t={t} />
          </Suspense>
        </>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">{v.noFigures}</p>
      )}
    </div>
  );
}
