"use client";

// Adds or edits a New Rural Area threshold (administrators), or deletes one.
import { useActionState } from "react";

import { FormField, inputClass } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { deleteThreshold, saveThreshold } from "@/lib/actions/plans";
import type { Messages } from "@/lib/i18n/messages";
import { isThresholdIssue } from "@/lib/validation/threshold-form";

import { useRefreshOnSuccess } from "./use-refresh-on-success";

export type ThresholdFormValues = {
  id: number;
  version: number;
  level: "STANDARD" | "MODEL";
  validFrom: string;
  validTo: string;
  rate: string;
  legalBasis: string;
  notes: string;
  legalBasisEn: string;
  notesEn: string;
};

export function ThresholdForm({ initial, t }: { initial?: ThresholdFormValues; t: Messages["plans"]["thresholds"] }) {
  const [state, action] = useActionState(saveThreshold, INITIAL_ACTION_RESULT);
  useRefreshOnSuccess(state);
  const values = state.ok && !initial ? {} : (state.values ?? {});
  // Issue codes worded in the reader's language; a sentence (the overlap refusal) shown as it is.
  const errors = Object.fromEntries(
    Object.entries(state.fieldErrors).map(([name, codes]) => [
      name,
      codes?.map((code) => (isThresholdIssue(code) ? t.issues[code] : code)),
    ]),
  );
  // Ids are per form, so that several forms on the page do not share input ids.
  const prefix = initial ? `t${initial.id}-` : "new-";
  const field = (name: keyof ThresholdFormValues) => values[name] ?? (initial ? String(initial[name]) : "");
  return (
    <form action={action} className="grid grid-cols-1 gap-3 sm:grid-cols-2" noValidate>
      {initial && (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={initial.version} />
        </>
      )}
      <FormField name={`${prefix}level`} label={t.level} errors={errors.level}>
        <select
          name="level"
          key={`level-${values.level ?? ""}`}
          defaultValue={field("level") || "STANDARD"}
          className={inputClass}
        >
          <option value="STANDARD">{t.levels.STANDARD}</option>
          <option value="MODEL">{t.levels.MODEL}</option>
        </select>
      </FormField>
      <FormField name={`${prefix}rate`} label={t.rate} errors={errors.rate}>
        <input name="rate" inputMode="decimal" defaultValue={field("rate")} className={inputClass} />
      </FormField>
      <FormField name={`${prefix}validFrom`} label={t.validFrom} errors={errors.validFrom}>
        <input name="validFrom" type="month" defaultValue={field("validFrom")} className={inputClass} />
      </FormField>
      <FormField name={`${prefix}validTo`} label={t.validTo} hint={t.validToHint} errors={errors.validTo}>
        <input name="validTo" type="month" defaultValue={field("validTo")} className={inputClass} />
      </FormField>
      <FormField name={`${prefix}legalBasis`} label={t.legalBasis} errors={errors.legalBasis}>
        <input name="legalBasis" defaultValue={field("legalBasis")} className={inputClass} />
      </FormField>
      <FormField name={`${prefix}notes`} label={t.notes} errors={errors.notes}>
        <input name="notes" defaultValue={field("notes")} className={inputClass} />
      </FormField>
      <FormField
        name={`${prefix}legalBasisEn`}
        label={t.legalBasisEn}
        hint={t.englishHint}
        errors={errors.legalBasisEn}
      >
        <input name="legalBasisEn" lang="en" defaultValue={field("legalBasisEn")} className={inputClass} />
      </FormField>
      <FormField name={`${prefix}notesEn`} label={t.notesEn} errors={errors.notesEn}>
        <input name="notesEn" lang="en" defaultValue={field("notesEn")} className={inputClass} />
      </FormField>
      <div className="space-y-2 sm:col-span-2">
        <FormMessage ok={state.ok} message={state.message} />
        <SubmitButton label={initial ? t.save : t.add} pendingLabel={t.saving} />
      </div>
    </form>
  );
}

export function DeleteThresholdForm({
  id,
  version,
  t,
}: {
  id: number;
  version: number;
  t: Messages["plans"]["thresholds"];
}) {
  const [state, action] = useActionState(deleteThreshold, INITIAL_ACTION_RESULT);
  useRefreshOnSuccess(state);
  return (
    <details>
      <summary className="cursor-pointer text-sm text-behind hover:underline">{t.delete}</summary>
      <form action={action} className="mt-2 space-y-1">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <SubmitButton label={t.confirmDelete} variant="danger" />
        {!state.ok && <FormMessage ok={false} message={state.message} />}
      </form>
    </details>
  );
}
