import type { ReportStatus } from "@prisma/client";
import { LockIcon } from "@/components/ui/lock-icon";
import type { Messages } from "@/lib/i18n/messages";

const STYLES: Record<ReportStatus | "none", string> = {
  DRAFT: "bg-slate-100 text-slate-700 ring-slate-500/20",
  SUBMITTED: "bg-blue-50 text-brand-700 ring-brand-600/20",
  RETURNED: "bg-orange-50 text-orange-800 ring-orange-600/30",
  APPROVED: "bg-green-50 text-met ring-green-600/20",
  LOCKED: "bg-slate-700 text-white ring-slate-700",
  none: "bg-white text-slate-500 ring-slate-400/40 ring-dashed",
};

/** The workflow state of a commune's report ("Chờ duyệt", "Đã khoá"…), or that there is none. */
export function ReportStatusBadge({ status, t }: { status: ReportStatus | null; t: Messages }) {
  const key = status ?? "none";
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[key]}`}>
      {key === "LOCKED" && <LockIcon />}
      {t.reports.review.statuses[key]}
    </span>
  );
}
