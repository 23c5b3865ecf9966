// What a user has typed in a report form and not saved yet, kept in the browser (localStorage) per
// user, unit and month, so that a lost connection, a closed tab or an expired session loses nothing:
// the form offers it back the next time it opens. A save made without a connection is a draft
// marked as queued: it is sent through the normal server action, with the version it was typed
// over, when the connection returns (by the form if open, else by components/offline/connection-status.tsx).
// Browser-only; every access tolerates a storage that is full, disabled or holds something unreadable.
import type { Month } from "@/lib/period";

import type { SaveIntent } from "./report-status";

/** A save waiting for the connection; `problem` once the server refused it (the person must look at it). */
export type QueuedSave = { intent: SaveIntent; at: string; unitName: string; problem?: "conflict" | "refused" };

export type ReportDraft = {
  values: Record<string, string>;
  reasons: Record<string, string>;
  /** The report version the draft was typed over (0: no report yet), so that saving it still detects others' changes. */
  version: number;
  /** When it was last typed (ISO). */
  savedAt: string;
  queued?: QueuedSave;
};

const KEY_PREFIX = "bhyt.report-draft.v1:";
/** Tells this tab's listeners that a draft changed (the storage event reaches only the other tabs). */
const CHANGE_EVENT = "bhyt:report-drafts";

export function draftKey(userId: string, unitCode: string, month: Month): string {
  return `${KEY_PREFIX}${userId}:${unitCode}:${month}`;
}

/** The unit and month of a draft key of this user, or null for any other key. */
export function parseDraftKey(key: string, userId: string): { unitCode: string; month: Month } | null {
  const own = `${KEY_PREFIX}${userId}:`;
  if (!key.startsWith(own)) return null;
  const match = /^([^:]+):(\d{4}-\d{2})$/.exec(key.slice(own.length));
  return match ? { unitCode: match[1]!, month: match[2] as Month } : null;
}

function readQueued(value: unknown): QueuedSave | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { intent, at, unitName, problem } = value as Record<string, unknown>;
  if ((intent !== "save" && intent !== "submit") || typeof at !== "string" || typeof unitName !== "string")
    return undefined;
  return { intent, at, unitName, ...(problem === "conflict" || problem === "refused" ? { problem } : {}) };
}

const strings = (value: unknown): value is Record<string, string> =>
  typeof value === "object" && value !== null && Object.values(value).every((item) => typeof item === "string");

export function parseDraft(raw: string | null): ReportDraft | null {
  if (!raw) return null;
  try {
    const draft: unknown = JSON.parse(raw);
    if (typeof draft !== "object" || draft === null) return null;
    const { values, reasons, version, savedAt, queued } = draft as Record<string, unknown>;
    if (!strings(values) || !strings(reasons) || typeof version !== "number" || typeof savedAt !== "string")
      return null;
    const save = readQueued(queued);
    return { values, reasons, version, savedAt, ...(save ? { queued: save } : {}) };
  } catch {
    return null;
  }
}

/** The stored draft as text (stable between calls while unchanged: a useSyncExternalStore snapshot). */
export function readDraftText(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Keeps the draft; false when the browser's storage refused it (full or disabled). */
export function writeDraft(key: string, draft: ReportDraft): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
    window.dispatchEvent(new Event(CHANGE_EVENT));
    return true;
  } catch {
    // Storage full or disabled: the form still works, only without the safety copy.
    return false;
  }
}

export function removeDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  } catch {
    // Nothing to remove from a storage that cannot be used.
  }
}

/** Calls `onChange` when a stored draft changes, in this tab or another. */
export function subscribeToDrafts(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

export type QueuedDraft = { key: string; unitCode: string; month: Month; draft: ReportDraft & { queued: QueuedSave } };

/** This user's saves waiting for the connection or for a look, oldest first. */
export function queuedDrafts(userId: string): QueuedDraft[] {
  const found: QueuedDraft[] = [];
  try {
    for (let index = 0; index < window.localStorage.length; index++) {
      const key = window.localStorage.key(index);
      const place = key ? parseDraftKey(key, userId) : null;
      const draft = place && key ? parseDraft(window.localStorage.getItem(key)) : null;
      if (place && key && draft?.queued) found.push({ key, ...place, draft: { ...draft, queued: draft.queued } });
    }
  } catch {
    // A storage that cannot be read holds nothing queued.
  }
  return found.sort((a, b) => a.draft.queued.at.localeCompare(b.draft.queued.at));
}

/** The drafts whose form is open in this tab: that form sends its own queued save. */
const claimed = new Set<string>();

/** Marks a draft as handled by an open form until the returned function is called. */
export function claimDraft(key: string): () => void {
  claimed.add(key);
  return () => claimed.delete(key);
}

export function isClaimed(key: string): boolean {
  return claimed.has(key);
}

/** A typed entry as compared: trimmed, a count's thousands separators ("16.984") and spaces left out. */
function comparable(value: string | undefined): string {
  const text = (value ?? "").trim();
  const compact = text.replace(/[\s\u00a0]/g, "");
  return /^\d{1,3}(\.\d{3})+$/.test(compact) ? compact.replace(/\./g, "") : /^\d+$/.test(compact) ? compact : text;
}

/** Whether two sets of typed values say the same (empty and missing are the same; 16.984 is 16984). */
export function sameEntries(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => comparable(a[key]) === comparable(b[key]));
}
