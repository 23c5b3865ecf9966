// The state of the monthly report form (components/entry/report-entry-form.tsx) as one pure reducer:
// what is typed, what was last saved and at which version, which fields the user has left, the server's
// answer, a draft on offer and a save kept on the device. Side effects (drafts in the browser, sending)
// live in the hook (components/entry/use-report-entry.ts); this file only says how the state moves.
import type { ReportStatus } from "@prisma/client";

import type { ActionResult, EditConflict } from "@/lib/actions/action-result";
import { formatCount } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { QueuedSave, ReportDraft } from "@/lib/reports/report-draft";
import { statusAfterSave, type SaveIntent } from "@/lib/reports/report-status";
import { parseCount } from "@/lib/validation/report-values";

export type Entries = Record<string, string>;
export type Sent = { intent: SaveIntent; values: Entries; reasons: Entries };
/** `queued`: the server could not be reached, and the save was kept on the device instead. */
export type EntryResult = ActionResult & { sent?: Sent; queued?: QueuedSave | null };

export type StoredReport = { values: Entries; reasons: Entries; version: number; status: ReportStatus | null };

export type EntryState = {
  values: Entries;
  reasons: Entries;
  /** What the server holds, as last loaded or saved: the form is dirty when it differs. */
  saved: { values: Entries; reasons: Entries };
  version: number;
  status: ReportStatus | null;
  touched: ReadonlySet<string>;
  /** Whether the user tried to save: every problem is shown from then on. */
  attempted: boolean;
  serverErrors: Record<string, string[]>;
  conflict: EditConflict | null;
  /** Whether a draft left by an earlier visit was restored, discarded or overwritten by typing. */
  draftHandled: boolean;
  sending: SaveIntent;
  /** The save kept on this device, waiting for the connection; `notKept` when the browser refused to keep it. */
  queued: QueuedSave | null;
  notKept: boolean;
  /** The server's last answer (or the initial, empty one). */
  result: EntryResult;
};

export type EntryAction =
  /** Typing in a figure or a reason; `key` loses its server errors, `draftHandled` when no draft is on offer. */
  | { type: "edit"; key?: string; values: Entries; reasons: Entries; draftHandled: boolean }
  /** A figure rewritten on leaving it ("16984" → "16.984"), which is not an edit. */
  | { type: "reformat"; key: string; value: string }
  | { type: "touch"; key: string }
  | { type: "attempt" }
  | { type: "restoreDraft"; draft: ReportDraft; locale: Locale }
  | { type: "discardDraft" }
  /** A save kept on the device (null: the browser refused to keep it). */
  | { type: "queue"; save: QueuedSave | null }
  | { type: "send"; intent: SaveIntent }
  | { type: "answer"; result: EntryResult };

/** A typed count written the Vietnamese way ("16984" → "16.984") once it reads as a count; English keeps plain digits. */
export function displayCount(raw: string, locale: Locale): string {
  const value = parseCount(raw);
  return locale === "vi" && typeof value === "number" ? formatCount(value, locale) : raw;
}

function displayCounts(values: Entries, locale: Locale): Entries {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, displayCount(value, locale)]));
}

export function initialEntryState(stored: StoredReport, locale: Locale, result: EntryResult): EntryState {
  return {
    values: displayCounts(stored.values, locale),
    reasons: stored.reasons,
    saved: { values: stored.values, reasons: stored.reasons },
    version: stored.version,
    status: stored.status,
    touched: new Set(),
    attempted: false,
    serverErrors: {},
    conflict: null,
    draftHandled: false,
    sending: "save",
    queued: null,
    notKept: false,
    result,
  };
}

function withoutKey(errors: Record<string, string[]>, key: string | undefined): Record<string, string[]> {
  if (key === undefined || !errors[key]) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([name]) => name !== key));
}

/** How the server's answer changes the form: saved, refused for a conflict, refused per field, or queued. */
function takeAnswer(state: EntryState, result: EntryResult): EntryState {
  const next = { ...state, result };
  if (result.queued !== undefined) return { ...next, queued: result.queued, notKept: result.queued === null };
  if (result.ok && result.sent && result.version !== undefined) {
    return {
      ...next,
      version: result.version,
      saved: { values: result.sent.values, reasons: result.sent.reasons },
      status: statusAfterSave(state.status, result.sent.intent),
      conflict: null,
      serverErrors: {},
      attempted: false,
    };
  }
  if (result.conflict) {
    // The user has now been shown what changed: saving again from this version is a choice.
    const status = result.conflict.status === "NONE" ? null : (result.conflict.status as ReportStatus);
    return { ...next, conflict: result.conflict, version: result.conflict.version, status };
  }
  const serverErrors = Object.fromEntries(Object.entries(result.fieldErrors).map(([key, list]) => [key, list ?? []]));
  return { ...next, serverErrors };
}

export function entryReducer(state: EntryState, action: EntryAction): EntryState {
  switch (action.type) {
    case "edit":
      return {
        ...state,
        values: action.values,
        reasons: action.reasons,
        serverErrors: withoutKey(state.serverErrors, action.key),
        // A change after a save kept on the device makes it unsaved again: saving queues it anew.
        queued: null,
        notKept: false,
        draftHandled: state.draftHandled || action.draftHandled,
      };
    case "reformat":
      return state.values[action.key] === action.value
        ? state
        : { ...state, values: { ...state.values, [action.key]: action.value } };
    case "touch":
      return state.touched.has(action.key) ? state : { ...state, touched: new Set([...state.touched, action.key]) };
    case "attempt":
      return { ...state, attempted: true };
    case "restoreDraft":
      return {
        ...state,
        draftHandled: true,
        values: displayCounts(action.draft.values, action.locale),
        reasons: action.draft.reasons,
        version: action.draft.version,
        // A save kept on this device is shown at once, and sent when online (unless the server refused it).
        queued: action.draft.queued ? (action.draft.queued.problem ? null : action.draft.queued) : state.queued,
      };
    case "discardDraft":
      return { ...state, draftHandled: true };
    case "queue":
      return { ...state, draftHandled: true, queued: action.save, notKept: action.save === null };
    case "send":
      return { ...state, queued: null, sending: action.intent, attempted: true };
    case "answer":
      return takeAnswer(state, action.result);
  }
}
