"use client";

import { useActionState } from "react";

import { FOCUS_RING } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { remindAll, remindCommune } from "@/lib/actions/reminders";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { Month } from "@/lib/period";

import { usePublishedAction } from "./review-notice";

type Labels = Messages["notifications"]["review"];

const disclosure = `cursor-pointer list-none rounded-md border px-3 py-2 text-sm font-medium ${FOCUS_RING}`;

/** "Nhắc nộp báo cáo" for one commune; the outcome shows in the page's notice (./review-notice.tsx). */
export function RemindCommuneForm({ unitId, month, labels }: { unitId: number; month: Month; labels: Labels }) {
  const [, dispatch] = useActionState(usePublishedAction(remindCommune), INITIAL_ACTION_RESULT);
  return (
    <form action={dispatch}>
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="month" value={month} />
      <SubmitButton label={labels.remind} pendingLabel={labels.reminding} variant="secondary" />
    </form>
  );
}

/** "Nhắc tất cả xã chưa nộp": explained, then confirmed; the server picks the communes again. */
export function RemindAllForm({
  unitId,
  month,
  monthText,
  count,
  labels,
}: {
  unitId: number;
  month: Month;
  monthText: string;
  count: number;
  labels: Labels;
}) {
  const [, dispatch] = useActionState(usePublishedAction(remindAll), INITIAL_ACTION_RESULT);
  return (
    <details className="sm:max-w-md">
      <summary className={`${disclosure} border-amber-600/40 bg-white text-near hover:bg-amber-50`}>
        {fill(labels.remindAll, { count })}
      </summary>
      <form action={dispatch} className="mt-2 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3">
        <p className="text-sm text-slate-700">{fill(labels.remindAllHint, { month: monthText })}</p>
        <input type="hidden" name="unitId" value={unitId} />
        <input type="hidden" name="month" value={month} />
        <SubmitButton label={fill(labels.remindAllConfirm, { count })} pendingLabel={labels.reminding} />
      </form>
    </details>
  );
}
