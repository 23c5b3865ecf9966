"use client";

import { useActionState } from "react";

import { NewPasswordField } from "@/components/auth/new-password-field";
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
        <NewPasswordField
          fieldName={`password-${userId}`}
          name="password"
          label={labels.password}
          hint={labels.hint}
          errors={state.fieldErrors.password}
        />
        <FormMessage ok={state.ok} message={state.message} />
        <SubmitButton label={labels.submit} variant="secondary" />
      </form>
    </details>
  );
}
