// The plan form's milestones (./plan-form.tsx): one month per milestone, added or removed, or one
// per year of the period at once. The list is the form's state (each milestone has its targets).
import type { FieldErrors } from "@/lib/actions/action-result";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";

import { cellControlClass } from "./table-input";

export type MilestoneState = { key: number; month: string };

export function PlanMilestonesFields({
  milestones,
  setMilestones,
  addMilestone,
  setYearly,
  errors,
  t,
}: {
  milestones: MilestoneState[];
  setMilestones: (change: (all: MilestoneState[]) => MilestoneState[]) => void;
  addMilestone: () => void;
  setYearly: () => void;
  errors: FieldErrors;
  t: Messages["plans"];
}) {
  return (
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
  );
}
