import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";

import { MonthPicker } from "@/components/dashboard/month-picker";
import { UnitNotInMonth } from "@/components/dashboard/unit-not-in-month";
import { REVIEW_FILTERS, ReviewBoard, type ReviewFilter } from "@/components/review/review-board";
import { Entered, entered } from "@/components/ui/entered";
import { Skeleton, WidgetSkeleton } from "@/components/ui/skeleton";
import { formatDate, formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { getI18n } from "@/lib/i18n/server";
import { getReportingRules } from "@/lib/queries/get-reporting-rules";
import { resolveReviewUnit } from "@/lib/reports/resolve-review-unit";
import { deadlineDate, ruleForMonth } from "@/lib/reports/review-rules";
import { coverageHref } from "@/lib/routes";

type Props = {
  params: Promise<{ unitCode: string }>;
  searchParams: Promise<{ month?: string; status?: string }>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ unitCode }, { month }, { t }] = await Promise.all([params, searchParams, getI18n()]);
  const target = await resolveReviewUnit(decodeURIComponent(unitCode), month);
  return target.kind === "unit" ? { title: `${t.reports.review.title} · ${target.unit.name}` } : {};
}

// As on the dashboard: no route-level loading.tsx, so that a refused unit is a real 404.
export default async function ReviewPage({ params, searchParams }: Props) {
  const [{ unitCode }, query, { locale, t }] = await Promise.all([params, searchParams, getI18n()]);
  const target = await resolveReviewUnit(decodeURIComponent(unitCode), query.month);
  if (target.kind === "notInMonth") {
    return <UnitNotInMonth code={target.code} month={target.month} periods={target.periods} locale={locale} t={t} />;
  }
  const { user, unit, month, range } = target;
  const filter: ReviewFilter = REVIEW_FILTERS.find((value) => value === query.status) ?? "all";
  const rule = ruleForMonth(await getReportingRules(), month);
  const texts = t.reports.review;
  const level = rule
    ? rule.approverLevel === 1
      ? texts.levels.province
      : rule.approverLevel === 2
        ? texts.levels.district
        : fill(texts.levels.other, { level: rule.approverLevel })
    : null;

  return (
    <div className="space-y-5">
      <div className="flex flex-col gap-3 md:flex-row md:items-end md:justify-between">
        <div className="space-y-1">
          <Link href={coverageHref(unit.code, month)} className="text-sm text-brand-700 hover:underline">
            ← <Entered kind="unit">{unit.name}</Entered>
          </Link>
          <h1 className="text-2xl font-semibold text-slate-900">
            {fill(texts.heading, { month: formatMonth(month, locale) })}
            <span className="block text-lg font-normal text-slate-600" {...entered("unit")}>
              {unit.name}
            </span>
          </h1>
          {rule && level && (
            <p className="text-sm text-slate-600">
              {fill(texts.deadline, { date: formatDate(deadlineDate(month, rule.deadlineDay), locale) })} ·{" "}
              {fill(texts.approvedBy, { level })}
            </p>
          )}
        </div>
        <MonthPicker
          unitCode={unit.code}
          month={month}
          first={range.first}
          last={range.last}
          locale={locale}
          page="review"
          labels={{ month: t.dashboard.month, previous: t.dashboard.previousMonth, next: t.dashboard.nextMonth }}
        />
      </div>

      <Suspense
        key={`review-${unit.id}-${month}-${filter}`}
        fallback={
          <div className="space-y-4">
            <Skeleton className="h-16 w-full" />
            <WidgetSkeleton height="h-96" />
          </div>
        }
      >
        <ReviewBoard user={user} unit={unit} month={month} filter={filter} locale={locale} t={t} />
      </Suspense>
    </div>
  );
}
