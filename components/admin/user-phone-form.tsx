"use client";

import { useActionState } from "react";

import { FormField, inputClass } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { setUserPhone } from "@/lib/actions/users";

/** Sets or removes (left blank) one account's contact phone. */
export function UserPhoneForm({
  userId,
  phone,
  labels,
}: {
  userId: string;
  /** As stored (0912345678), or null. */
  phone: string | null;
  labels: { title: string; phone: string; hint: string; submit: string };
}) {
  const [state, action] = useActionState(setUserPhone, INITIAL_ACTION_RESULT);
  return (
    <form action={action} className="w-64 space-y-2" aria-label={labels.title} noValidate>
      <input type="hidden" name="userId" value={userId} />
      <FormField name={`phone-${userId}`} label={labels.phone} hint={labels.hint} errors={state.fieldErrors.phone}>
        <input
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          defaultValue={state.values?.phone ?? phone ?? ""}
          className={inputClass}
        />
      </FormField>
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton label={labels.submit} variant="secondary" />
    </form>
  );
}
