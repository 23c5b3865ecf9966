// The monthly report's course over time (./monthly-report-document.tsx): the trend chart with the
// target (and the quarter's months, for a quarterly report), then the same month a year before.
import { Text, View } from "@react-pdf/renderer";

import { pointsChange } from "@/lib/coverage/rates";
import {
  formatCount,
  formatMonth,
  formatMonthShort,
  formatPercent,
  formatPoints,
  formatSignedCount,
} from "@/lib/format";
import { fill } from "@/lib/i18n/fill";

import { PdfTable } from "./pdf-table";
import { Heading, numbered, Section, styles, type SectionProps } from "./report-layout";
import { TrendChart } from "./trend-chart";

export function TrendSections({ report, locale, t, numbers }: SectionProps) {
  const r = t.reportPdf;
  const n = (value: number) => formatCount(value, locale);
  const percent = (rate: number | null) => formatPercent(rate, locale);
  const { summary, progress } = report;
  const month = formatMonth(report.month, locale);
  return (
    <>
      {report.trend.some((point) => point.rate !== null) && (
        <View style={styles.section}>
          <View wrap={false}>
            <Heading title={numbered(numbers, "trend", r.trend.title)} />
            <TrendChart
              points={report.trend.map((point) => ({
                label: formatMonthShort(point.month, locale),
                rate: point.rate === null ? null : point.rate * 100,
                target: point.targetBp === null ? null : point.targetBp / 100,
              }))}
              formatAxis={(value) => `${formatCount(value, locale)}%`}
              labels={{ rate: r.trend.legendRate, target: r.trend.legendTarget }}
            />
          </View>
          {report.quarterMonths.length > 0 && (
            <View style={{ marginTop: 6 }} wrap={false}>
              <Text style={[styles.bold, { marginBottom: 2 }]}>{r.trend.quarterMonths}</Text>
              <PdfTable
                columns={[
                  { label: t.dashboard.month, width: 20 },
                  { label: t.cards.insured, width: 18, numeric: true },
                  { label: t.cards.population, width: 16, numeric: true },
                  { label: t.trend.rate, width: 14, numeric: true },
                  { label: r.trend.newlyEnrolled, width: 16, numeric: true },
                  { label: r.trend.renewed, width: 16, numeric: true },
                ]}
                rows={report.quarterMonths.map(({ month: each, summary: figures, rate }) =>
                  rate === null
                    ? [formatMonth(each, locale), t.trend.noReports, "–", "–", "–", "–"]
                    : [
                        formatMonth(each, locale),
                        n(figures.insured),
                        n(figures.population),
                        percent(rate),
                        n(figures.newlyEnrolled),
                        n(figures.renewed),
                      ],
                )}
              />
            </View>
          )}
        </View>
      )}

      <Section title={numbered(numbers, "lastYear", r.lastYear.title)}>
        {report.lastYear.rate === null || summary.reportingUnits === 0 ? (
          <Text>{fill(r.lastYear.noFigures, { month: formatMonth(report.lastYear.month, locale) })}</Text>
        ) : (
          <PdfTable
            strongFirstColumn
            columns={[
              { label: r.lastYear.measure, width: 34 },
              { label: formatMonth(report.lastYear.month, locale), width: 22, numeric: true },
              { label: month, width: 22, numeric: true },
              { label: r.lastYear.change, width: 22, numeric: true },
            ]}
            rows={[
              [
                t.cards.coverageRate,
                percent(report.lastYear.rate),
                percent(progress.rate),
                progress.rate === null
                  ? "–"
                  : `${formatPoints(pointsChange(progress.rate, report.lastYear.rate), locale)} ${t.cards.pointsUnit}`,
              ],
              [
                t.cards.insured,
                n(report.lastYear.summary.insured),
                n(summary.insured),
                formatSignedCount(summary.insured - report.lastYear.summary.insured, locale),
              ],
              [
                t.cards.population,
                n(report.lastYear.summary.population),
                n(summary.population),
                formatSignedCount(summary.population - report.lastYear.summary.population, locale),
              ],
            ]}
          />
        )}
      </Section>
    </>
  );
}
