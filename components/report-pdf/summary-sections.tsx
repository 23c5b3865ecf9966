// The monthly report's figures of the month (./monthly-report-document.tsx): the summary against
// the target (rate, points, people insured, population, people still to enroll, attainment of an
// assigned number, voluntary social insurance) and the participant groups.
import { Text } from "@react-pdf/renderer";

import { assignedText, targetText } from "@/components/plans/target-text";
import { basisPointsToRate } from "@/lib/coverage/rates";
import { formatCount, formatDate, formatPercent, formatPoints } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { groupNames } from "@/lib/i18n/reference-texts";

import { PdfTable } from "./pdf-table";
import { numbered, Section, styles, type SectionProps } from "./report-layout";

export function SummarySections({ report, locale, t, numbers }: SectionProps) {
  const r = t.reportPdf;
  const n = (value: number) => formatCount(value, locale);
  const percent = (rate: number | null) => formatPercent(rate, locale);
  const { summary, progress, target } = report;
  return (
    <>
      <Section title={numbered(numbers, "summary", r.summary.title)}>
        {summary.reportingUnits === 0 ? (
          <Text>{r.summary.noFigures}</Text>
        ) : (
          <PdfTable
            strongFirstColumn
            columns={[
              { label: r.summary.measure, width: 30 },
              { label: r.summary.value, width: 18, numeric: true },
              { label: r.summary.target, width: 52 },
            ]}
            rows={[
              [
                t.cards.coverageRate,
                percent(progress.rate),
                target?.rateBp != null
                  ? `${fill(t.cards.targetFrom, { target: targetText(target, locale, t), plan: target.planNumber, due: formatDate(target.dueOn, locale) })}${target.inherited ? ` · ${t.cards.inheritedFrom}` : ""}`
                  : t.cards.noTarget,
              ],
              [
                t.cards.points,
                progress.points === null ? "–" : `${formatPoints(progress.points, locale)} ${t.cards.pointsUnit}`,
                t.status[progress.status],
              ],
              [
                t.cards.insured,
                n(summary.insured),
                fill(t.cards.insuredHint, { newlyEnrolled: n(summary.newlyEnrolled), renewed: n(summary.renewed) }),
              ],
              [t.cards.population, n(summary.population), t.cards.coverageRateHint],
              [
                t.cards.gap,
                progress.gap === null ? "–" : n(progress.gap),
                progress.gap === null
                  ? t.cards.noTarget
                  : fill(progress.gap === 0 ? t.cards.gapReached : t.cards.gapHint, {
                      target: percent(progress.targetBp === null ? null : basisPointsToRate(progress.targetBp)),
                    }),
              ],
              ...(progress.attainment !== null && target?.assignedCount
                ? [
                    [
                      t.cards.attainment,
                      percent(progress.attainment),
                      fill(t.cards.attainmentHint, {
                        reached: n(summary.insured),
                        assigned: assignedText(target.assignedBy, locale, t),
                      }),
                    ],
                  ]
                : []),
              ...(report.voluntary !== null
                ? [
                    [
                      t.cards.voluntary,
                      percent(report.voluntary),
                      fill(t.cards.voluntaryHint, {
                        reached: n(summary.voluntarySocialInsured),
                        assigned: n(summary.voluntarySocialAssigned),
                      }),
                    ],
                  ]
                : []),
            ]}
          />
        )}
        <Text style={styles.note}>
          {fill(t.dashboard.reporting[report.basis], {
            reporting: n(summary.reportingUnits),
            total: n(summary.baseUnits),
          })}
        </Text>
      </Section>

      {report.groups.length > 0 && summary.reportingUnits > 0 && (
        <Section title={numbered(numbers, "groups", r.groups.title)}>
          <PdfTable
            columns={[
              { label: t.groups.group, width: 25 },
              { label: t.groups.insured, width: 11, numeric: true },
              { label: t.groups.eligible, width: 11, numeric: true },
              { label: t.groups.actual, width: 10, numeric: true },
              { label: t.groups.target, width: 10, numeric: true },
              { label: t.groups.gap, width: 11, numeric: true },
              { label: r.groups.agency, width: 22 },
            ]}
            rows={report.groups.map(({ group, target: groupTarget, progress: groupProgress }) => [
              `${group.code}. ${groupNames(group, locale).shortName}`,
              n(group.insured),
              n(group.eligible),
              percent(groupProgress.rate),
              targetText(groupTarget, locale, t),
              groupProgress.gap === null ? "–" : n(groupProgress.gap),
              groupTarget?.responsibleAgency ?? "–",
            ])}
          />
        </Section>
      )}
    </>
  );
}
