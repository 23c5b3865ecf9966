"use client";

// The form to create or edit a campaign. Input names follow lib/validation/campaign-form.ts; the
// server checks everything again and answers issue codes, worded here in the reader's language.
import { useActionState, useId } from "react";

import { entered } from "@/components/ui/entered";
import { FormField, inputClass } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { UnitChoices, type UnitChoice } from "@/components/ui/unit-choices";
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { createCampaign, updateCampaign } from "@/lib/actions/campaigns";
import type { CampaignFormInitial } from "@/lib/campaigns/campaign-form-initial";
import type { Messages } from "@/lib/i18n/messages";
import { isCampaignIssue } from "@/lib/validation/campaign-form";

export type CampaignPlanChoice = { id: number; number: string; scopeName: string };

export function CampaignForm({
  initial,
  units,
  plans,
  t,
}: {
  initial: CampaignFormInitial;
  units: UnitChoice[];
  plans: CampaignPlanChoice[];
  t: Messages["campaigns"];
}) {
  const editing = initial.campaignId !== undefined;
  const [state, action] = useActionState(editing ? updateCampaign : createCampaign, INITIAL_ACTION_RESULT);
  const values = state.ok ? {} : (state.values ?? {});
  const field = (name: keyof CampaignFormInitial) => values[name] ?? String(initial[name] ?? "");
  const errors = (name: string) =>
    state.fieldErrors[name]?.map((code) => (isCampaignIssue(code) ? t.issues[code] : code));
  const formId = useId();
  const targetErrors = errors("targets");

  return (
    <form action={action} className="space-y-5" noValidate aria-describedby={`${formId}-message`}>
      {editing && (
        <>
          <input type="hidden" name="campaignId" value={initial.campaignId} />
          <input type="hidden" name="version" value={initial.version} />
        </>
      )}
      <fieldset className="min-w-0 space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <FormField name="name" label={t.form.name} hint={t.form.nameHint} errors={errors("name")}>
          <input name="name" defaultValue={field("name")} autoComplete="off" required className={inputClass} />
        </FormField>
        <FormField name="unitId" label={t.form.unit} hint={t.form.unitHint} errors={errors("unitId")}>
          {/* Keyed by the value sent back, so that the select shows it again after a refusal. */}
          <select
            name="unitId"
            key={`unit-${field("unitId")}`}
            defaultValue={field("unitId")}
            required
            className={inputClass}
          >
            <UnitChoices
              units={units}
              labels={{ choose: t.form.chooseUnit, current: t.form.unitsAfter, ended: t.form.unitsBefore }}
            />
          </select>
        </FormField>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <FormField name="firstMonth" label={t.form.firstMonth} hint={t.form.periodHint} errors={errors("firstMonth")}>
            <input name="firstMonth" type="month" defaultValue={field("firstMonth")} required className={inputClass} />
          </FormField>
          <FormField name="lastMonth" label={t.form.lastMonth} errors={errors("lastMonth")}>
            <input name="lastMonth" type="month" defaultValue={field("lastMonth")} required className={inputClass} />
          </FormField>
        </div>
      </fieldset>

      <fieldset
        className="min-w-0 space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        aria-describedby="field-targets-error"
      >
        <legend className="px-1 text-base font-semibold text-slate-900">{t.form.targets}</legend>
        <div id="field-targets-error" aria-live="polite" className="text-sm text-behind">
          {targetErrors?.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          <FormField
            name="targetNewlyEnrolled"
            label={t.form.targetNewlyEnrolled}
            errors={errors("targetNewlyEnrolled")}
          >
            <input
              name="targetNewlyEnrolled"
              inputMode="numeric"
              defaultValue={field("targetNewlyEnrolled")}
              autoComplete="off"
              className={inputClass}
            />
          </FormField>
          <FormField name="targetRenewed" label={t.form.targetRenewed} errors={errors("targetRenewed")}>
            <input
              name="targetRenewed"
              inputMode="numeric"
              defaultValue={field("targetRenewed")}
              autoComplete="off"
              className={inputClass}
            />
          </FormField>
          <FormField
            name="targetRate"
            label={t.form.targetRate}
            hint={t.form.targetRateHint}
            errors={errors("targetRate")}
          >
            <input
              name="targetRate"
              inputMode="decimal"
              defaultValue={field("targetRate")}
              autoComplete="off"
              className={inputClass}
            />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="min-w-0 space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <FormField
          name="responsibleAgency"
          label={t.form.agency}
          hint={t.form.agencyHint}
          errors={errors("responsibleAgency")}
        >
          <input
            name="responsibleAgency"
            defaultValue={field("responsibleAgency")}
            autoComplete="off"
            required
            className={inputClass}
          />
        </FormField>
        <FormField name="planId" label={t.form.plan} errors={errors("planId")}>
          <select name="planId" key={`plan-${field("planId")}`} defaultValue={field("planId")} className={inputClass}>
            <option value="">{t.form.noPlan}</option>
            {plans.map((plan) => (
              <option key={plan.id} value={plan.id} {...entered("plan")}>
                {plan.number} · {plan.scopeName}
              </option>
            ))}
          </select>
        </FormField>
        <FormField name="notes" label={t.form.notes} errors={errors("notes")}>
          <textarea name="notes" rows={3} defaultValue={field("notes")} className={inputClass} />
        </FormField>
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={t.form.save} pendingLabel={t.form.saving} />
        <div id={`${formId}-message`} className="min-w-0 flex-1">
          <FormMessage ok={state.ok} message={state.message} />
        </div>
      </div>
    </form>
  );
}
