"use client";

// The behaviour of the monthly report form: its state (components/entry/report-entry-state.ts), the
// draft kept in the browser until saved (lib/reports/report-draft.ts), sending a save with the version
// the form was loaded with, and, without a connection, keeping the save on the device to send it, with
// the same version, as soon as the connection returns.
import { useRouter } from "next/navigation";
import {
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useSyncExternalStore,
  useTransition,
  type FormEvent,
} from "react";

import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { saveReport, submitReport } from "@/lib/actions/reports";
import type { Locale } from "@/lib/i18n/locales";
import { keepForOffline } from "@/lib/offline/offline-worker";
import { useOnline } from "@/lib/offline/use-online";
import { checkReport, isSavable } from "@/lib/reports/check-report";
import {
  claimDraft,
  parseDraft,
  readDraftText,
  removeDraft,
  sameEntries,
  subscribeToDrafts,
  writeDraft,
  type QueuedSave,
  type ReportDraft,
} from "@/lib/reports/report-draft";
import { isEditableStatus, type SaveIntent } from "@/lib/reports/report-status";
import type { ReportValues } from "@/lib/validation/report-values";

import {
  displayCount,
  entryReducer,
  initialEntryState,
  type Entries,
  type EntryResult,
  type Sent,
  type StoredReport,
} from "./report-entry-state";

/** A save sent from the queue waits this long after one that could not reach the server. */
const RETRY_AFTER_MS = 30_000;

const NO_DRAFT = () => null;

export function useReportEntry(options: {
  locale: Locale;
  draftKey: string;
  unitName: string;
  stored: StoredReport;
  groupCodes: string[];
  history: ReportValues[];
  /** Whether this user may change the report (role and status). */
  mayEdit: boolean;
  /** Shown when the server cannot be reached and the browser refuses to keep the save. */
  offlineText: string;
}) {
  const { locale, draftKey, unitName, stored, groupCodes, history, mayEdit, offlineText } = options;
  const [state, dispatch] = useReducer(entryReducer, undefined, () =>
    initialEntryState(stored, locale, INITIAL_ACTION_RESULT),
  );
  const [pending, startSending] = useTransition();
  const online = useOnline();
  const router = useRouter();
  const failedSends = useRef(0);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const { result } = state;

  /** Keeps this save on the device, to be sent when the connection returns; null if the browser refused. */
  const queueSave = useCallback(
    (sent: Sent, formVersion: number): QueuedSave | null => {
      const at = new Date().toISOString();
      const save: QueuedSave = { intent: sent.intent, at, unitName };
      const draft = { values: sent.values, reasons: sent.reasons, version: formVersion, savedAt: at, queued: save };
      return writeDraft(draftKey, draft) ? save : null;
    },
    [draftKey, unitName],
  );

  const send = useCallback(
    (formData: FormData, sent: Sent) => {
      dispatch({ type: "send", intent: sent.intent });
      startSending(async () => {
        let answer: EntryResult;
        try {
          answer = {
            ...(await (sent.intent === "submit" ? submitReport : saveReport)(INITIAL_ACTION_RESULT, formData)),
            sent,
          };
        } catch {
          // The server could not be reached: the save waits on the device (lib/reports/report-draft.ts).
          const save = queueSave(sent, Number(formData.get("version")));
          answer = { ok: false, fieldErrors: {}, message: save ? null : offlineText, sent, queued: save };
        }
        startTransition(() => dispatch({ type: "answer", result: answer }));
      });
    },
    [queueSave, offlineText],
  );

  // What each answer of the server does outside the form: drafts, the offline copy, focus.
  useEffect(() => {
    if (!result.sent) return; // no answer yet
    if (result.queued !== undefined) {
      failedSends.current += 1;
      return;
    }
    failedSends.current = 0;
    if (!result.ok) {
      // The server answered: what was queued is now what the form shows, an ordinary draft.
      const kept = parseDraft(readDraftText(draftKey));
      if (kept?.queued) writeDraft(draftKey, { ...kept, queued: undefined });
    }
    if (result.ok) {
      removeDraft(draftKey);
      // The copy of this page kept for offline use now shows the saved report.
      void keepForOffline([window.location.pathname], true);
    } else if (result.conflict) {
      conflictRef.current?.focus();
      router.refresh(); // the page's history and log now include the other person's save
    } else if (Object.keys(result.fieldErrors).length > 0) summaryRef.current?.focus();
  }, [result, draftKey, router]);

  // A draft left in this browser by an earlier visit, offered back until restored or discarded.
  const draftText = useSyncExternalStore(subscribeToDrafts, () => readDraftText(draftKey), NO_DRAFT);
  const draft = useMemo(() => parseDraft(draftText), [draftText]);
  const offer: ReportDraft | null =
    mayEdit &&
    !state.draftHandled &&
    draft &&
    !draft.queued &&
    !(sameEntries(draft.values, stored.values) && sameEntries(draft.reasons, stored.reasons))
      ? draft
      : null;
  // A save kept on this device is the user's own decision: shown at once, and sent when online.
  const adoptQueued = mayEdit && !state.draftHandled && draft?.queued ? draft : null;
  useEffect(() => {
    if (adoptQueued) dispatch({ type: "restoreDraft", draft: adoptQueued, locale });
  }, [adoptQueued, locale]);

  const editable = mayEdit && isEditableStatus(state.status);

  // This form sends its own queued save (the header's sender leaves it alone while it is open).
  useEffect(() => (mayEdit ? claimDraft(draftKey) : undefined), [mayEdit, draftKey]);
  const { queued, values, reasons } = state;
  useEffect(() => {
    if (!online || !queued || !editable || pending) return;
    const timer = window.setTimeout(
      () => {
        if (formRef.current) send(new FormData(formRef.current), { intent: queued.intent, values, reasons });
      },
      failedSends.current === 0 ? 0 : RETRY_AFTER_MS,
    );
    return () => window.clearTimeout(timer);
  }, [online, queued, editable, pending, values, reasons, send]);

  const dirty = !sameEntries(values, state.saved.values) || !sameEntries(reasons, state.saved.reasons);
  const check = checkReport({ ...values, ...reasons }, groupCodes, history);

  /** What the user typed becomes the form's content and, unless an earlier draft is on offer, the draft. */
  function keep(nextValues: Entries, nextReasons: Entries, key?: string) {
    // While an earlier draft is on offer it is left alone, so that it cannot be lost; once the user
    // types with none on offer, what they type is the draft.
    dispatch({ type: "edit", key, values: nextValues, reasons: nextReasons, draftHandled: !offer });
    if (offer) return;
    if (sameEntries(nextValues, state.saved.values) && sameEntries(nextReasons, state.saved.reasons)) {
      removeDraft(draftKey);
    } else {
      const savedAt = new Date().toISOString();
      writeDraft(draftKey, { values: nextValues, reasons: nextReasons, version: state.version, savedAt });
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent: SaveIntent = submitter?.value === "submit" ? "submit" : "save";
    dispatch({ type: "attempt" });
    if (!isSavable(check)) {
      summaryRef.current?.focus();
      return;
    }
    if (!navigator.onLine) {
      dispatch({ type: "queue", save: queueSave({ intent, values, reasons }, state.version) });
      return;
    }
    send(new FormData(event.currentTarget), { intent, values, reasons });
  }

  return {
    state,
    pending,
    online,
    editable,
    dirty,
    offer,
    check,
    formRef,
    summaryRef,
    conflictRef,
    onSubmit,
    keep,
    changeValue: (key: string, value: string) => keep({ ...values, [key]: value }, reasons, key),
    changeReason: (key: string, value: string) => keep(values, { ...reasons, [key]: value }, key),
    touch: (key: string) => dispatch({ type: "touch", key }),
    /** On leaving a figure, it is written the way the locale writes counts. */
    reformat: (key: string) => dispatch({ type: "reformat", key, value: displayCount(values[key] ?? "", locale) }),
    restoreDraft: (chosen: ReportDraft) => dispatch({ type: "restoreDraft", draft: chosen, locale }),
    discardDraft: () => {
      dispatch({ type: "discardDraft" });
      removeDraft(draftKey);
    },
  };
}
