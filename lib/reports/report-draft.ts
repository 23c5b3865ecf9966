// What a user has typed in a report form and not saved yet, kept in the browser (localStorage) per
// user, unit and month, so that a lost connection, a closed tab or an expired session loses nothing:
// the form offers it back the next time it opens. Browser-only; every access tolerates a storage
// that is full, disabled or holds something unreadable.
import type { Month } from "@/lib/period";

export type ReportDraft = {
  values: Record<string, string>;
  reasons: Record<string, string>;
  /** The report version the draft was typed over (0: no report yet), so that saving it still detects others' changes. */
  version: number;
  /** When it was last typed (ISO). */
  savedAt: string;
};

export function draftKey(userId: string, unitCode: string, month: Month): string {
  return `bhyt.report-draft.v1:${userId}:${unitCode}:${month}`;
}

const strings = (value: unknown): value is Record<string, string> =>
  typeof value === "object" && value !== null && Object.values(value).every((item) => typeof item === "string");

export function parseDraft(raw: string | null): ReportDraft | null {
  if (!raw) return null;
  try {
    const draft: unknown = JSON.parse(raw);
    if (typeof draft !== "object" || draft === null) return null;
    const { values, reasons, version, savedAt } = draft as Record<string, unknown>;
    if (!strings(values) || !strings(reasons) || typeof version !== "number" || typeof savedAt !== "string") return null;
    return { values, reasons, version, savedAt };
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

export function writeDraft(key: string, draft: ReportDraft): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still works, only without the safety copy.
  }
}

export function removeDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to remove from a storage that cannot be used.
  }
}

/** Calls `onChange` when another tab changes stored drafts. */
export function subscribeToDrafts(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
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
