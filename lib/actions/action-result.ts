// What every server action returns to its form (shared with client components).
export type FieldErrors = Partial<Record<string, string[]>>;

/** A figure someone else saved after the version a form was loaded with: from what, to what, by whom, when (ISO). */
export type ConflictingChange = {
  field: string;
  from: number | null;
  to: number | null;
  by: string | null;
  at: string;
};

/** Why a save of something edited concurrently was refused: what is stored now and what changed. */
export type EditConflict = { version: number; status: string; changes: ConflictingChange[] };

export type ActionResult<Data = undefined> = {
  ok: boolean;
  /** Messages per input name, shown next to the field. */
  fieldErrors: FieldErrors;
  /** A message for the whole form (success or refusal), never raw exception text. */
  message: string | null;
  /** After a refusal, what was typed (never passwords), to refill the form React has reset. */
  values?: Record<string, string>;
  /** After a save with optimistic concurrency: the version now stored. */
  version?: number;
  /** After a save refused because someone else saved first. */
  conflict?: EditConflict;
  /** After a success, the page to open next (authedAction redirects there). */
  redirectTo?: string;
  /** What the action answers besides the message, e.g. the preview of an import. */
  data?: Data;
};

export const INITIAL_ACTION_RESULT: ActionResult = { ok: false, fieldErrors: {}, message: null };

/** The submitted text values worth typing again: everything but passwords and Next's own fields. */
export function echoValues(input: FormData | Record<string, unknown>): Record<string, string> {
  const entries = input instanceof FormData ? [...input.entries()] : Object.entries(input);
  return Object.fromEntries(
    entries.filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === "string" && !/password/i.test(entry[0]) && !entry[0].startsWith("$ACTION"),
    ),
  );
}
