// The monthly report of a unit as a PDF document (react-pdf), A4 portrait, in the style of a
// Vietnamese administrative report: the issuing unit beside the national motto, the title with the
// period, the data status stamp, then the sections one after another (no forced page breaks, no
// table row split across pages; the plan's standing when asked for from a plan's view; the map of
// the child units), and on every page the source, who printed it and when, and
// "Trang x/y". It only lays out what lib/monthly-report/report-content.ts read.
import { Document, Page } from "@react-pdf/renderer";

import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { MonthlyReportContent } from "@/lib/monthly-report/report-content";
import { quarterParts } from "@/lib/period";

import { CompletenessSection, RankingSection, RuralStandardSection } from "./list-sections";
import { MapSection } from "./map-section";
import { PlanSection } from "./plan-section";
import { sectionNumbers, styles } from "./report-layout";
import { ReportMasthead } from "./report-masthead";
import { SummarySections } from "./summary-sections";
import { TrendSections } from "./trend-sections";

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
  const month = formatMonth(report.month, locale);
  const quarter = report.quarter ? quarterParts(report.quarter) : null;
  const subtitle = quarter
    ? fill(r.quarterSubtitle, { unit: report.unit.name, quarter: quarter.quarter, year: quarter.year, month })
    : fill(r.subtitle, { unit: report.unit.name, month });
  const section = { report, locale, t, numbers: sectionNumbers(report) };

  return (
    <Document
      title={`${r.title} · ${subtitle}`}
      author={printedBy}
      subject={r.title}
      creator={t.app.title}
      producer={t.app.title}
      language={locale}
    >
      <Page size="A4" style={styles.page} wrap>
        <ReportMasthead {...section} subtitle={subtitle} printedAt={printedAt} printedBy={printedBy} />
        <SummarySections {...section} />
        <PlanSection {...section} />
        <TrendSections {...section} />
        <CompletenessSection {...section} />
        <MapSection {...section} />
        <RankingSection {...section} />
        {!report.structureMonth && <RuralStandardSection {...section} />}
      </Page>
    </Document>
  );
}
