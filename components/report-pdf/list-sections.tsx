// The monthly report's lists (./monthly-report-document.tsx): reporting completeness, the ranking
// of the child units and the communes below the New Rural Area threshold.
import { Text, View } from "@react-pdf/renderer";

import { rankingStatus } from "@/lib/coverage/ranking";
import { basisPointsToRate } from "@/lib/coverage/rates";
import { formatCount, formatDate, formatPercent } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import { thresholdTexts } from "@/lib/i18n/reference-texts";
import { deadlineDate } from "@/lib/reports/review-rules";

import { PdfTable } from "./pdf-table";
import { Heading, numbered, Section, styles, type SectionProps } from "./report-layout";

/** Reporting completeness: the counts below a higher unit, or a base unit's own report. */
export function CompletenessSection({ report, locale, t, numbers }: SectionProps) {
  const r = t.reportPdf.completeness;
  const texts = t.reports.completeness;
  const n = (value: number) => formatCount(value, locale);
  const { completeness } = report;
  return (
    <Section title={numbered(numbers, "completeness", r.title)}>
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

/** The child units ranked (lib/coverage/ranking.ts), those that have not reported last. */
export function RankingSection({ report, locale, t, numbers }: SectionProps) {
  const r = t.reportPdf;
  const n = (value: number) => formatCount(value, locale);
  const percent = (rate: number | null) => formatPercent(rate, locale);
  return (
    <View style={styles.section}>
      {report.ranking.length === 0 ? (
        <View wrap={false}>
          <Heading title={numbered(numbers, "ranking", r.ranking.title)} />
          <Text>{r.ranking.none}</Text>
        </View>
      ) : (
        <PdfTable
          lead={<Heading title={numbered(numbers, "ranking", r.ranking.title)} />}
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
  );
}

/** The communes below the New Rural Area threshold in force, lowest rate first. */
export function RuralStandardSection({ report, locale, t, numbers }: SectionProps) {
  const r = t.reportPdf.rural;
  const { threshold, below } = report.rural;
  const percent = (rate: number | null) => formatPercent(rate, locale);
  const title = (
    <Heading
      title={numbered(
        numbers,
        "rural",
        fill(r.title, { rate: threshold ? percent(basisPointsToRate(threshold.rateBp)) : "–" }),
      )}
    />
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
