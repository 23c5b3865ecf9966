"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";

import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { markNotificationsRead } from "@/lib/actions/reminders";

/**
 * Marks the given messages read; on success the page is rendered again (the banner in the layout
 * goes, the list shows them read). A refusal stays in the form's live region.
 */
export function MarkReadForm({ ids, label, pendingLabel }: { ids: number[]; label: string; pendingLabel: string }) {
  const [state, action] = useActionState(markNotificationsRead, INITIAL_ACTION_RESULT);
  const router = useRouter();
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      {ids.map((id) => (
        <input key={id} type="hidden" name="ids" value={id} />
      ))}
      <SubmitButton label={label} pendingLabel={pendingLabel} variant="secondary" />
      <p role="status" aria-live="polite" className={`text-sm ${state.ok ? "text-met" : "text-behind"}`}>
        {state.ok ? null : state.message}
      </p>
    </form>
  );
}
