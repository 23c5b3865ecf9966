// The monthly report of a unit as a PDF document (react-pdf), A4 portrait, in the style of a
// Vietnamese administrative report: the issuing unit beside the national motto, the title with the
// period, the data status stamp, then the sections one after another (no forced page breaks, no
// table row split across pages), and on every page the source, who printed it and when, and
// "Trang x/y". It only lays out what lib/monthly-report/report-content.ts read.
import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";

import { assignedText, targetText } from "@/components/plans/target-text";
import { vietnamDay } from "@/lib/clock";
import { rankingStatus } from "@/lib/coverage/ranking";
import { basisPointsToRate, pointsChange } from "@/lib/coverage/rates";
import {
  formatCount,
  formatDate,
  formatMonth,
  formatMonthShort,
  formatPercent,
  formatPoints,
  formatSignedCount,
} from "@/lib/format";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { groupNames, thresholdTexts } from "@/lib/i18n/reference-texts";
import type { MonthlyReportContent } from "@/lib/monthly-report/report-content";
import { REPORT_FONT } from "@/lib/monthly-report/report-font";
import { quarterParts } from "@/lib/period";
import { deadlineDate } from "@/lib/reports/review-rules";

import { PdfTable } from "./pdf-table";
import { TrendChart } from "./trend-chart";

const STAMP_COLOUR = { approved: "#15803d", provisional: "#b91c1c" } as const;

const styles = StyleSheet.create({
  page: {
    fontFamily: REPORT_FONT,
    fontSize: 9,
    color: "#0f172a",
    paddingTop: 36,
    paddingBottom: 48,
    paddingHorizontal: 40,
  },
  header: { flexDirection: "row", justifyContent: "space-between", marginBottom: 14 },
  issuer: { width: "42%", alignItems: "center" },
  nation: { width: "56%", alignItems: "center" },
  bold: { fontWeight: 700 },
  motto: { fontWeight: 700, textDecoration: "underline" },
  italic: { fontStyle: "italic" },
  small: { fontSize: 8, color: "#475569" },
  title: { fontSize: 13, fontWeight: 700, textAlign: "center" },
  subtitle: { fontSize: 11, textAlign: "center", marginTop: 2 },
  centered: { textAlign: "center" },
  stamp: {
    alignSelf: "center",
    borderWidth: 1.5,
    borderRadius: 3,
    paddingVertical: 3,
    paddingHorizontal: 10,
    marginTop: 8,
  },
  stampText: { fontWeight: 700, fontSize: 11 },
  section: { marginTop: 10 },
  heading: { fontSize: 11, fontWeight: 700, marginBottom: 4 },
  note: { fontSize: 8, color: "#475569", marginTop: 1 },
  footer: {
    position: "absolute",
    bottom: 18,
    left: 40,
    right: 40,
    flexDirection: "row",
    justifyContent: "space-between",
    borderTopWidth: 0.5,
    borderColor: "#94a3b8",
    paddingTop: 4,
    fontSize: 7,
    color: "#475569",
  },
});

function Heading({ title }: { title: string }) {
  return <Text style={styles.heading}>{title}</Text>;
}

/** A section kept whole on one page (react-pdf's presence hints do not reach into nested views). */
function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View style={styles.section} wrap={false}>
      <Heading title={title} />
      {children}
    </View>
  );
}

export function MonthlyReportDocument({
  report,
  printedAt,
  printedBy,
  locale,
  t,
}: {
  report: MonthlyReportContent;
  printedAt: Date;
  /** The account that printed it: "Name (username)". */
  printedBy: string;
  locale: Locale;
  t: Messages;
}) {
  const r = t.reportPdf;
  const n = (value: number) => formatCount(value, locale);
  const percent = (rate: number | null) => formatPercent(rate, locale);
  const { summary, progress, target } = report;
  const month = formatMonth(report.month, locale);
  const quarter = report.quarter ? quarterParts(report.quarter) : null;
  const subtitle = quarter
    ? fill(r.quarterSubtitle, { unit: report.unit.name, quarter: quarter.quarter, year: quarter.year, month })
    : fill(r.subtitle, { unit: report.unit.name, month });
  const title = `${r.title} · ${subtitle}`;
  const printedDay = vietnamDay(printedAt);

  return (
    <Document
      title={title}
      author={printedBy}
      subject={r.title}
      creator={t.app.title}
      producer={t.app.title}
      language={locale}
    >
      <Page size="A4" style={styles.page} wrap>
        <View style={styles.footer} fixed>
          <Text style={{ width: "45%" }}>{r.footer.source}</Text>
          <Text style={{ width: "38%" }}>
            {fill(r.footer.printed, { time: formatDateTime(printedAt, locale), account: printedBy })}
          </Text>
          <Text
            style={{ width: "17%", textAlign: "right" }}
            render={({ pageNumber, totalPages }) => fill(r.footer.page, { page: pageNumber, pages: totalPages })}
          />
        </View>
        <View style={styles.header}>
          <View style={styles.issuer}>
            <Text style={styles.bold}>{report.unit.name.toLocaleUpperCase(locale)}</Text>
            <Text style={styles.small}>{fill(r.unitCode, { code: report.unit.code })}</Text>
          </View>
          <View style={styles.nation}>
            <Text style={styles.bold}>{r.nation}</Text>
            <Text style={styles.motto}>{r.motto}</Text>
            <Text style={[styles.italic, { marginTop: 6 }]}>
              {fill(r.dateLine, {
                day: printedDay.getUTCDate(),
                month: printedDay.getUTCMonth() + 1,
                year: printedDay.getUTCFullYear(),
                date: formatDate(printedDay, locale),
              })}
            </Text>
          </View>
        </View>

        <Text style={styles.title}>{r.title}</Text>
        <Text style={styles.subtitle}>{subtitle}</Text>
        <Text style={[styles.small, styles.centered, { marginTop: 2 }]}>
          {r.basis[report.basis]} · {r.structure[report.structureMonth ? "current" : "month"]}
        </Text>
        <View style={[styles.stamp, { borderColor: STAMP_COLOUR[report.stamp] }]}>
          <Text style={[styles.stampText, { color: STAMP_COLOUR[report.stamp] }]}>{r.stamp[report.stamp]}</Text>
        </View>
        <Text style={[styles.small, styles.centered, { marginTop: 3 }]}>
          {fill(r.stampHint[report.stamp], {
            approved: n(report.approved.reportingUnits),
            total: n(report.approved.baseUnits),
          })}
        </Text>

        <Section title={r.summary.title}>
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
          <Section title={r.groups.title}>
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

        {report.trend.some((point) => point.rate !== null) && (
          <View style={styles.section}>
            <View wrap={false}>
              <Heading title={r.trend.title} />
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

        <Section title={r.lastYear.title}>
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

        <Completeness report={report} locale={locale} t={t} />

        <View style={styles.section}>
          {report.ranking.length === 0 ? (
            <View wrap={false}>
              <Heading title={r.ranking.title} />
              <Text>{r.ranking.none}</Text>
            </View>
          ) : (
            <PdfTable
              lead={<Heading title={r.ranking.title} />}
              columns={[
                { label: t.ranking.rank, width: 6, numeric: true },
                { label: t.ranking.code, width: 8 },
                { label: t.ranking.unit, width: 24 },
                { label: t.ranking.population, width: 11, numeric: true },
                { label: t.ranking.insured, width: 11, numeric: true },
                { label: t.ranking.rate, width: 10, numeric: true },
                { label: t.ranking.target, width: 9, numeric: true },
                { label: t.ranking.gap, width: 10, numeric: true },
                { label: t.ranking.status, width: 13 },
              ]}
              rows={report.ranking.map(({ row, rank }) => {
                const status = rankingStatus(row);
                const partial = row.reportingUnits > 0 && row.reportingUnits < row.baseUnits;
                return [
                  rank === null ? "–" : String(rank),
                  row.code,
                  row.name,
                  row.rate === null ? "–" : n(row.population),
                  row.rate === null ? "–" : n(row.insured),
                  percent(row.rate),
                  row.targetBp === null ? "–" : percent(basisPointsToRate(row.targetBp)),
                  row.gap === null || row.rate === null ? "–" : n(row.gap),
                  `${status === "notReported" ? t.ranking.notReported[report.basis] : t.status[status]}${partial ? ` (${t.ranking.provisional})` : ""}`,
                ];
              })}
            />
          )}
        </View>

        {!report.structureMonth && <RuralStandard report={report} locale={locale} t={t} />}
      </Page>
    </Document>
  );
}

/** Reporting completeness: the counts below a higher unit, or a base unit's own report. */
function Completeness({ report, locale, t }: { report: MonthlyReportContent; locale: Locale; t: Messages }) {
  const r = t.reportPdf.completeness;
  const texts = t.reports.completeness;
  const n = (value: number) => formatCount(value, locale);
  const { completeness } = report;
  return (
    <Section title={r.title}>
      {!completeness ? (
        <Text>{texts.noRule}</Text>
      ) : completeness.own ? (
        <Text>
          {r.own}: {t.reports.statuses[completeness.own.status ?? "NONE"]}
        </Text>
      ) : (
        <PdfTable
          columns={[
            { label: r.total, width: 1, numeric: true },
            { label: texts.onTime, width: 1, numeric: true },
            { label: texts.late, width: 1, numeric: true },
            { label: texts.returned, width: 1, numeric: true },
            { label: texts.missing, width: 1, numeric: true },
            { label: texts.approved, width: 1, numeric: true },
          ]}
          rows={[
            [
              n(completeness.counts.total),
              n(completeness.counts.onTime + completeness.counts.undated),
              n(completeness.counts.late),
              n(completeness.counts.returned),
              n(completeness.counts.overdue + completeness.counts.notDue),
              n(completeness.counts.approved + completeness.counts.locked),
            ],
          ]}
        />
      )}
      {completeness && (
        <Text style={styles.note}>
          {fill(texts.deadline, {
            date: formatDate(deadlineDate(report.month, completeness.rule.deadlineDay), locale),
          })}
        </Text>
      )}
    </Section>
  );
}

/** The communes below the New Rural Area threshold in force, lowest rate first. */
function RuralStandard({ report, locale, t }: { report: MonthlyReportContent; locale: Locale; t: Messages }) {
  const r = t.reportPdf.rural;
  const { threshold, below } = report.rural;
  const percent = (rate: number | null) => formatPercent(rate, locale);
  const title = (
    <Heading title={fill(r.title, { rate: threshold ? percent(basisPointsToRate(threshold.rateBp)) : "–" })} />
  );
  const basis = threshold && (
    <Text style={styles.note}>{fill(r.basis, { basis: thresholdTexts(threshold, locale).legalBasis })}</Text>
  );
  if (!threshold || below.length === 0) {
    return (
      <View style={styles.section} wrap={false}>
        {title}
        <Text>{threshold ? r.none : r.noThreshold}</Text>
        {basis}
      </View>
    );
  }
  return (
    <View style={styles.section}>
      <PdfTable
        lead={title}
        columns={[
          { label: r.unit, width: 34 },
          { label: r.parent, width: 30 },
          { label: t.ranking.rate, width: 16, numeric: true },
          { label: r.needed, width: 20, numeric: true },
        ]}
        rows={below.map(({ unit, rate, needed }) => [
          unit.name,
          unit.parentName ?? "–",
          percent(rate),
          formatCount(needed, locale),
        ])}
      />
      {basis}
    </View>
  );
}
