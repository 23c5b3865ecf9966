// A warning on a figure and the reason that confirms it (stored with the report), in a box that grows
// with the text.
import { MAX_REASON_LENGTH } from "@/lib/validation/report-form";

import { fieldId } from "./field-id";

export function WarningReason({
  name,
  title,
  text,
  label,
  hint,
  value,
  error,
  readOnly,
  onChange,
  onBlur,
}: {
  name: string;
  title: string;
  text: string;
  label: string;
  hint: string;
  value: string;
  error: string | null;
  readOnly: boolean;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  const id = fieldId(name);
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-2" data-testid="report-warning">
      <p id={`${id}-warning`} className="text-sm text-amber-950">
        <strong className="font-semibold">{title}: </strong>
        {text}
      </p>
      <label htmlFor={id} className="mt-2 block text-sm font-medium text-slate-800">
        {label}
      </label>
      {/* Multi-line, growing with the text, so a long reason stays readable (line breaks are kept as spaces). */}
      <textarea
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        readOnly={readOnly}
        maxLength={MAX_REASON_LENGTH}
        rows={2}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-warning ${id}-hint ${id}-error`}
        className="mt-1 block min-h-16 w-full resize-y rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm field-sizing-content read-only:bg-slate-50 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-behind"
      />
      {!readOnly && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      <div id={`${id}-error`} aria-live="polite" className="text-sm text-behind">
        {error}
      </div>
    </div>
  );
}
