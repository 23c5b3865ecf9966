import type { ReportStatus } from "@prisma/client";

import type { Messages } from "@/lib/i18n/messages";

const STYLES: Record<ReportStatus | "NONE", string> = {
  NONE: "bg-slate-100 text-slate-600 ring-slate-500/20",
  DRAFT: "bg-brand-50 text-brand-700 ring-brand-600/20",
  SUBMITTED: "bg-amber-50 text-near ring-amber-600/20",
  RETURNED: "bg-red-50 text-behind ring-red-600/20",
  APPROVED: "bg-green-50 text-met ring-green-600/20",
  LOCKED: "bg-slate-200 text-slate-800 ring-slate-600/20",
};

/** A report's workflow status as a badge ("Chưa nhập" when there is no report). */
export function ReportStatusBadge({ status, t }: { status: ReportStatus | null; t: Pick<Messages, "reports"> }) {
  const key = status ?? "NONE";
  return (
    <span
      data-testid="report-status"
      className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[key]}`}
    >
      {t.reports.statuses[key]}
    </span>
  );
}
