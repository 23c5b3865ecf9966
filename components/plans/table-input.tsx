// An input inside a table cell: labelled for screen readers (the column heading is not enough to
// say which row), with its errors below it in a live region bound by aria-describedby.
/** A form control's look without its full width: a table cell's control has its own width. */
export const cellControlClass =
  "block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-behind";

export function TableInput({
  name,
  label,
  defaultValue,
  value,
  onChange,
  errors,
  inputMode,
  className = "",
  placeholder,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  /** Controlled: the value and its setter (instead of `defaultValue`). */
  value?: string;
  onChange?: (value: string) => void;
  errors?: string[];
  inputMode?: "decimal" | "numeric" | "text";
  className?: string;
  placeholder?: string;
}) {
  const id = `field-${name}`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errors?.length);
  return (
    <div>
      <input
        id={id}
        name={name}
        defaultValue={defaultValue}
        value={value}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={errorId}
        inputMode={inputMode}
        autoComplete="off"
        placeholder={placeholder}
        className={`${cellControlClass} ${inputMode === "text" ? "" : "text-right tabular-nums"} ${className}`}
      />
      <div id={errorId} aria-live="polite" className="text-xs text-behind">
        {errors?.map((error) => (
          <p key={error}>{error}</p>
        ))}
      </div>
    </div>
  );
}
