import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import { UnitCampaigns } from "@/components/campaigns/unit-campaigns";
import { BasisToggle } from "@/components/dashboard/basis-toggle";
import { BoundaryMap } from "@/components/dashboard/boundary-map";
import { ChildRanking } from "@/components/dashboard/child-ranking";
import { CoverageMap } from "@/components/dashboard/coverage-map";
import { CoverageTrend } from "@/components/dashboard/coverage-trend";
import { GroupCoverage } from "@/components/dashboard/group-coverage";
import { KeepRankingLinkToUnit } from "@/components/dashboard/keep-ranking-link";
import { MonthPicker } from "@/components/dashboard/month-picker";
import { NoDataYet } from "@/components/dashboard/no-data-yet";
import { ProvisionalBanner } from "@/components/dashboard/provisional-banner";
import { ReportPdfLink } from "@/components/dashboard/report-pdf-link";
import { ReportingProgress } from "@/components/dashboard/reporting-progress";
import { StructureToggle } from "@/components/dashboard/structure-toggle";
import { SummaryCards } from "@/components/dashboard/summary-cards";
import { UnitLineage } from "@/components/dashboard/unit-lineage";
import { UnitNotInMonth } from "@/components/dashboard/unit-not-in-month";
import { ApplicablePlans } from "@/components/plans/applicable-plans";
import { ReportFileLinks } from "@/components/reports/report-file-links";
import { Entered } from "@/components/ui/entered";
import { Skeleton, WidgetSkeleton } from "@/components/ui/skeleton";
import { UnitBreadcrumb } from "@/components/ui/unit-breadcrumb";
import { basisParams, countingBasisFrom } from "@/lib/coverage/counting-rule";
import { mapColouringFrom } from "@/lib/dashboard/map-options";
import { rankingOptionsFrom } from "@/lib/dashboard/ranking-options";
import { resolveDashboardUnit } from "@/lib/dashboard/resolve-dashboard-unit";
import { existsToday, structureViewFrom, viewParams } from "@/lib/dashboard/structure-view";
import { formatMonth } from "@/lib/format";
import { getI18n } from "@/lib/i18n/server";
import { addMonths } from "@/lib/period";
import { getAccessibleAncestors } from "@/lib/queries/units";
import { compareHref, coverageHref } from "@/lib/routes";
import { isBeforeReorganisation } from "@/lib/units/reorganisation";

type Props = {
  params: Promise<{ unitCode: string }>;
  searchParams: Promise<{
    month?: string;
    view?: string;
    data?: string;
    sort?: string;
    order?: string;
    status?: string;
    q?: string;
    map?: string;
  }>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ unitCode }, { month, view, data }] = await Promise.all([params, searchParams]);
  const target = await resolveDashboardUnit(
    decodeURIComponent(unitCode),
    month,
    structureViewFrom(view),
    countingBasisFrom(data),
  );
  return target.kind === "unit" ? { title: target.unit.name } : {};
}

// No route-level loading.tsx: it would start streaming before the scope check, and a refused unit
// must be answered with a real 404. Each widget streams behind its own Suspense boundary instead.
export default async function CoveragePage({ params, searchParams }: Props) {
  const [{ unitCode }, query, { locale, t }] = await Promise.all([params, searchParams, getI18n()]);
  const view = structureViewFrom(query.view);
  const basis = countingBasisFrom(query.data);
  const target = await resolveDashboardUnit(decodeURIComponent(unitCode), query.month, view, basis);
  if (target.kind === "noData") return <NoDataYet t={t} />;
  if (target.kind === "notInMonth") {
    return <UnitNotInMonth code={target.code} month={target.month} periods={target.periods} locale={locale} t={t} />;
  }
  const { user, unit, month, range, structureMonth } = target;
  const ranking = rankingOptionsFrom(query);
  const ancestors = await getAccessibleAncestors(user, unit.id, structureMonth ?? month);
  const widget = { unitId: unit.id, month, locale, t, structureMonth, basis };
  // What links to another month or unit keep: the view and the counting basis; their link components
  // add the ranking's options, which the ranking changes in the browser, from the URL.
  const keep = { ...viewParams(view), ...basisParams(basis) };
  // The comparison view opens on the same month a year before.
  const yearBefore = addMonths(month, -12);

  return (
    <div className="space-y-5">
      <div className="flex flex-col gap-3 md:flex-row md:items-end md:justify-between">
        <div className="space-y-1">
          <UnitBreadcrumb
            ancestors={ancestors}
            current={unit}
            hrefOf={(code) => coverageHref(code, month, keep)}
            label={t.dashboard.breadcrumb}
            LinkAs={KeepRankingLinkToUnit}
          />
          <h1 className="text-2xl font-semibold text-slate-900">
            <Entered kind="unit">{unit.name}</Entered>{" "}
            <span className="font-normal text-slate-500">· {formatMonth(month, locale)}</span>
          </h1>
          <p className="text-sm text-slate-500">
            {structureMonth
              ? t.units.view.currentBanner
              : isBeforeReorganisation(month)
                ? t.dashboard.structureBefore
                : t.dashboard.structureAfter}
          </p>
        </div>
        <div className="flex flex-col gap-2 md:items-end">
          <MonthPicker
            unitCode={unit.code}
            month={month}
            first={range.first}
            last={range.last}
            locale={locale}
            labels={{ month: t.dashboard.month, previous: t.dashboard.previousMonth, next: t.dashboard.nextMonth }}
            params={keep}
          />
          <div className="flex flex-wrap items-center gap-2 md:justify-end">
            <ReportPdfLink unitCode={unit.code} month={month} params={keep} t={t} />
            <Link
              href={compareHref(unit.code, yearBefore < range.first ? range.first : yearBefore, month, keep)}
              title={t.compare.openHint}
              className="no-print inline-flex items-center rounded border border-brand-700 bg-white px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
              data-testid="compare-link"
            >
              {t.compare.open}
            </Link>
            <ReportFileLinks user={user} unit={unit} month={month} t={t} />
          </div>
        </div>
      </div>
      <div className="flex flex-col gap-2 lg:flex-row lg:items-center lg:gap-6">
        <StructureToggle
          unitCode={unit.code}
          month={month}
          view={view}
          currentAvailable={existsToday(unit)}
          params={basisParams(basis)}
          t={t.units.view}
        />
        <BasisToggle unitCode={unit.code} month={month} basis={basis} params={viewParams(view)} t={t.dashboard.basis} />
      </div>

      <Suspense key={`provisional-${unit.id}-${month}-${view}-${basis}`} fallback={null}>
        <ProvisionalBanner {...widget} />
      </Suspense>

      <Suspense key={`plans-${unit.id}-${month}`} fallback={<Skeleton className="h-5 w-64" />}>
        <ApplicablePlans user={user} unitId={unit.id} unitCode={unit.code} month={month} locale={locale} t={t} />
      </Suspense>

      <Suspense key={`cards-${unit.id}-${month}-${view}-${basis}`} fallback={<Skeleton className="h-32 w-full" />}>
        <SummaryCards {...widget} />
      </Suspense>

      <Suspense key={`campaigns-${unit.id}-${month}-${basis}`} fallback={<Skeleton className="h-5 w-64" />}>
        <UnitCampaigns user={user} unitId={unit.id} month={month} basis={basis} locale={locale} t={t} />
      </Suspense>

      <Suspense key={`progress-${unit.id}-${month}`} fallback={<Skeleton className="h-28 w-full" />}>
        <ReportingProgress {...widget} unitCode={unit.code} unitLevel={unit.level} />
      </Suspense>

      <div className="grid grid-cols-1 gap-5 xl:grid-cols-2">
        <Suspense key={`groups-${unit.id}-${month}-${view}-${basis}`} fallback={<WidgetSkeleton />}>
          <GroupCoverage {...widget} unitCode={unit.code} unitName={unit.name} />
        </Suspense>
        <Suspense key={`trend-${unit.id}-${month}-${view}-${basis}`} fallback={<WidgetSkeleton />}>
          <CoverageTrend {...widget} unitCode={unit.code} unitName={unit.name} firstMonth={range.first} />
        </Suspense>
      </div>

      {/* The tile map of provinces: on the national dashboard, whose children are the provinces. */}
      {unit.level === 0 && (
        <Suspense key={`map-${unit.id}-${month}-${view}-${basis}`} fallback={<WidgetSkeleton height="h-96" />}>
          <CoverageMap {...widget} colouring={mapColouringFrom(query.map)} />
        </Suspense>
      )}
      {/* Below it, the choropleth of the children from imported boundaries (or where to import them). */}
      {unit.level > 0 && (
        <Suspense key={`boundaries-${unit.id}-${month}-${view}-${basis}`} fallback={<WidgetSkeleton height="h-96" />}>
          <BoundaryMap {...widget} user={user} colouring={mapColouringFrom(query.map)} />
        </Suspense>
      )}

      <Suspense key={`lineage-${unit.id}`} fallback={<WidgetSkeleton height="h-24" />}>
        <UnitLineage unitId={unit.id} user={user} locale={locale} t={t} />
      </Suspense>

      <Suspense key={`ranking-${unit.id}-${month}-${view}-${basis}`} fallback={<WidgetSkeleton height="h-96" />}>
        <ChildRanking {...widget} unitCode={unit.code} ranking={ranking} />
      </Suspense>
    </div>
  );
}
