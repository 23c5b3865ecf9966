"use client";

import { useActionState } from "react";

import { FormField, inputClass } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { resetUserPassword } from "@/lib/actions/users";

/** An administrator's or official's password reset for one user, folded away until opened. */
export function ResetPasswordForm({
  userId,
  labels,
}: {
  userId: string;
  labels: { summary: string; title: string; password: string; hint: string; submit: string };
}) {
  const [state, action] = useActionState(resetUserPassword, INITIAL_ACTION_RESULT);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-700 underline-offset-2 hover:underline">{labels.summary}</summary>
      <form action={action} className="mt-2 w-64 space-y-2" aria-label={labels.title} noValidate>
        <input type="hidden" name="userId" value={userId} />
        <FormField
          name={`password-${userId}`}
          label={labels.password}
          hint={labels.hint}
          errors={state.fieldErrors.password}
        >
          <input
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            className={inputClass}
          />
        </FormField>
        <FormMessage ok={state.ok} message={state.message} />
        <SubmitButton label={labels.submit} variant="secondary" />
      </form>
    </details>
  );
}
