// Sends this user's saves made without a connection (lib/reports/report-draft.ts), oldest first,
// through the same server actions as the form, with the version each was typed over: a report
// someone changed meanwhile is refused as a conflict, never overwritten. One tab sends at a time
// (Web Locks); a draft whose form is open is left to that form, which shows the server's answer.
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { saveReport, submitReport } from "@/lib/actions/reports";
import {
  isClaimed,
  parseDraft,
  queuedDrafts,
  readDraftText,
  removeDraft,
  writeDraft,
  type QueuedDraft,
} from "@/lib/reports/report-draft";

/** The form as the entry page would post it. */
export function queuedSaveForm({ unitCode, month, draft }: QueuedDraft): FormData {
  const form = new FormData();
  form.set("unitCode", unitCode);
  form.set("month", month);
  form.set("version", String(draft.version));
  for (const [name, value] of Object.entries({ ...draft.values, ...draft.reasons })) form.set(name, value);
  return form;
}

async function sendOne(item: QueuedDraft): Promise<"sent" | "refused" | "offline"> {
  // Read again inside the lock: another tab may have sent or changed it.
  const draft = parseDraft(readDraftText(item.key));
  if (!draft?.queued || draft.queued.problem || isClaimed(item.key)) return "refused";
  const current = { ...item, draft: { ...draft, queued: draft.queued } };
  let answer;
  try {
    answer = await (draft.queued.intent === "submit" ? submitReport : saveReport)(
      INITIAL_ACTION_RESULT,
      queuedSaveForm(current),
    );
  } catch {
    return "offline";
  }
  if (answer.ok) {
    removeDraft(item.key);
    return "sent";
  }
  writeDraft(item.key, { ...draft, queued: { ...draft.queued, problem: answer.conflict ? "conflict" : "refused" } });
  return "refused";
}

/**
 * Sends what is waiting; returns how many were accepted. Stops at the first network failure.
 * `onStart` is called once this tab holds the lock and starts sending.
 */
export async function sendQueuedSaves(userId: string, onStart: () => void = () => {}): Promise<number> {
  const run = async () => {
    onStart();
    let sent = 0;
    for (const item of queuedDrafts(userId)) {
      if (item.draft.queued.problem || isClaimed(item.key)) continue;
      const outcome = await sendOne(item);
      if (outcome === "offline") break;
      if (outcome === "sent") sent += 1;
    }
    return sent;
  };
  return "locks" in navigator ? navigator.locks.request("bhyt.queued-saves", run) : run();
}
