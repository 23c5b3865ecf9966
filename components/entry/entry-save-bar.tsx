// The bar kept at the bottom of the screen while a report can be changed: where the report stands
// (unsaved, saved, kept on the device, the server's answer) and the save and submit buttons.
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/action-result";
import { formatDateTime } from "@/lib/format-date-time";
import { fill } from "@/lib/i18n/fill";
import type { QueuedSave } from "@/lib/reports/report-draft";
import type { SaveIntent } from "@/lib/reports/report-status";

import type { EntryMessages } from "./report-entry-form";

type Tone = "ok" | "problem" | "offline" | "quiet" | "hidden";

/** What the bar says, in order: a save kept on the device (or refused), no connection, the server's answer, unsaved. */
function barMessage(
  t: EntryMessages,
  {
    queued,
    notKept,
    online,
    answer,
    dirty,
  }: { queued: QueuedSave | null; notKept: boolean; online: boolean; answer: ActionResult | null; dirty: boolean },
): { text: string; tone: Tone; testId?: string } {
  const e = t.reports.entry;
  const o = t.offline.form;
  if (queued) {
    const at = formatDateTime(new Date(queued.at), t.locale);
    return {
      text: fill(queued.intent === "submit" ? o.queuedSubmit : o.queued, { at }),
      tone: "offline",
      testId: "entry-offline",
    };
  }
  if (notKept) return { text: o.notKept, tone: "problem", testId: "entry-offline" };
  if (!online) return { text: o.offlineNotice, tone: "offline", testId: "entry-offline" };
  if (answer?.message) return { text: answer.message, tone: answer.ok ? "ok" : "problem" };
  return dirty ? { text: e.unsaved, tone: "quiet" } : { text: e.upToDate, tone: "hidden" };
}

export function EntrySaveBar({
  t,
  queued,
  notKept,
  online,
  answer,
  dirty,
  pending,
  sending,
  withReviewers,
  canSubmit,
}: {
  t: EntryMessages;
  queued: QueuedSave | null;
  notKept: boolean;
  online: boolean;
  /** The server's answer, while it is worth showing. */
  answer: ActionResult | null;
  dirty: boolean;
  pending: boolean;
  sending: SaveIntent;
  /** A submitted report is with the reviewers: its buttons say whether it stays there or comes back. */
  withReviewers: boolean;
  canSubmit: boolean;
}) {
  const e = t.reports.entry;
  const message = barMessage(t, { queued, notKept, online, answer, dirty });
  const label = (intent: SaveIntent) => {
    if (pending && sending === intent) return intent === "submit" ? e.submitting : e.saving;
    if (intent === "submit") return withReviewers ? e.resubmit : e.submit;
    return withReviewers ? e.withdraw : e.saveDraft;
  };
  const tone = {
    ok: "font-medium text-met",
    problem: "font-medium text-behind",
    offline: "font-medium text-amber-900",
    quiet: "text-slate-600",
    hidden: "hidden text-slate-500 sm:inline",
  }[message.tone];
  const describedBy = withReviewers ? "entry-submitted-notice" : undefined;
  return (
    <div className="sticky bottom-(--bottom-nav-height) z-10 -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 shadow-[0_-4px_12px_rgba(15,47,94,0.08)] backdrop-blur sm:mx-0 sm:rounded-t-lg sm:border-x">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <div role="status" aria-live="polite" className="flex-1 text-sm" data-testid="entry-message">
          <span className={tone} data-testid={message.testId}>
            {message.text}
          </span>
        </div>
        <div className="flex gap-2">
          <Button
            type="submit"
            name="intent"
            value="save"
            variant="secondary"
            disabled={pending}
            aria-describedby={describedBy}
            className="min-h-11 flex-1 px-4 sm:flex-none"
          >
            {label("save")}
          </Button>
          {canSubmit && (
            <Button
              type="submit"
              name="intent"
              value="submit"
              disabled={pending}
              aria-describedby={describedBy}
              className="min-h-11 flex-1 px-4 sm:flex-none"
            >
              {label("submit")}
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}
