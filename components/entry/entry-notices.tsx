// The top of the monthly report form (./report-entry-form.tsx): the report's status and the
// keyboard hint, the notice of a report with the reviewers, a draft left in this browser offered
// back, the conflict with a save someone else made, and the summary of what stops the save.
import type { ReportStatus } from "@prisma/client";
import type { Ref } from "react";

import type { EditConflict } from "@/lib/actions/action-result";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";

import { CheckSummary, type Problem } from "./check-summary";
import { DraftOffer } from "./draft-offer";
import { ConflictNotice } from "./edit-conflict";
import type { EntryMessages } from "./report-entry-form";
import { ReportStatusBadge } from "./report-status-badge";

export function EntryNotices({
  entry: { status, editable, withReviewers, conflict, message },
  offer,
  problems,
  summaryRef,
  conflictRef,
  locale,
  t,
}: {
  entry: {
    status: ReportStatus | null;
    editable: boolean;
    /** A submitted report is with the reviewers. */
    withReviewers: boolean;
    conflict: EditConflict | null;
    /** The server's last answer. */
    message: string | null;
  };
  /** A draft from an earlier visit, or null. */
  offer: { savedAt: string; restore: () => void; discard: () => void } | null;
  /** The problems to list: none until the user tried to save. */
  problems: Problem[];
  summaryRef: Ref<HTMLDivElement>;
  conflictRef: Ref<HTMLDivElement>;
  locale: Locale;
  t: EntryMessages;
}) {
  const e = t.reports.entry;
  return (
    <>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <ReportStatusBadge status={status} t={t} />
        {editable && (
          <span className="text-slate-500" id="entry-keyboard-hint">
            {e.keyboardHint}
          </span>
        )}
      </div>
      {editable && withReviewers && (
        <p
          id="entry-submitted-notice"
          className="rounded-lg border border-amber-600/30 bg-amber-50 p-3 text-sm text-slate-800"
          data-testid="submitted-notice"
        >
          {e.submittedNotice}
        </p>
      )}

      {offer && (
        <DraftOffer
          text={fill(e.draftFound, { at: formatDateTime(new Date(offer.savedAt), locale) })}
          restoreLabel={e.restore}
          discardLabel={e.discard}
          onRestore={offer.restore}
          onDiscard={offer.discard}
        />
      )}
      {conflict && <ConflictNotice ref={conflictRef} conflict={conflict} status={status} message={message} t={t} />}
      <CheckSummary ref={summaryRef} problems={problems} e={e} />
    </>
  );
}
