// "Tải báo cáo PDF": the unit's monthly report for the month (and the structure view and counting
// basis shown), generated on the server (app/(dashboard)/coverage/[unitCode]/report.pdf); in a
// quarter's last month, the quarterly report beside it.
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { quarterEndedBy, quarterParts, type Month } from "@/lib/period";
import { monthlyReportHref, quarterlyReportHref } from "@/lib/routes";

const link =
  "no-print inline-flex items-center rounded border border-brand-700 bg-white px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600";

export function ReportPdfLink({
  unitCode,
  month,
  params = {},
  t,
}: {
  unitCode: string;
  month: Month;
  /** The dashboard's view and basis parameters. */
  params?: Record<string, string>;
  t: Pick<Messages, "reportPdf">;
}) {
  const quarter = quarterEndedBy(month);
  return (
    <>
      <a
        href={monthlyReportHref(unitCode, month, params)}
        download
        title={t.reportPdf.downloadHint}
        className={link}
        data-testid="report-pdf"
      >
        {t.reportPdf.download}
      </a>
      {quarter && (
        <a
          href={quarterlyReportHref(unitCode, quarter, params)}
          download
          title={t.reportPdf.downloadQuarterHint}
          className={link}
          data-testid="report-pdf-quarter"
        >
          {fill(t.reportPdf.downloadQuarter, quarterParts(quarter))}
        </a>
      )}
    </>
  );
}
