"use client";

import { useActionState } from "react";

import { FormField, inputClass } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { createReportingRule, deleteReportingRule, updateReportingRule } from "@/lib/actions/reporting-rules";
import type { Messages } from "@/lib/i18n/messages";
import type { StoredReportingRule } from "@/lib/queries/read-reporting-rules";

type Labels = Messages["reports"]["rules"];

const LEVELS = ["1", "2"] as const;

/** The approver level's select; takes the id and descriptions FormField gives its control, so that its label names it. */
function LevelSelect({
  defaultValue,
  labels,
  ...control
}: {
  defaultValue?: number;
  labels: Labels;
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
}) {
  return (
    <select
      {...control}
      name="approverLevel"
      defaultValue={defaultValue === undefined ? "1" : String(defaultValue)}
      className={inputClass}
    >
      {LEVELS.map((level) => (
        <option key={level} value={level}>
          {labels.levels[level]}
        </option>
      ))}
    </select>
  );
}

/** Changes one rule's approver level, deadline, opening of entry and reminder (sending the values as seen), or deletes it. */
export function ReportingRuleForm({
  rule,
  deletable,
  labels,
}: {
  rule: StoredReportingRule;
  deletable: boolean;
  labels: Labels;
}) {
  const [state, action] = useActionState(updateReportingRule, INITIAL_ACTION_RESULT);
  const [deleteState, deleteAction] = useActionState(deleteReportingRule, INITIAL_ACTION_RESULT);
  const id = `rule-${rule.id}`;
  const seen = (
    <>
      <input type="hidden" name="ruleId" value={rule.id} />
      <input type="hidden" name="seenApproverLevel" value={rule.approverLevel} />
      <input type="hidden" name="seenDeadlineDay" value={rule.deadlineDay} />
      <input type="hidden" name="seenOpensDaysBeforeEnd" value={rule.opensDaysBeforeEnd} />
      <input type="hidden" name="seenRemindDaysBeforeDeadline" value={rule.remindDaysBeforeDeadline} />
    </>
  );
  return (
    <div className="space-y-2">
      <form action={action} className="grid gap-3 sm:grid-cols-2 sm:items-start lg:grid-cols-[1fr_1fr_1fr_1fr_auto]">
        {seen}
        <FormField name={`${id}-level`} label={labels.approverLevel} errors={state.fieldErrors.approverLevel}>
          <LevelSelect defaultValue={rule.approverLevel} labels={labels} />
        </FormField>
        <FormField
          name={`${id}-day`}
          label={labels.deadlineDay}
          hint={labels.deadlineDayHint}
          errors={state.fieldErrors.deadlineDay}
        >
          <input
            name="deadlineDay"
            type="number"
            inputMode="numeric"
            defaultValue={rule.deadlineDay}
            className={inputClass}
          />
        </FormField>
        <FormField
          name={`${id}-opens`}
          label={labels.opensDaysBeforeEnd}
          hint={labels.opensDaysBeforeEndHint}
          errors={state.fieldErrors.opensDaysBeforeEnd}
        >
          <input
            name="opensDaysBeforeEnd"
            type="number"
            inputMode="numeric"
            defaultValue={rule.opensDaysBeforeEnd}
            className={inputClass}
          />
        </FormField>
        <FormField
          name={`${id}-remind`}
          label={labels.remindDaysBeforeDeadline}
          hint={labels.remindDaysBeforeDeadlineHint}
          errors={state.fieldErrors.remindDaysBeforeDeadline}
        >
          <input
            name="remindDaysBeforeDeadline"
            type="number"
            inputMode="numeric"
            defaultValue={rule.remindDaysBeforeDeadline}
            className={inputClass}
          />
        </FormField>
        <div className="lg:pt-6">
          <SubmitButton label={labels.save} />
        </div>
      </form>
      {deletable && (
        <form action={deleteAction}>
          {seen}
          <SubmitButton label={labels.delete} variant="danger" />
        </form>
      )}
      <FormMessage ok={state.ok} message={state.message} />
      <FormMessage ok={deleteState.ok} message={deleteState.message} />
    </div>
  );
}

/** Adds a rule from a month. */
export function NewReportingRuleForm({ labels }: { labels: Labels }) {
  const [state, action] = useActionState(createReportingRule, INITIAL_ACTION_RESULT);
  return (
    <form action={action} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <FormField name="new-rule-month" label={labels.effectiveFrom} errors={state.fieldErrors.effectiveFrom}>
          <input name="effectiveFrom" type="month" defaultValue={state.values?.effectiveFrom} className={inputClass} />
        </FormField>
        <FormField name="new-rule-level" label={labels.approverLevel} errors={state.fieldErrors.approverLevel}>
          <LevelSelect labels={labels} />
        </FormField>
        <FormField
          name="new-rule-day"
          label={labels.deadlineDay}
          hint={labels.deadlineDayHint}
          errors={state.fieldErrors.deadlineDay}
        >
          <input
            name="deadlineDay"
            type="number"
            inputMode="numeric"
            defaultValue={state.values?.deadlineDay ?? "5"}
            className={inputClass}
          />
        </FormField>
        <FormField
          name="new-rule-opens"
          label={labels.opensDaysBeforeEnd}
          hint={labels.opensDaysBeforeEndHint}
          errors={state.fieldErrors.opensDaysBeforeEnd}
        >
          <input
            name="opensDaysBeforeEnd"
            type="number"
            inputMode="numeric"
            defaultValue={state.values?.opensDaysBeforeEnd ?? "0"}
            className={inputClass}
          />
        </FormField>
        <FormField
          name="new-rule-remind"
          label={labels.remindDaysBeforeDeadline}
          hint={labels.remindDaysBeforeDeadlineHint}
          errors={state.fieldErrors.remindDaysBeforeDeadline}
        >
          <input
            name="remindDaysBeforeDeadline"
            type="number"
            inputMode="numeric"
            defaultValue={state.values?.remindDaysBeforeDeadline ?? "3"}
            className={inputClass}
          />
        </FormField>
      </div>
      <SubmitButton label={labels.add} />
      <FormMessage ok={state.ok} message={state.message} />
    </form>
  );
}
