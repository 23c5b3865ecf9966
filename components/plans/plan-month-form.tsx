"use client";

// Chooses the month of a plan's leader view: a GET form (works without script, by keyboard) that
// also submits itself when the month changes.
import { formatMonth } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { monthRange, type Month } from "@/lib/period";

export function PlanMonthForm({
  action,
  unitCode,
  month,
  first,
  last,
  locale,
  labels,
}: {
  action: string;
  unitCode: string;
  month: Month;
  first: Month;
  last: Month;
  locale: Locale;
  labels: { month: string; show: string };
}) {
  return (
    <form method="get" action={action} className="no-print flex items-end gap-2">
      <input type="hidden" name="unit" value={unitCode} />
      <label className="text-sm">
        <span className="mb-1 block font-medium text-slate-700">{labels.month}</span>
        <select
          name="month"
          defaultValue={month}
          onChange={(event) => event.currentTarget.form?.requestSubmit()}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
        >
          {monthRange(first, last)
            .reverse()
            .map((m) => (
              <option key={m} value={m}>
                {formatMonth(m, locale)}
              </option>
            ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
      >
        {labels.show}
      </button>
    </form>
  );
}
