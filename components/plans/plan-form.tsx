"use client";

// The form to create or edit a plan: the document's fields, the milestones, and the scope unit's
// targets per milestone × row (overall and each participant group), with the responsible agency
// per row. Input names follow lib/validation/plan-form.ts; the server checks everything again.
import { useActionState, useId, useState } from "react";

import { FormField, inputClass } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { createPlan, updatePlan } from "@/lib/actions/plans";
import { formatMonth } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { groupNames } from "@/lib/i18n/reference-texts";
import type { Month } from "@/lib/period";
import type { PlanFormCell, PlanFormInitial } from "@/lib/plans/plan-form-initial";
import { yearlyMilestones } from "@/lib/plans/plan-status";
import type { PlanGroup } from "@/lib/queries/get-plan-groups";
import type { PlanScopeOption } from "@/lib/queries/get-plan-scope-options";

import { PlanDetailsFields } from "./plan-details-fields";
import { PlanMilestonesFields, type MilestoneState } from "./plan-milestones-fields";
import { PlanSchoolYearFields } from "./plan-school-year-fields";
import { PlanTargetsFields } from "./plan-targets-fields";

export function PlanForm({
  initial,
  groups,
  units,
  locale,
  t,
}: {
  initial: PlanFormInitial;
  groups: PlanGroup[];
  units: PlanScopeOption[];
  locale: Locale;
  t: Messages["plans"];
}) {
  const editing = initial.planId !== undefined;
  const [state, action] = useActionState(editing ? updatePlan : createPlan, INITIAL_ACTION_RESULT);
  const values = state.ok ? {} : (state.values ?? {});
  const errors = state.fieldErrors;
  const [periodStart, setPeriodStart] = useState(initial.periodStart);
  const [periodEnd, setPeriodEnd] = useState(initial.periodEnd);
  const [milestones, setMilestones] = useState<MilestoneState[]>(() =>
    (initial.milestones.length > 0 ? initial.milestones : [""]).map((month, key) => ({ key, month })),
  );
  const [nextKey, setNextKey] = useState(milestones.length);
  const formId = useId();

  const rows = [
    { key: "all", label: t.overall },
    ...groups.map((group) => ({
      key: String(group.id),
      label: `${fill(t.group, { code: group.code })}: ${groupNames(group, locale).shortName}`,
    })),
  ];
  const field = (name: string, fallback: string) => values[name] ?? fallback;
  // React resets a form after its action; a <select> resets to the option chosen when it mounted, so
  // selects are keyed by the value sent back to remount with it (text inputs follow defaultValue).
  const monthLabel = (month: string) => (/^\d{4}-\d{2}$/.test(month) ? formatMonth(month as Month, locale) : "…");
  const addMilestone = (month = "") => {
    setMilestones((current) => [...current, { key: nextKey, month }]);
    setNextKey((key) => key + 1);
  };
  const setYearly = () => {
    if (!/^\d{4}-\d{2}$/.test(periodStart) || !/^\d{4}-\d{2}$/.test(periodEnd)) return;
    const months = yearlyMilestones(periodStart as Month, periodEnd as Month);
    setMilestones(months.map((month, index) => ({ key: nextKey + index, month })));
    setNextKey((key) => key + months.length);
  };
  // The initial cells belong to the initial milestones, matched by month.
  const initialCell = (month: string, row: string): PlanFormCell | undefined => initial.cells[`${month}.${row}`];
  const fields = { field, values, errors, t };

  return (
    <form action={action} className="space-y-6" noValidate aria-describedby={`${formId}-message`}>
      {editing && (
        <>
          <input type="hidden" name="planId" value={initial.planId} />
          <input type="hidden" name="version" value={initial.version} />
        </>
      )}
      <PlanDetailsFields
        initial={initial}
        units={units}
        period={{ start: periodStart, end: periodEnd, setStart: setPeriodStart, setEnd: setPeriodEnd }}
        {...fields}
      />

      <PlanMilestonesFields
        milestones={milestones}
        setMilestones={setMilestones}
        addMilestone={() => addMilestone()}
        setYearly={setYearly}
        errors={errors}
        t={t}
      />

      {milestones.map((milestone, index) => (
        <PlanTargetsFields
          key={milestone.key}
          index={index}
          milestone={monthLabel(milestone.month)}
          rows={rows}
          cellOf={(row) => initialCell(milestone.month, row)}
          {...fields}
        />
      ))}

      <fieldset className="min-w-0 space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <legend className="px-1 text-base font-semibold text-slate-900">{t.form.agencies}</legend>
        <p className="text-sm text-slate-500">{t.form.agenciesHint}</p>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
          {rows.map((row) => (
            <FormField key={row.key} name={`agency.${row.key}`} label={row.label} errors={errors[`agency.${row.key}`]}>
              <input
                name={`agency.${row.key}`}
                defaultValue={field(`agency.${row.key}`, initial.agencies[row.key] ?? "")}
                autoComplete="off"
                className={inputClass}
              />
            </FormField>
          ))}
        </div>
      </fieldset>

      <PlanSchoolYearFields
        rows={rows.filter((row) => row.key !== "all")}
        initial={initial.schoolYearRows}
        values={values}
        errors={errors}
        t={t}
      />

      <div id={`${formId}-message`}>
        <FormMessage ok={state.ok} message={state.message} />
      </div>
      <SubmitButton
        label={editing ? t.form.save : t.form.create}
        pendingLabel={editing ? t.form.saving : t.form.creating}
      />
    </form>
  );
}
