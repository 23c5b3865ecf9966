"use client";

// Upload of unit boundaries (GeoJSON): choose the file and the month its codes are checked against →
// preview (nothing is written: the shapes new and replaced, the codes that are no unit of the month,
// the units still without a shape, or the file's problems by feature) → confirm, which sends the same
// file and month with the preview's fingerprint. Submitted by hand so that the file stays chosen.
import { startTransition, useActionState, useState } from "react";

import { FormField, inputClass } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { ImportCounts, PreviewHeading } from "@/components/units/import-counts";
import { INITIAL_ACTION_RESULT, type ActionResult } from "@/lib/actions/action-result";
import { importBoundaries } from "@/lib/actions/boundaries";
import { formatCount, formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { BoundaryFileIssue } from "@/lib/map/boundary-file";
import type { BoundaryPreview } from "@/lib/map/import-boundaries";
import type { Month } from "@/lib/period";

type Texts = Messages["boundaries"]["import"];

/** An issue in the reader's language: its template filled with its values, numbers formatted. */
function describe(issue: BoundaryFileIssue, t: Texts, locale: Locale): string {
  const values = Object.fromEntries(
    Object.entries(issue).map(([key, value]) => [key, typeof value === "number" ? formatCount(value, locale) : value]),
  );
  return fill(t.issue[issue.code], values);
}

export function BoundaryImportForm({
  defaultMonth,
  locale,
  t,
  units,
}: {
  defaultMonth: Month;
  locale: Locale;
  t: Texts;
  units: Messages["units"]["import"];
}) {
  const [state, dispatch, pending] = useActionState(importBoundaries, {
    ...INITIAL_ACTION_RESULT,
    data: undefined,
  } satisfies ActionResult<BoundaryPreview>);
  const [stale, setStale] = useState(false);
  const preview = state.data;
  const canConfirm = Boolean(state.ok && preview?.fingerprint && !preview.applied && !stale);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    setStale(false);
    startTransition(() => dispatch(data));
  }

  const button =
    "rounded-md px-3 py-2 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 disabled:opacity-60";
  const month = (value: string) => formatMonth(value as Month, locale);
  return (
    <div className="space-y-4">
      <form
        onSubmit={submit}
        onChange={() => setStale(true)}
        className="max-w-xl space-y-4"
        noValidate
        aria-busy={pending}
      >
        <FormField name="boundaries-file" label={t.file} hint={t.fileHint} errors={state.fieldErrors.file}>
          <input
            name="file"
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            required
            className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-2 file:py-1 file:text-brand-700`}
          />
        </FormField>
        <FormField name="boundaries-month" label={t.month} hint={t.monthHint} errors={state.fieldErrors.month}>
          <input
            name="month"
            type="month"
            defaultValue={defaultMonth}
            placeholder="YYYY-MM"
            required
            className={`${inputClass} max-w-48`}
          />
        </FormField>
        {canConfirm && <input type="hidden" name="fingerprint" value={preview!.fingerprint!} />}
        <FormMessage ok={state.ok && Boolean(preview?.applied)} message={stale ? null : state.message} />
        <div className="flex flex-wrap gap-2">
          <button
            type="submit"
            name="intent"
            value="preview"
            disabled={pending}
            className={`${button} ${canConfirm ? "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100" : "bg-brand-700 text-white hover:bg-brand-900"}`}
          >
            {pending ? units.previewing : units.preview}
          </button>
          {canConfirm && (
            <button
              type="submit"
              name="intent"
              value="apply"
              disabled={pending}
              className={`${button} bg-brand-700 text-white hover:bg-brand-900`}
            >
              {units.confirm}
            </button>
          )}
        </div>
      </form>
      {preview && !stale && (
        <section
          aria-live="polite"
          className="space-y-3 border-t border-slate-200 pt-4"
          data-testid="boundaries-preview"
        >
          {preview.issues.length > 0 ? (
            <div>
              <p className="font-medium text-behind">{fill(t.issuesTitle, { count: preview.issues.length })}</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm" data-testid="boundaries-issues">
                {preview.issues.slice(0, 200).map((issue, index) => (
                  <li key={index}>{describe(issue, t, locale)}</li>
                ))}
              </ul>
            </div>
          ) : (
            <>
              <PreviewHeading
                title={t.previewTitle}
                file={preview.fileName}
                read={fill(t.shapesRead, { count: formatCount(preview.shapes, locale) })}
              />
              <ImportCounts
                locale={locale}
                items={[
                  { label: t.created, value: preview.counts.created, testId: "count-boundaries-created" },
                  { label: t.replaced, value: preview.counts.replaced, testId: "count-boundaries-replaced" },
                  { label: t.unknown, value: preview.counts.unknown, testId: "count-boundaries-unknown" },
                  { label: t.missing, value: preview.counts.missing, testId: "count-boundaries-missing" },
                ]}
              />
              {preview.unknown.length > 0 && (
                <div className="text-sm" data-testid="boundaries-unknown">
                  <p className="font-medium text-slate-700">{fill(t.unknownTitle, { month: month(preview.month) })}</p>
                  <p>
                    {preview.unknown
                      .map((item) => `${item.code} (${fill(t.featureNumber, { feature: item.feature })})`)
                      .join(", ")}
                  </p>
                </div>
              )}
              {preview.missing.length > 0 && (
                <div className="text-sm" data-testid="boundaries-missing">
                  <p className="font-medium text-slate-700">{fill(t.missingTitle, { month: month(preview.month) })}</p>
                  <p>{preview.missing.map((unit) => `${unit.code} ${unit.name}`).join(", ")}</p>
                </div>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}
