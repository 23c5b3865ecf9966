"use client";

import { useActionState } from "react";

import { FOCUS_RING } from "@/components/ui/button";
import { FormField, inputClass } from "@/components/ui/form-field";
import { LockIcon } from "@/components/ui/lock-icon";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT, type ActionResult } from "@/lib/actions/action-result";
import { approveMonth, lockMonth } from "@/lib/actions/review";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";

import { usePublishedAction } from "./review-notice";

type Labels = Messages["reports"]["review"];

async function decide(previous: ActionResult, formData: FormData): Promise<ActionResult> {
  return formData.get("intent") === "lock" ? lockMonth(previous, formData) : approveMonth(previous, formData);
}

const disclosure = `cursor-pointer list-none rounded-md border px-3 py-2 text-sm font-medium ${FOCUS_RING}`;

/** Communes named in the lock panel; the rest are counted. */
const NAMES_SHOWN = 10;

/**
 * Approve every report awaiting review, and lock the month's approved reports. Each is a two-step
 * disclosure (explanation, then the button); the form sends the reports shown, with their versions.
 * Locking while communes are not approved lists them and asks for a reason (checked again on the
 * server, which counts them itself). Other month-wide actions (reminders) come as children.
 */
export function MonthReviewActions({
  unitId,
  month,
  pending,
  approved,
  notApproved,
  labels,
  children,
}: {
  unitId: number;
  month: Month;
  /** "id:version" of the reports awaiting review that this reviewer may approve. */
  pending: string[];
  /** "id:version" of the approved reports this reviewer may lock. */
  approved: string[];
  /** Communes whose report is not approved yet (they stay open when the month is locked), by name. */
  notApproved: string[];
  labels: Labels;
  children?: React.ReactNode;
}) {
  const [state, dispatch] = useActionState(usePublishedAction(decide), INITIAL_ACTION_RESULT);
  const fields = (intent: string, reports: string[]) => (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="month" value={month} />
      {reports.map((report) => (
        <input key={report} type="hidden" name="reports" value={report} />
      ))}
    </>
  );
  return (
    <section aria-labelledby="month-actions" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="month-actions" className="text-base font-semibold text-slate-900">
        {labels.monthActions}
      </h2>
      <div className="mt-3 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
        {pending.length > 0 && (
          <details className="sm:max-w-sm">
            <summary className={`${disclosure} border-brand-600/40 bg-white text-brand-700 hover:bg-brand-50`}>
              {fill(labels.approveAll, { count: pending.length })}
            </summary>
            <form action={dispatch} className="mt-2 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3">
              <p className="text-sm text-slate-700">{labels.approveAllHint}</p>
              {fields("approve", pending)}
              <SubmitButton
                label={fill(labels.approveAllConfirm, { count: pending.length })}
                pendingLabel={labels.working}
              />
            </form>
          </details>
        )}
        {pending.length === 0 && approved.length === 0 && !children && (
          <p className="text-sm text-slate-600">{labels.nothingToDo}</p>
        )}
        {approved.length > 0 && (
          <details className="sm:max-w-sm">
            <summary className={`${disclosure} border-slate-400 bg-white text-slate-800 hover:bg-slate-100`}>
              <LockIcon className="mr-1.5 h-3.5 w-3.5 align-[-2px]" />
              {fill(labels.lockMonth, { count: approved.length })}
            </summary>
            <form action={dispatch} className="mt-2 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3">
              <p className="text-sm text-slate-700">{labels.lockMonthHint}</p>
              {notApproved.length > 0 && (
                <div className="space-y-2" data-testid="lock-not-approved">
                  <p className="text-sm font-medium text-near">
                    {fill(labels.lockLeavesOut, { count: notApproved.length })}
                  </p>
                  <p className="text-sm text-slate-700">
                    <span className="font-medium">{labels.lockNotApprovedList}:</span>{" "}
                    {notApproved.slice(0, NAMES_SHOWN).join(", ")}
                    {notApproved.length > NAMES_SHOWN &&
                      ` ${fill(labels.andMoreCommunes, { count: notApproved.length - NAMES_SHOWN })}`}
                  </p>
                  <FormField
                    name="lock-reason"
                    label={labels.lockReason}
                    hint={labels.lockReasonHint}
                    errors={state.fieldErrors.lockReason}
                  >
                    <textarea name="lockReason" rows={3} required maxLength={1_000} className={inputClass} />
                  </FormField>
                </div>
              )}
              {fields("lock", approved)}
              <SubmitButton
                label={fill(labels.lockMonthConfirm, { count: approved.length })}
                pendingLabel={labels.working}
                variant="danger"
              />
            </form>
          </details>
        )}
        {children}
      </div>
    </section>
  );
}
