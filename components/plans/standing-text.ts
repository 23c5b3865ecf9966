// The words of a unit's or a group's standing against a plan at its milestone, for the plan view
// (./plan-summary-cards.tsx, ./plan-groups.tsx) and the PDF report asked for from it
// (components/report-pdf/plan-section.tsx): the outcome with the actual figures once the milestone
// is reached (over an ended unit's former area when it ended before), else how it is projected.
import { formatCount, formatMonth, formatPercent, formatPoints } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { getOverallStanding, GroupStanding } from "@/lib/queries/get-plan-progress";

type OverallStanding = Awaited<ReturnType<typeof getOverallStanding>>;

/** The overall outcome's figures, or how the projection is made; null without a projection. */
export function overallStandingHint(
  { summary, standing: { projection }, afterEnd }: OverallStanding,
  unitName: string,
  locale: Locale,
  t: Messages,
): string | null {
  const v = t.plans.view;
  const n = (value: number) => formatCount(value, locale);
  if (!projection) return null;
  if (projection.outcome && afterEnd)
    return fill(v.outcomeAfterEndHint, {
      month: formatMonth(projection.at, locale),
      unit: unitName,
      insured: n(afterEnd.insured),
      population: n(afterEnd.population),
      units: n(afterEnd.baseUnits),
    });
  if (projection.outcome)
    return fill(v.outcomeHint, {
      month: formatMonth(projection.at, locale),
      insured: n(summary.insured),
      population: n(summary.population),
    });
  return fill(v.projectionHint, {
    reference: formatMonth(projection.reference, locale),
    base: formatPercent(projection.referenceRate, locale),
    change: formatPoints(projection.yearlyChange * 100, locale),
  });
}

/** A group's outcome over an ended unit's former area: the month and its figures; null otherwise. */
export function groupOutcomeHint({ standing, afterEnd }: GroupStanding, locale: Locale, t: Messages): string | null {
  if (!afterEnd || !standing.projection?.outcome) return null;
  return fill(t.plans.view.groupOutcomeAfterEndHint, {
    month: formatMonth(afterEnd.month, locale),
    insured: formatCount(afterEnd.insured, locale),
    eligible: formatCount(afterEnd.eligible, locale),
  });
}
