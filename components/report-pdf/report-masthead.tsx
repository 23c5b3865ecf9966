// The monthly report's masthead and footer (./monthly-report-document.tsx): the issuing unit beside
// the national motto and the date line, the title with the period, the data status stamp; on every
// page the source, who printed it and when, and "Trang x/y".
import { Text, View } from "@react-pdf/renderer";

import { vietnamDay } from "@/lib/clock";
import { formatCount, formatDate } from "@/lib/format";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";

import { STAMP_COLOUR, styles, type SectionProps } from "./report-layout";

export function ReportMasthead({
  report,
  subtitle,
  printedAt,
  printedBy,
  locale,
  t,
}: SectionProps & {
  subtitle: string;
  printedAt: Date;
  /** The account that printed it: "Name (username)". */
  printedBy: string;
}) {
  const r = t.reportPdf;
  const n = (value: number) => formatCount(value, locale);
  const printedDay = vietnamDay(printedAt);
  return (
    <>
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
    </>
  );
}
