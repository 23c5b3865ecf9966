// A labelled form control with its hint and its errors. The errors sit in an aria-live region that
// is always rendered (so screen readers announce new errors) and bound to the control with
// aria-describedby; the control is marked aria-invalid while it has errors.
import { cloneElement, type ReactElement, type ReactNode } from "react";

type ControlProps = { id?: string; "aria-describedby"?: string; "aria-invalid"?: boolean };

export function FormField({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  label: ReactNode;
  hint?: string;
  errors?: string[];
  children: ReactElement<ControlProps>;
}) {
  const id = `field-${name}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errors?.length);
  const control = cloneElement(children, {
    id,
    "aria-describedby": hint ? `${hintId} ${errorId}` : errorId,
    "aria-invalid": invalid || undefined,
  });
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {control}
      {hint && (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      <div id={errorId} aria-live="polite" className="text-sm text-behind">
        {errors?.map((error) => (
          <p key={error}>{error}</p>
        ))}
      </div>
    </div>
  );
}

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-behind";
