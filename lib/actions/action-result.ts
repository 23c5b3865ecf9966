// What every server action returns to its form (shared with client components).
export type FieldErrors = Partial<Record<string, string[]>>;

export type ActionResult<Data = undefined> = {
  ok: boolean;
  /** Messages per input name, shown next to the field. */
  fieldErrors: FieldErrors;
  /** A message for the whole form (success or refusal), never raw exception text. */
  message: string | null;
  /** After a refusal, what was typed (never passwords), to refill the form React has reset. */
  values?: Record<string, string>;
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
