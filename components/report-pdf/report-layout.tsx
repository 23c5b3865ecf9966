// The monthly report's shared layout (./monthly-report-document.tsx and its sections): the page's
// styles, the stamp's colours, a section's heading and a section kept whole on one page.
import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";

import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { MonthlyReportContent } from "@/lib/monthly-report/report-content";
import { REPORT_FONT } from "@/lib/monthly-report/report-font";

/** The report's sections, in the order they are printed. */
const SECTION_ORDER = [
  "summary",
  "groups",
  "plan",
  "trend",
  "lastYear",
  "completeness",
  "map",
  "ranking",
  "rural",
] as const;

export type SectionKey = (typeof SECTION_ORDER)[number];

/** What every section of the report is given; `numbers` numbers the sections present, in order. */
export type SectionProps = {
  report: MonthlyReportContent;
  locale: Locale;
  t: Messages;
  numbers: Partial<Record<SectionKey, number>>;
};

/** The numbers of the sections a report has (a section left out takes no number). */
export function sectionNumbers(report: MonthlyReportContent): Partial<Record<SectionKey, number>> {
  const present: Record<SectionKey, boolean> = {
    summary: true,
    groups: report.groups.length > 0 && report.summary.reportingUnits > 0,
    plan: report.plan !== null,
    trend: report.trend.some((point) => point.rate !== null),
    lastYear: true,
    completeness: true,
    map: report.map !== null,
    ranking: true,
    rural: !report.structureMonth,
  };
  return Object.fromEntries(
    SECTION_ORDER.filter((key) => present[key]).map((key, index) => [key, index + 1]),
  ) as Partial<Record<SectionKey, number>>;
}

/** A section's title with its number: "3. Diễn biến tỷ lệ bao phủ". */
export function numbered(numbers: SectionProps["numbers"], key: SectionKey, title: string): string {
  return `${numbers[key] ?? "–"}. ${title}`;
}

export const STAMP_COLOUR = { approved: "#15803d", provisional: "#b91c1c" } as const;

export const styles = StyleSheet.create({
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

export function Heading({ title }: { title: string }) {
  return <Text style={styles.heading}>{title}</Text>;
}

/** A section kept whole on one page (react-pdf's presence hints do not reach into nested views). */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View style={styles.section} wrap={false}>
      <Heading title={title} />
      {children}
    </View>
  );
}
