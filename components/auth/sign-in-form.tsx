"use client";

import { useActionState } from "react";

import { FormField, inputClass } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { signIn } from "@/lib/actions/auth";
import type { Messages } from "@/lib/i18n/messages";

export function SignInForm({ next, t }: { next: string | null; t: Messages["auth"] }) {
  const [state, action] = useActionState(signIn, INITIAL_ACTION_RESULT);
  return (
    <form action={action} className="space-y-4" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      <FormField name="username" label={t.username} errors={state.fieldErrors.username}>
        <input
          name="username"
          type="text"
          defaultValue={state.values?.username}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus
          className={inputClass}
        />
      </FormField>
      <FormField name="password" label={t.password} errors={state.fieldErrors.password}>
        <input name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </FormField>
      <FormMessage ok={false} message={state.message} />
      <SubmitButton label={t.signIn} pendingLabel={t.signingIn} />
    </form>
  );
}
