// The plan form's document fields (./plan-form.tsx): number, date, title, issuer, the scope unit
// (today's units first, the units of the earlier structure in their own group) and the period.
import { FormField, inputClass } from "@/components/ui/form-field";
import { UnitChoices } from "@/components/ui/unit-choices";
import type { FieldErrors } from "@/lib/actions/action-result";
import type { Messages } from "@/lib/i18n/messages";
import type { PlanFormInitial } from "@/lib/plans/plan-form-initial";
import type { PlanScopeOption } from "@/lib/queries/get-plan-scope-options";

/** What the plan form's parts read of its state: the values sent back after a refusal, and the errors. */
export type PlanFormFields = {
  /** The value sent back after a refusal, else the initial one. */
  field: (name: string, fallback: string) => string;
  values: Record<string, string>;
  errors: FieldErrors;
  t: Messages["plans"];
};

export function PlanDetailsFields({
  initial,
  units,
  period,
  field,
  values,
  errors,
  t,
}: PlanFormFields & {
  initial: PlanFormInitial;
  units: PlanScopeOption[];
  /** The period is the form's state: the yearly milestones are drawn from it. */
  period: { start: string; end: string; setStart: (month: string) => void; setEnd: (month: string) => void };
}) {
  return (
    <fieldset className="min-w-0 space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <legend className="px-1 text-base font-semibold text-slate-900">{t.form.details}</legend>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <FormField name="number" label={t.form.number} hint={t.form.numberHint} errors={errors.number}>
          <input
            name="number"
            defaultValue={field("number", initial.number)}
            autoComplete="off"
            required
            className={inputClass}
          />
        </FormField>
        <FormField name="issuedOn" label={t.form.issuedOn} errors={errors.issuedOn}>
          <input
            name="issuedOn"
            type="date"
            defaultValue={field("issuedOn", initial.issuedOn)}
            required
            className={inputClass}
          />
        </FormField>
      </div>
      <FormField name="title" label={t.form.title} errors={errors.title}>
        <textarea name="title" rows={2} defaultValue={field("title", initial.title)} required className={inputClass} />
      </FormField>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <FormField name="issuer" label={t.form.issuer} hint={t.form.issuerHint} errors={errors.issuer}>
          <input
            name="issuer"
            defaultValue={field("issuer", initial.issuer)}
            autoComplete="off"
            required
            className={inputClass}
          />
        </FormField>
        <FormField name="scopeUnitId" label={t.form.scopeUnit} hint={t.form.scopeUnitHint} errors={errors.scopeUnitId}>
          <select
            name="scopeUnitId"
            key={`scope-${values.scopeUnitId ?? ""}`}
            defaultValue={field("scopeUnitId", initial.scopeUnitId)}
            required
            className={inputClass}
          >
            <UnitChoices
              units={units}
              labels={{ choose: t.form.chooseUnit, current: t.form.unitsAfter, ended: t.form.unitsBefore }}
            />
          </select>
        </FormField>
        <FormField name="periodStart" label={t.form.periodStart} hint={t.form.periodHint} errors={errors.periodStart}>
          <input
            name="periodStart"
            type="month"
            value={period.start}
            onChange={(event) => period.setStart(event.target.value)}
            required
            className={inputClass}
          />
        </FormField>
        <FormField name="periodEnd" label={t.form.periodEnd} errors={errors.periodEnd}>
          <input
            name="periodEnd"
            type="month"
            value={period.end}
            onChange={(event) => period.setEnd(event.target.value)}
            required
            className={inputClass}
          />
        </FormField>
      </div>
      <FormField name="notes" label={t.form.notes} errors={errors.notes}>
        <textarea name="notes" rows={3} defaultValue={field("notes", initial.notes)} className={inputClass} />
      </FormField>
    </fieldset>
  );
}
