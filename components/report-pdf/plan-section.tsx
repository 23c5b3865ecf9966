// The report asked for from a plan's view (./monthly-report-document.tsx): the unit's standing
// against that plan, overall and per participant group, as the plan view states it (the same
// reads, lib/queries/get-plan-progress.ts, and words, components/plans/standing-text.ts): at or
// after the milestone the outcome (met or missed, with the actual rate and figures), before it the
// projection with its outlook.
import { Text } from "@react-pdf/renderer";

import { outlookText } from "@/components/plans/outlook-badge";
import { groupOutcomeHint, overallStandingHint } from "@/components/plans/standing-text";
import { targetText } from "@/components/plans/target-text";
import type { Standing } from "@/lib/coverage/standing";
import { formatDate, formatMonth, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { groupNames } from "@/lib/i18n/reference-texts";

import { PdfTable } from "./pdf-table";
import { numbered, Section, styles, type SectionProps } from "./report-layout";

export function PlanSection({ report, locale, t, numbers }: SectionProps) {
  const { plan } = report;
  if (!plan) return null;
  const r = t.reportPdf.plan;
  const v = t.plans.view;
  const percent = (rate: number | null) => formatPercent(rate, locale);
  const verdict = ({ projection, outlook }: Standing) =>
    projection && outlook ? `${outlookText(outlook, projection.outcome, t)} (${percent(projection.rate)})` : "–";
  const milestone = ({ target, projection }: Standing) =>
    target
      ? fill(projection?.outcome ? v.outcome : v.projection, { due: formatDate(target.dueOn, locale) })
      : r.atMilestone;
  const overall = plan.overall.standing;
  const groups = plan.groups.filter(({ standing }) => standing.target !== null);
  const hint = overallStandingHint(plan.overall, report.unit.name, locale, t);
  return (
    <Section title={numbered(numbers, "plan", fill(r.title, { plan: plan.number }))}>
      <PdfTable
        strongFirstColumn
        columns={[
          { label: r.measure, width: 26 },
          { label: r.target, width: 14, numeric: true },
          { label: fill(r.now, { month: formatMonth(report.month, locale) }), width: 14, numeric: true },
          { label: milestone(overall), width: 46 },
        ]}
        rows={[
          [r.overall, targetText(overall.target, locale, t), percent(overall.progress.rate), verdict(overall)],
          ...groups.map((row) => [
            `${row.group.code}. ${groupNames(row.group, locale).shortName}`,
            targetText(row.standing.target, locale, t),
            percent(row.standing.progress.rate),
            [verdict(row.standing), groupOutcomeHint(row, locale, t)].filter(Boolean).join(" · "),
          ]),
        ]}
      />
      {hint && <Text style={styles.note}>{hint}</Text>}
    </Section>
  );
}
