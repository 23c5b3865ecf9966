import type { TargetStatus } from "@/lib/coverage/target-status";
import type { Messages } from "@/lib/i18n/messages";

const STYLES: Record<TargetStatus, string> = {
  met: "bg-green-100 text-met ring-green-600/20",
  near: "bg-amber-100 text-near ring-amber-600/20",
  behind: "bg-red-100 text-behind ring-red-600/20",
  noTarget: "bg-slate-100 text-slate-600 ring-slate-500/20",
  noData: "bg-slate-100 text-slate-600 ring-slate-500/20",
};

export function StatusBadge({ status, t }: { status: TargetStatus; t: Pick<Messages, "status"> }) {
  return (
    <span
      className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status]}`}
    >
      {t.status[status]}
    </span>
  );
}

export const STATUS_TEXT: Record<TargetStatus, string> = {
  met: "text-met",
  near: "text-near",
  behind: "text-behind",
  noTarget: "text-slate-700",
  noData: "text-slate-500",
};

const MARKS: Partial<Record<TargetStatus, string>> = { met: "✓", near: "≈", behind: "✗" };

/**
 * The status of a figure coloured with STATUS_TEXT, as a mark beside it and in words for screen
 * readers, so that the status never rests on colour alone. Nothing without a target or figures.
 */
export function StatusMark({ status, t }: { status: TargetStatus; t: Pick<Messages, "status"> }) {
  const mark = MARKS[status];
  if (!mark) return null;
  return (
    <>
      <span aria-hidden className="ml-1 text-[0.8em]" title={t.status[status]}>
        {mark}
      </span>
      <span className="sr-only"> ({t.status[status]})</span>
    </>
  );
}
