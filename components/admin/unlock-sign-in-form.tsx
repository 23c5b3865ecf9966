"use client";

import { useActionState } from "react";

import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { unlockSignIn } from "@/lib/actions/users";

/** Lifts the sign-in locks of a locked-out account. */
export function UnlockSignInForm({ userId, label }: { userId: string; label: string }) {
  const [state, action] = useActionState(unlockSignIn, INITIAL_ACTION_RESULT);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton label={label} variant="secondary" />
      <p role="status" aria-live="polite" className={`text-xs ${state.ok ? "text-met" : "text-behind"}`}>
        {state.message}
      </p>
    </form>
  );
}
