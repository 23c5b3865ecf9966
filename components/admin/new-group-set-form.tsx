"use client";

// Adds a set of participant groups from a month: the set's code, name and legal basis, and one row
// per group (rows left blank are no group), each with the previous set's groups it continues.
import { useActionState, useState } from "react";

import { FormField, inputClass } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { createGroupSet } from "@/lib/actions/group-sets";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { MAX_GROUP_ROWS } from "@/lib/validation/group-set";

type Labels = Messages["groupSets"];

const FIRST_ROWS = 5;

const TEXT_FIELDS = ["code", "ordinal", "name", "shortName", "nameEn", "shortNameEn"] as const;

function GroupRowFields({
  index,
  previousGroups,
  labels,
  errors,
  values,
}: {
  index: number;
  previousGroups: { id: number; label: string }[];
  labels: Labels;
  errors: Partial<Record<string, string[]>>;
  values: Record<string, string> | undefined;
}) {
  const prefix = `g${index}`;
  const row = fill(labels.row, { row: String(index + 1) });
  const continuesErrorId = `${prefix}-continues-error`;
  return (
    <fieldset className="rounded-md border border-slate-200 p-3" data-testid={`group-row-${index + 1}`}>
      <legend className="px-1 text-sm font-medium text-slate-800">{row}</legend>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[6rem_5rem_1fr_1fr]">
        {TEXT_FIELDS.map((field) => (
          // On a wide screen: code, order, name, short name; then the English name under the first three.
          <div key={field} className={field === "nameEn" ? "lg:col-span-3" : undefined}>
            <FormField
              name={`${prefix}-${field}`}
              label={
                <>
                  {labels[field]}
                  <span className="sr-only"> · {row}</span>
                </>
              }
              errors={errors[`${prefix}.${field}`]}
            >
              <input
                name={`${prefix}.${field}`}
                type={field === "ordinal" ? "number" : "text"}
                inputMode={field === "ordinal" ? "numeric" : undefined}
                defaultValue={values?.[`${prefix}.${field}`] ?? (field === "ordinal" ? String(index + 1) : "")}
                className={inputClass}
              />
            </FormField>
          </div>
        ))}
      </div>
      {previousGroups.length > 0 && (
        <fieldset className="mt-2" aria-describedby={continuesErrorId}>
          <legend className="text-sm text-slate-700">{labels.continuesLegend}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {previousGroups.map((group) => (
              <label key={group.id} className="inline-flex items-center gap-1 text-sm text-slate-800">
                <input type="checkbox" name={`${prefix}.continues`} value={group.id} />
                {group.label}
              </label>
            ))}
          </div>
          <div id={continuesErrorId} aria-live="polite" className="text-sm text-behind">
            {errors[`${prefix}.continues`]?.map((error) => (
              <p key={error}>{error}</p>
            ))}
          </div>
        </fieldset>
      )}
    </fieldset>
  );
}

export function NewGroupSetForm({
  previousGroups,
  labels,
}: {
  previousGroups: { id: number; label: string }[];
  labels: Labels;
}) {
  const [state, action] = useActionState(createGroupSet, INITIAL_ACTION_RESULT);
  const [rows, setRows] = useState(FIRST_ROWS);
  return (
    <form action={action} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField
          name="new-set-from"
          label={labels.validFrom}
          hint={labels.validFromHint}
          errors={state.fieldErrors.validFrom}
        >
          <input name="validFrom" type="month" defaultValue={state.values?.validFrom} className={inputClass} />
        </FormField>
        <FormField name="new-set-code" label={labels.setCode} errors={state.fieldErrors.code}>
          <input name="code" defaultValue={state.values?.code} className={inputClass} />
        </FormField>
        <FormField name="new-set-name" label={labels.setName} errors={state.fieldErrors.name}>
          <input name="name" defaultValue={state.values?.name} className={inputClass} />
        </FormField>
        <FormField name="new-set-basis" label={labels.legalBasis} errors={state.fieldErrors.legalBasis}>
          <input name="legalBasis" defaultValue={state.values?.legalBasis} className={inputClass} />
        </FormField>
      </div>
      <div aria-live="polite" className="text-sm text-behind">
        {state.fieldErrors.groups?.map((error) => (
          <p key={error}>{error}</p>
        ))}
      </div>
      {Array.from({ length: rows }, (_, index) => (
        <GroupRowFields
          key={index}
          index={index}
          previousGroups={previousGroups}
          labels={labels}
          errors={state.fieldErrors}
          values={state.values}
        />
      ))}
      <div className="flex flex-wrap gap-3">
        {rows < MAX_GROUP_ROWS && (
          <button
            type="button"
            onClick={() => setRows((count) => count + 1)}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
          >
            {labels.addRow}
          </button>
        )}
        <SubmitButton label={labels.create} />
      </div>
      <FormMessage ok={state.ok} message={state.message} />
    </form>
  );
}
