// One count of the report form: label, numeric input, last month's value, the figure's history
// (who changed it, when, from what to what), and below it any error or change by someone else (the
// section lists its warnings below its fields). On a phone the label sits beside the input; from
// the `sm` width above it.
import type { ReactNode } from "react";

import { fieldId } from "./field-id";

export type HistoryLine = { at: string; by: string; change: string };

export function CountField({
  name,
  label,
  groupLabel,
  value,
  lastMonth,
  errors,
  conflict,
  history,
  historyLabel,
  readOnly,
  onChange,
  onBlur,
}: {
  name: string;
  label: string;
  /** Read before the label by screen readers ("Nhóm 1 – "), so that every input has a unique name. */
  groupLabel?: string;
  value: string;
  lastMonth: string;
  errors: string[];
  /** What someone else saved meanwhile, with a button to take it. */
  conflict?: ReactNode;
  history: HistoryLine[];
  historyLabel: string;
  readOnly: boolean;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  const id = fieldId(name);
  const invalid = errors.length > 0;
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_8.5rem] items-center gap-x-3 gap-y-1 sm:flex sm:flex-col sm:items-stretch">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {groupLabel && <span className="sr-only">{groupLabel}</span>}
        {label}
      </label>
      <input
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        readOnly={readOnly}
        inputMode="numeric"
        autoComplete="off"
        enterKeyHint="next"
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-last ${id}-error${conflict ? ` ${id}-conflict` : ""}`}
        className="h-11 w-full rounded-md border border-slate-300 bg-white px-3 text-right text-base tabular-nums shadow-sm read-only:border-slate-200 read-only:bg-slate-50 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-behind aria-[invalid=true]:ring-behind/20"
      />
      <div className="col-span-2 flex flex-wrap items-baseline justify-between gap-x-3 text-xs text-slate-500">
        <span id={`${id}-last`}>{lastMonth}</span>
        {history.length > 0 && (
          <details className="group w-full sm:w-auto">
            <summary className="cursor-pointer rounded text-brand-700 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600">
              {historyLabel}
            </summary>
            <ol className="mt-1 space-y-0.5 border-l-2 border-slate-200 pl-2 text-slate-600">
              {history.map((line, index) => (
                <li key={index}>
                  <span className="tabular-nums">{line.change}</span> · {line.by} · {line.at}
                </li>
              ))}
            </ol>
          </details>
        )}
      </div>
      {conflict && (
        <div
          id={`${id}-conflict`}
          className="col-span-2 rounded-md border border-amber-300 bg-amber-50 px-2 py-1.5 text-sm text-amber-900"
        >
          {conflict}
        </div>
      )}
      <div id={`${id}-error`} aria-live="polite" className="col-span-2 text-sm text-behind">
        {errors.map((error) => (
          <p key={error}>{error}</p>
        ))}
      </div>
    </div>
  );
}
