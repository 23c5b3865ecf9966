import { now } from "@/lib/clock";
import { formatCount, formatDate, formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { getCoverageSummary } from "@/lib/queries/get-coverage-summary";
import { getReportingRules } from "@/lib/queries/get-reporting-rules";
import { monthStanding } from "@/lib/reports/month-standing-rules";
import { deadlineDate, ruleForMonth } from "@/lib/reports/review-rules";

import type { FigureWidgetProps } from "./figure-widget-props";

/**
 * "Số liệu tạm thời": said above the figures of a month in which some base units have no counted
 * report (lib/reports/month-standing-rules.ts) — how many have reported, out of how many, and the
 * deadline, before it (more reports are expected) or after it (the figures leave the others out).
 * Nothing when every base unit has reported.
 */
export async function ProvisionalBanner({
  unitId,
  month,
  locale,
  t,
  structureMonth = null,
  basis = "submitted",
}: FigureWidgetProps) {
  const [summary, rules] = await Promise.all([
    getCoverageSummary(unitId, month, structureMonth, basis),
    getReportingRules(),
  ]);
  const standing = monthStanding(summary, month, rules, now());
  if (standing === "complete") return null;
  const texts = t.dashboard.provisional;
  const n = (value: number) => formatCount(value, locale);
  const rule = ruleForMonth(rules, month);
  const date = rule ? formatDate(deadlineDate(month, rule.deadlineDay), locale) : null;
  const missing = n(summary.baseUnits - summary.reportingUnits);
  const deadline =
    date === null ? fill(texts.noDeadline[basis], { missing }) : fill(texts[standing][basis], { date, missing });
  return (
    <div
      role="note"
      data-testid="provisional-banner"
      className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <p className="font-semibold">{texts.title}</p>
      <p className="mt-0.5">
        {fill(texts.reported[basis], {
          reporting: n(summary.reportingUnits),
          total: n(summary.baseUnits),
          month: formatMonth(month, locale),
        })}{" "}
        {deadline}
      </p>
      {summary.reportingUnits > 0 && <p className="mt-0.5 text-amber-900/80">{texts.marked}</p>}
    </div>
  );
}
