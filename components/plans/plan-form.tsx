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
import type { PlanGroup } from "@/lib/plans/plan-groups";
import type { PlanScopeOption } from "@/lib/plans/plan-scope-options";
import { yearlyMilestones } from "@/lib/plans/plan-status";

import { cellControlClass, TableInput } from "./table-input";

type MilestoneState = { key: number; month: string };

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
  const ended = units.filter((unit) => unit.ended);
  const current = units.filter((unit) => !unit.ended);
  const indent = (level: number) => "\u00a0\u00a0".repeat(Math.max(0, level - 1));
  const unitOption = (unit: PlanScopeOption) => (
    <option key={unit.id} value={unit.id}>
      {indent(unit.level)}
      {unit.name} ({unit.code})
    </option>
  );

  return (
    <form action={action} className="space-y-6" noValidate aria-describedby={`${formId}-message`}>
      {editing && (
        <>
          <input type="hidden" name="planId" value={initial.planId} />
          <input type="hidden" name="version" value={initial.version} />
        </>
      )}
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
          <textarea
            name="title"
            rows={2}
            defaultValue={field("title", initial.title)}
            required
            className={inputClass}
          />
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
          <FormField
            name="scopeUnitId"
            label={t.form.scopeUnit}
            hint={t.form.scopeUnitHint}
            errors={errors.scopeUnitId}
          >
            <select
              name="scopeUnitId"
              key={`scope-${values.scopeUnitId ?? ""}`}
              defaultValue={field("scopeUnitId", initial.scopeUnitId)}
              required
              className={inputClass}
            >
              <option value="">{t.form.chooseUnit}</option>
              {current.length > 0 && <optgroup label={t.form.unitsAfter}>{current.map(unitOption)}</optgroup>}
              {ended.length > 0 && <optgroup label={t.form.unitsBefore}>{ended.map(unitOption)}</optgroup>}
            </select>
          </FormField>
          <FormField name="periodStart" label={t.form.periodStart} hint={t.form.periodHint} errors={errors.periodStart}>
            <input
              name="periodStart"
              type="month"
              value={periodStart}
              onChange={(event) => setPeriodStart(event.target.value)}
              required
              className={inputClass}
            />
          </FormField>
          <FormField name="periodEnd" label={t.form.periodEnd} errors={errors.periodEnd}>
            <input
              name="periodEnd"
              type="month"
              value={periodEnd}
              onChange={(event) => setPeriodEnd(event.target.value)}
              required
              className={inputClass}
            />
          </FormField>
        </div>
        <FormField name="notes" label={t.form.notes} errors={errors.notes}>
          <textarea name="notes" rows={3} defaultValue={field("notes", initial.notes)} className={inputClass} />
        </FormField>
      </fieldset>

      <fieldset
        className="min-w-0 space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        aria-describedby="field-milestones-hint field-milestones-error"
      >
        <legend className="px-1 text-base font-semibold text-slate-900">{t.form.milestones}</legend>
        <p id="field-milestones-hint" className="text-sm text-slate-500">
          {t.form.milestonesHint}
        </p>
        <ol className="flex flex-wrap gap-3">
          {milestones.map((milestone, index) => (
            <li key={milestone.key} className="flex items-start gap-1">
              <div>
                <label htmlFor={`field-milestone.${index}`} className="block text-sm font-medium text-slate-800">
                  {fill(t.form.milestone, { index: index + 1 })}
                </label>
                <input
                  id={`field-milestone.${index}`}
                  name={`milestone.${index}`}
                  type="month"
                  value={milestone.month}
                  onChange={(event) => {
                    const month = event.target.value;
                    setMilestones((all) => all.map((m) => (m.key === milestone.key ? { ...m, month } : m)));
                  }}
                  aria-invalid={Boolean(errors[`milestone.${index}`]?.length) || undefined}
                  aria-describedby={`field-milestone.${index}-error`}
                  className={`${cellControlClass} w-44`}
                />
                <div
                  id={`field-milestone.${index}-error`}
                  aria-live="polite"
                  className="max-w-[14rem] text-xs text-behind"
                >
                  {errors[`milestone.${index}`]?.map((error) => (
                    <p key={error}>{error}</p>
                  ))}
                </div>
              </div>
              {milestones.length > 1 && (
                <button
                  type="button"
                  onClick={() => setMilestones((all) => all.filter((m) => m.key !== milestone.key))}
                  className="mt-6 rounded px-2 py-2 text-sm text-behind hover:bg-red-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
                  aria-label={fill(t.form.removeMilestone, { index: index + 1 })}
                  title={fill(t.form.removeMilestone, { index: index + 1 })}
                >
                  ✕
                </button>
              )}
            </li>
          ))}
        </ol>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            onClick={() => addMilestone()}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
          >
            + {t.form.addMilestone}
          </button>
          <button
            type="button"
            onClick={setYearly}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
          >
            {t.form.yearlyMilestones}
          </button>
        </div>
        <div id="field-milestones-error" aria-live="polite" className="text-sm text-behind">
          {errors.milestones?.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
      </fieldset>

      {milestones.map((milestone, index) => (
        <fieldset key={milestone.key} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <legend className="px-1 text-base font-semibold text-slate-900">
            {fill(t.form.targetsAt, { milestone: monthLabel(milestone.month) })}
          </legend>
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
                  const cell = initialCell(milestone.month, row.key);
                  const where = `${row.label} – ${monthLabel(milestone.month)}`;
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
