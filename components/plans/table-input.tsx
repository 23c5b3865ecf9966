// An input inside a table cell: labelled for screen readers (the column heading is not enough to
// say which row), with its errors below it in a live region bound by aria-describedby.
import { inputClass } from "@/components/ui/form-field";

export function TableInput({ name, label, defaultValue, value, onChange, errors, inputMode, className = "", placeholder }: {
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
        className={`${inputClass} ${inputMode === "text" ? "" : "text-right tabular-nums"} ${className}`}
      />
      <div id={errorId} aria-live="polite" className="text-xs text-behind">
        {errors?.map((error) => <p key={error}>{error}</p>)}
      </div>
    </div>
  );
}
