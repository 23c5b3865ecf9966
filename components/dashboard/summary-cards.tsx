import { assignedText } from "@/components/plans/target-text";
import { applicableTarget } from "@/lib/coverage/applicable-target";
import { notYetInsured } from "@/lib/coverage/not-yet-insured";
import { progressAgainstTarget } from "@/lib/coverage/progress";
import { attainment, basisPointsToRate, coverageRate } from "@/lib/coverage/rates";
import { formatCount, formatPercent, formatPoints } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { monthParts } from "@/lib/period";
import { getCoverageComparisons } from "@/lib/queries/get-coverage-comparisons";
import { getCoverageSummary } from "@/lib/queries/get-coverage-summary";
import { getOfficialPopulation } from "@/lib/queries/get-official-population";
import { getUnitTargetCandidates } from "@/lib/queries/get-target-candidates";
import { isMonthComplete } from "@/lib/reports/month-standing-rules";

import { CoverageChanges } from "./coverage-changes";
import type { FigureWidgetProps } from "./figure-widget-props";
import { OverHundredNote } from "./over-hundred-note";
import { StatCard } from "./stat-card";
import { STATUS_TEXT, StatusBadge } from "./status-badge";
import { TargetLabel } from "./target-label";

export async function SummaryCards({
  unitId,
  month,
  locale,
  t,
  structureMonth = null,
  basis = "submitted",
}: FigureWidgetProps) {
  const [summary, comparisons, candidates, official] = await Promise.all([
    getCoverageSummary(unitId, month, structureMonth, basis),
    getCoverageComparisons(unitId, month, structureMonth, basis),
    getUnitTargetCandidates(unitId),
    getOfficialPopulation(unitId, monthParts(month).year),
  ]);
  const n = (value: number) => formatCount(value, locale);
  const reportingCount = (
    <p className="text-xs text-slate-500" data-testid="reporting-count">
      {fill(t.dashboard.reporting[basis], { reporting: n(summary.reportingUnits), total: n(summary.baseUnits) })}
    </p>
  );
  if (summary.reportingUnits === 0) {
    return (
      <div className="space-y-2">
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          {t.dashboard.noData}
        </p>
        {reportingCount}
      </div>
    );
  }
  const target = applicableTarget(candidates, unitId, null, month);
  const progress = progressAgainstTarget(summary.insured, summary.population, target);
  const targetText = progress.targetBp !== null ? formatPercent(basisPointsToRate(progress.targetBp), locale) : "";
  const voluntary = attainment(summary.voluntarySocialInsured, summary.voluntarySocialAssigned);
  // The rate BHXH publishes divides by the official population (GSO) where one was imported; the
  // target's status and gap stay on the reported population, the one the reports' figures match.
  const officialRate = official ? coverageRate(summary.insured, official.population) : null;
  // While reports are missing, people still to enroll and attainment of an assigned number count
  // only the units that reported against the whole unit's target, and people not yet insured leave
  // out the units still to report: marked provisional.
  const provisional = isMonthComplete(summary)
    ? undefined
    : {
        text: t.cards.provisional,
        title: fill(t.cards.provisionalHint, { reporting: n(summary.reportingUnits), total: n(summary.baseUnits) }),
      };

  return (
    <div className="space-y-2">
      <div
        className={`grid grid-cols-2 gap-3 print:grid-cols-3 ${official ? "md:grid-cols-4 xl:grid-cols-7" : "md:grid-cols-3 xl:grid-cols-6"}`}
      >
        <StatCard
          testId="card-coverage-rate"
          label={official ? t.cards.coverageRateReported : t.cards.coverageRate}
          value={formatPercent(progress.rate, locale)}
          valueClassName={STATUS_TEXT[progress.status]}
          hint={<TargetLabel target={target} locale={locale} t={t} />}
        />
        {official && (
          <StatCard
            testId="card-official-rate"
            label={t.cards.officialRate}
            value={formatPercent(officialRate, locale)}
            badge={provisional}
            hint={
              <span className="flex flex-wrap items-center gap-1">
                {fill(t.cards.officialRateHint, {
                  year: official.year,
                  population: n(official.population),
                  reported: n(summary.population),
                })}
                <OverHundredNote rate={officialRate} t={t} />
              </span>
            }
          />
        )}
        <StatCard
          testId="card-insured"
          label={t.cards.insured}
          value={n(summary.insured)}
          hint={fill(t.cards.insuredHint, { newlyEnrolled: n(summary.newlyEnrolled), renewed: n(summary.renewed) })}
        />
        <StatCard
          testId="card-population"
          label={t.cards.population}
          value={n(summary.population)}
          hint={t.cards.coverageRateHint}
        />
        <StatCard
          testId="card-uninsured"
          label={t.cards.uninsured}
          value={n(notYetInsured(summary.insured, summary.population))}
          badge={provisional}
          hint={
            progress.rate !== null && progress.rate > 1 ? (
              <span className="flex flex-wrap items-center gap-1">
                {t.cards.uninsuredOver} <OverHundredNote rate={progress.rate} t={t} />
              </span>
            ) : (
              t.cards.uninsuredHint
            )
          }
        />
        <StatCard
          testId="card-gap"
          label={t.cards.gap}
          value={progress.gap === null ? "–" : n(progress.gap)}
          badge={progress.gap === null ? undefined : provisional}
          hint={
            progress.gap === null
              ? t.cards.noTarget
              : fill(progress.gap === 0 ? t.cards.gapReached : t.cards.gapHint, { target: targetText })
          }
        />
        <StatCard
          testId="card-points"
          label={t.cards.points}
          value={progress.points === null ? "–" : `${formatPoints(progress.points, locale)} ${t.cards.pointsUnit}`}
          valueClassName={STATUS_TEXT[progress.status]}
          hint={
            <span className="flex flex-wrap gap-1">
              <StatusBadge status={progress.status} t={t} />
              <OverHundredNote rate={progress.rate} t={t} />
            </span>
          }
        />
      </div>
      {(progress.attainment !== null || voluntary !== null) && (
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {progress.attainment !== null && target?.assignedCount && (
            <StatCard
              testId="card-attainment"
              label={t.cards.attainment}
              value={formatPercent(progress.attainment, locale)}
              badge={provisional}
              hint={fill(t.cards.attainmentHint, {
                reached: n(summary.insured),
                assigned: assignedText(target.assignedBy, locale, t),
              })}
            />
          )}
          {voluntary !== null && (
            <StatCard
              testId="card-voluntary"
              label={t.cards.voluntary}
              value={formatPercent(voluntary, locale)}
              hint={fill(t.cards.voluntaryHint, {
                reached: n(summary.voluntarySocialInsured),
                assigned: n(summary.voluntarySocialAssigned),
              })}
            />
          )}
        </div>
      )}
      <CoverageChanges
        comparisons={comparisons}
        basis={basis}
        currentView={structureMonth !== null}
        locale={locale}
        t={t}
      />
      {reportingCount}
    </div>
  );
}
