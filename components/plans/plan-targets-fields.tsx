// The plan form's targets at one milestone (./plan-form.tsx): per row (overall and each participant
// group) the comparator, the rate and the number of people.
import { fill } from "@/lib/i18n/fill";
import type { PlanFormCell } from "@/lib/plans/plan-form-initial";

import type { PlanFormFields } from "./plan-details-fields";
import { cellControlClass, TableInput } from "./table-input";

export function PlanTargetsFields({
  index,
  milestone,
  rows,
  cellOf,
  field,
  values,
  errors,
  t,
}: PlanFormFields & {
  /** The milestone's place in the list: its inputs are named `target.<index>.<row>.…`. */
  index: number;
  /** The milestone's month as the reader writes it, or "…" while it is not chosen. */
  milestone: string;
  rows: { key: string; label: string }[];
  /** The initial target of a row at this milestone. */
  cellOf: (row: string) => PlanFormCell | undefined;
}) {
  return (
    <fieldset className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <legend className="px-1 text-base font-semibold text-slate-900">{fill(t.form.targetsAt, { milestone })}</legend>
      <p className="mb-2 text-sm text-slate-500">{t.form.targetsHint}</p>
      <div className="overflow-x-auto">
        <table className="min-w-[34rem] text-sm">
          <thead className="text-left text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-2 font-medium">
                {t.form.row}
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                {t.form.comparator}
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                {t.form.rate}
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                {t.form.count}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const name = `target.${index}.${row.key}`;
              const cell = cellOf(row.key);
              const where = `${row.label} – ${milestone}`;
              return (
                <tr key={row.key} className="border-t border-slate-100 align-top">
                  <th scope="row" className="py-2 pr-2 text-left font-normal text-slate-800">
                    {row.label}
                  </th>
                  <td className="px-2 py-1">
                    <select
                      name={`${name}.cmp`}
                      key={`${name}.cmp-${values[`${name}.cmp`] ?? ""}`}
                      defaultValue={field(`${name}.cmp`, cell?.comparator ?? "AT_LEAST")}
                      aria-label={`${t.form.comparator} – ${where}`}
                      className={`${cellControlClass} w-36`}
                    >
                      <option value="AT_LEAST">{t.comparatorNames.AT_LEAST}</option>
                      <option value="EXACTLY">{t.comparatorNames.EXACTLY}</option>
                    </select>
                  </td>
                  <td className="px-2 py-1">
                    <TableInput
                      name={`${name}.rate`}
                      label={`${t.form.rate} – ${where}`}
                      defaultValue={field(`${name}.rate`, cell?.rate ?? "")}
                      errors={errors[`${name}.rate`]}
                      inputMode="decimal"
                      className="w-24"
                    />
                  </td>
                  <td className="px-2 py-1">
                    <TableInput
                      name={`${name}.count`}
                      label={`${t.form.count} – ${where}`}
                      defaultValue={field(`${name}.count`, cell?.count ?? "")}
                      errors={errors[`${name}.count`]}
                      inputMode="numeric"
                      className="w-32"
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
