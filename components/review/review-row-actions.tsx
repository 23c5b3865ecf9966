"use client";

import { useActionState } from "react";

import { FOCUS_RING } from "@/components/ui/button";
import { Entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";
import { FormField, inputClass } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT, type ActionResult } from "@/lib/actions/action-result";
import { approveReport, returnReport, unlockReport } from "@/lib/actions/review";
import type { Messages } from "@/lib/i18n/messages";
import type { ReviewAction } from "@/lib/reports/review-rules";

import { usePublishedAction } from "./review-notice";

type Labels = Messages["reports"]["review"];

const ACTIONS = { approve: approveReport, return: returnReport, unlock: unlockReport } as const;

/** Runs the action the submitted form names: one state, so the last message stays after the row changes. */
async function decide(previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const intent = formData.get("intent");
  const action = intent === "return" || intent === "unlock" ? ACTIONS[intent] : ACTIONS.approve;
  return action(previous, formData);
}

const disclosure = `cursor-pointer list-none rounded-md border px-3 py-2 text-sm font-medium ${FOCUS_RING}`;

/**
 * Approve, return (with a comment) and unlock (with a reason) one commune's report. Field errors show
 * at the field; the outcome in the page's notice (./review-notice.tsx).
 */
export function ReviewRowActions({
  reportId,
  version,
  unitName,
  unitCode,
  actions,
  labels,
}: {
  reportId: number;
  version: number;
  unitName: string;
  unitCode: string;
  actions: ReviewAction[];
  labels: Labels;
}) {
  const [state, dispatch] = useActionState(usePublishedAction(decide), INITIAL_ACTION_RESULT);
  const hidden = (
    <>
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  return (
    <div className="flex flex-wrap items-start gap-2" data-testid={`review-actions-${unitCode}`}>
      {actions.includes("approve") && (
        <form action={dispatch}>
          {hidden}
          <input type="hidden" name="intent" value="approve" />
          <SubmitButton label={labels.approve} pendingLabel={labels.working} />
        </form>
      )}
      {actions.includes("return") && (
        <details className="w-full min-w-0 sm:w-auto sm:open:w-full">
          <summary className={`${disclosure} border-orange-300 bg-white text-orange-800 hover:bg-orange-50`}>
            {labels.return}
          </summary>
          <form action={dispatch} className="mt-2 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3">
            <p className="text-sm font-medium text-slate-800">
              {fillNodes(labels.returnFor, { unit: <Entered kind="unit">{unitName}</Entered> })}
            </p>
            {hidden}
            <input type="hidden" name="intent" value="return" />
            <FormField
              name={`comment-${reportId}`}
              label={labels.returnComment}
              hint={labels.returnCommentHint}
              errors={state.fieldErrors.comment}
            >
              <textarea
                name="comment"
                rows={3}
                maxLength={2000}
                className={inputClass}
                defaultValue={state.values?.comment}
              />
            </FormField>
            <SubmitButton label={labels.confirmReturn} pendingLabel={labels.working} variant="danger" />
          </form>
        </details>
      )}
      {actions.includes("unlock") && (
        <details className="w-full min-w-0 sm:w-auto sm:open:w-full">
          <summary className={`${disclosure} border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}>
            {labels.unlock}
          </summary>
          <form action={dispatch} className="mt-2 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3">
            <p className="text-sm font-medium text-slate-800">
              {fillNodes(labels.unlockFor, { unit: <Entered kind="unit">{unitName}</Entered> })}
            </p>
            {hidden}
            <input type="hidden" name="intent" value="unlock" />
            <FormField
              name={`reason-${reportId}`}
              label={labels.unlockReason}
              hint={labels.unlockReasonHint}
              errors={state.fieldErrors.reason}
            >
              <textarea
                name="reason"
                rows={3}
                maxLength={2000}
                className={inputClass}
                defaultValue={state.values?.reason}
              />
            </FormField>
            <SubmitButton label={labels.confirmUnlock} pendingLabel={labels.working} variant="danger" />
          </form>
        </details>
      )}
    </div>
  );
}
