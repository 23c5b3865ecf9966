"use client";

// The shell of an import form: choose a file (and a month, for the unit imports) → preview (nothing is written) → confirm,
// which sends the same file with the preview's fingerprint. The form is submitted by hand so that
// the chosen file stays selected between the two steps; changing a field hides the confirmation
// until the next preview. A large change is confirmed by typing the number the preview asks for:
// the button stays disabled until it is typed, and the server checks it again.
import { startTransition, useActionState, useState, type ReactNode } from "react";

import { buttonClasses } from "@/components/ui/button";
import { FormField, inputClass } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_ACTION_RESULT, type ActionResult, type FieldErrors } from "@/lib/actions/action-result";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { ImportIssue } from "@/lib/units/import-issues";
import { matchesTypedConfirmation } from "@/lib/units/typed-confirmation";

import { ImportIssueTable } from "./import-issue-table";

export type ImportPreviewBase = {
  fileName: string;
  rows: number;
  fingerprint: string | null;
  changes: number;
  applied: boolean;
  issues: ImportIssue[];
  issueCount: number;
};

type ImportAction<Preview> = (previous: ActionResult<Preview>, formData: FormData) => Promise<ActionResult<Preview>>;

const ACCEPTED = ".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The number a large change asks to type, and what to say above the field. */
export type TypedConfirmation = { expected: string; note: ReactNode };

export function TwoStepImportForm<Preview extends ImportPreviewBase>({
  id,
  action,
  fileLabel,
  month,
  locale,
  t,
  renderPreview,
  extraFields,
  typedConfirmation,
}: {
  /** Distinguishes the forms of one page (field ids). */
  id: string;
  action: ImportAction<Preview>;
  fileLabel: string;
  /** The month the file is valid from, for imports that ask one (the official population has its years in the file). */
  month?: { name: string; label: string; hint: string; defaultValue: string };
  locale: Locale;
  t: Messages["units"];
  renderPreview: (preview: Preview) => ReactNode;
  /** Fields of this import besides the file and the month, with their errors. */
  extraFields?: (fieldErrors: FieldErrors) => ReactNode;
  /** For a preview whose change must be confirmed by typing a number: that number; null otherwise. */
  typedConfirmation?: (preview: Preview) => TypedConfirmation | null;
}) {
  const [state, dispatch, pending] = useActionState(action, {
    ...INITIAL_ACTION_RESULT,
    data: undefined,
  } satisfies ActionResult<Preview>);
  const [intent, setIntent] = useState<"preview" | "apply">("preview");
  const [stale, setStale] = useState(false);
  const [typed, setTyped] = useState("");
  const preview = state.data;
  // Nothing to confirm when the file matches the database (the preview says so). A refused
  // confirmation keeps its preview, so the number can be typed again.
  const previewed = Boolean(preview?.fingerprint && preview.changes > 0 && !preview.applied && !stale);
  const canConfirm = previewed && (state.ok || Boolean(state.fieldErrors.confirmation));
  const typing = canConfirm && preview ? (typedConfirmation?.(preview) ?? null) : null;
  const confirmReady = !typing || matchesTypedConfirmation(typed, typing.expected);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    const applying = data.get("intent") === "apply";
    setIntent(applying ? "apply" : "preview");
    setStale(false);
    if (!applying) setTyped("");
    startTransition(() => dispatch(data));
  }

  // Typing the confirmation changes nothing that was previewed.
  function changed(event: React.FormEvent<HTMLFormElement>) {
    if ((event.target as HTMLInputElement).name !== "confirmation") setStale(true);
  }

  return (
    <div className="space-y-4">
      <form onSubmit={submit} onChange={changed} className="max-w-xl space-y-4" noValidate aria-busy={pending}>
        <FormField name={`${id}-file`} label={fileLabel} hint={t.import.fileHint} errors={state.fieldErrors.file}>
          <input
            name="file"
            type="file"
            accept={ACCEPTED}
            required
            className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-2 file:py-1 file:text-brand-700`}
          />
        </FormField>
        {month && (
          <FormField
            name={`${id}-${month.name}`}
            label={month.label}
            hint={month.hint}
            errors={state.fieldErrors[month.name]}
          >
            <input
              name={month.name}
              type="month"
              defaultValue={month.defaultValue}
              placeholder="YYYY-MM"
              required
              className={`${inputClass} max-w-48`}
            />
          </FormField>
        )}
        {extraFields?.(state.fieldErrors)}
        {canConfirm && <input type="hidden" name="fingerprint" value={preview!.fingerprint!} />}
        {typing && (
          <div
            className="space-y-2 rounded-md border-2 border-behind/60 bg-red-50 p-3"
            data-testid={`${id}-typed-confirmation`}
          >
            {typing.note}
            <FormField
              name={`${id}-confirmation`}
              label={fill(t.import.typeToConfirm, { expected: typing.expected })}
              hint={t.import.typeToConfirmHint}
              errors={state.fieldErrors.confirmation}
            >
              <input
                name="confirmation"
                inputMode="numeric"
                autoComplete="off"
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                className={`${inputClass} max-w-48`}
              />
            </FormField>
          </div>
        )}
        <FormMessage ok={state.ok && Boolean(preview?.applied)} message={stale ? null : state.message} />
        <div className="flex flex-wrap gap-2">
          <button
            type="submit"
            name="intent"
            value="preview"
            disabled={pending}
            className={buttonClasses(canConfirm ? "secondary" : "primary", "px-3 py-2 text-sm")}
          >
            {pending && intent === "preview" ? t.import.previewing : t.import.preview}
          </button>
          {canConfirm && (
            <button
              type="submit"
              name="intent"
              value="apply"
              disabled={pending || !confirmReady}
              className={buttonClasses("primary", "px-3 py-2 text-sm")}
            >
              {pending && intent === "apply" ? t.import.confirming : t.import.confirm}
            </button>
          )}
        </div>
      </form>
      {preview && !stale && (
        <section aria-live="polite" className="space-y-3 border-t border-slate-200 pt-4" data-testid={`${id}-preview`}>
          {preview.issueCount > 0 ? (
            <ImportIssueTable issues={preview.issues} total={preview.issueCount} locale={locale} t={t} />
          ) : (
            renderPreview(preview)
          )}
        </section>
      )}
    </div>
  );
}
