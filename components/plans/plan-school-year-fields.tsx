// The plan form's school-year rows (./plan-form.tsx): a group whose targets count by school year
// (pupils and students), posted as `schoolYear.<row>` = "on" (lib/validation/plan-form.ts).
import { fill } from "@/lib/i18n/fill";

import type { PlanFormFields } from "./plan-details-fields";

export function PlanSchoolYearFields({
  rows,
  initial,
  values,
  errors,
  t,
}: Omit<PlanFormFields, "field"> & {
  /** The group rows (the overall target never counts by school year). */
  rows: { key: string; label: string }[];
  /** The rows stored as counting by school year. */
  initial: readonly string[];
}) {
  // After a refusal the form shows what was sent; an unticked box is not sent at all.
  const sent = Object.keys(values).length > 0;
  const checked = (row: string) => (sent ? values[`schoolYear.${row}`] === "on" : initial.includes(row));
  return (
    <fieldset className="min-w-0 space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <legend className="px-1 text-base font-semibold text-slate-900">{t.form.schoolYears}</legend>
      <p id="school-year-hint" className="text-sm text-slate-500">
        {t.form.schoolYearsHint}
      </p>
      <div className="grid grid-cols-1 gap-2 md:grid-cols-2">
        {rows.map((row) => {
          const name = `schoolYear.${row.key}`;
          return (
            <label key={`${name}-${checked(row.key)}`} className="flex min-h-11 items-center gap-3 text-base">
              <input
                type="checkbox"
                name={name}
                defaultChecked={checked(row.key)}
                aria-describedby="school-year-hint"
                className="size-5 accent-brand-600"
              />
              <span>{fill(t.form.schoolYearRow, { row: row.label })}</span>
            </label>
          );
        })}
      </div>
      {errors["schoolYear.all"] && (
        <p role="alert" className="text-sm text-red-700">
          {errors["schoolYear.all"].join(" ")}
        </p>
      )}
    </fieldset>
  );
}
