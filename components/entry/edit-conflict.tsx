// Someone else saved this report first: the notice above the form listing the figures they changed,
// and beside each such field what they saved, with a button to take their value.
import type { ReportStatus } from "@prisma/client";
import type { Ref } from "react";

import type { EditConflict } from "@/lib/actions/action-result";
import { formatCount } from "@/lib/format";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";
import { fieldLabel } from "@/lib/reports/describe-issue";
import { isEditableStatus } from "@/lib/reports/report-status";
import type { ReportField } from "@/lib/validation/report-values";

import { fieldId, focusField } from "./field-id";
import type { EntryMessages } from "./report-entry-form";

type Change = EditConflict["changes"][number];

export function ConflictNotice({
  ref,
  conflict,
  status,
  message,
  t,
}: {
  ref: Ref<HTMLDivElement>;
  conflict: EditConflict;
  status: ReportStatus | null;
  /** The server's refusal, shown when the report can no longer be changed. */
  message: string | null;
  t: EntryMessages;
}) {
  const e = t.reports.entry;
  const editable = isEditableStatus(status);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 focus:outline-none focus-visible:ring-2 focus-visible:ring-amber-600"
      data-testid="conflict"
    >
      <p className="font-semibold">{editable ? e.conflictTitle : message}</p>
      {editable && <p className="mt-1">{e.conflictBody}</p>}
      {status && <p className="mt-1">{fill(e.conflictStatus, { status: t.reports.statuses[status] })}</p>}
      {conflict.changes.length > 0 ? (
        <ul className="mt-2 list-disc space-y-0.5 pl-5">
          {conflict.changes.map((change) => (
            <li key={change.field}>
              <a
                href={`#${fieldId(change.field)}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(change.field);
                }}
                className="underline"
              >
                {fieldLabel(change.field as ReportField, t)}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        editable && <p className="mt-1">{e.conflictNoFigures}</p>
      )}
    </div>
  );
}

/** Beside a field the other person changed: what they saved, and a button to take it. */
export function ConflictNote({
  change,
  value,
  editable,
  onUseStored,
  t,
}: {
  change: Change;
  value: string;
  editable: boolean;
  onUseStored: (value: string) => void;
  t: EntryMessages;
}) {
  const e = t.reports.entry;
  const locale = t.locale;
  const show = (figure: number | null) => (figure === null ? "–" : formatCount(figure, locale));
  const stored = change.to === null ? "" : String(change.to);
  return (
    <>
      <p>
        {fill(e.conflictField, {
          to: show(change.to),
          from: show(change.from),
          by: change.by ?? e.unknownUser,
          at: formatDateTime(new Date(change.at), locale),
        })}
      </p>
      {editable && value !== stored && (
        <button
          type="button"
          onClick={() => onUseStored(stored)}
          className="mt-1 min-h-9 rounded border border-amber-400 bg-white px-2 text-sm font-medium text-amber-900 hover:bg-amber-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
        >
          {e.useStored}
        </button>
      )}
    </>
  );
}
