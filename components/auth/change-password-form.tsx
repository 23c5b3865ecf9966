"use client";

import { useActionState } from "react";

import { FormField, inputClass } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { changeOwnPassword } from "@/lib/actions/users";
import type { Messages } from "@/lib/i18n/messages";

import { NewPasswordField } from "./new-password-field";

export function ChangePasswordForm({ t }: { t: Messages["account"] }) {
  const [state, action] = useActionState(changeOwnPassword, INITIAL_ACTION_RESULT);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormField name="currentPassword" label={t.currentPassword} errors={state.fieldErrors.currentPassword}>
        <input name="currentPassword" type="password" autoComplete="current-password" required className={inputClass} />
      </FormField>
      <NewPasswordField
        fieldName="newPassword"
        name="newPassword"
        label={t.newPassword}
        hint={t.newPasswordHint}
        errors={state.fieldErrors.newPassword}
      />
      <FormField name="confirmPassword" label={t.confirmPassword} errors={state.fieldErrors.confirmPassword}>
        <input name="confirmPassword" type="password" autoComplete="new-password" required className={inputClass} />
      </FormField>
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton label={t.save} pendingLabel={t.saving} />
    </form>
  );
}
