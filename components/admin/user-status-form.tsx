"use client";

import { useActionState } from "react";

import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { setUserActive } from "@/lib/actions/users";

/** Deactivates an active account or reactivates a deactivated one. */
export function UserStatusForm({
  userId,
  active,
  labels,
}: {
  userId: string;
  active: boolean;
  labels: { deactivate: string; reactivate: string };
}) {
  const [state, action] = useActionState(setUserActive, INITIAL_ACTION_RESULT);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <SubmitButton label={active ? labels.deactivate : labels.reactivate} variant={active ? "danger" : "secondary"} />
      <p role="status" aria-live="polite" className={`text-xs ${state.ok ? "text-met" : "text-behind"}`}>
        {state.message}
      </p>
    </form>
  );
}
