"use client";

import { useActionState } from "react";

import { useRefreshOnSuccess } from "@/components/plans/use-refresh-on-success";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { endCampaign } from "@/lib/actions/campaigns";

/** Ends a running campaign in the current month instead of its planned last month. */
export function EndCampaignForm({
  campaignId,
  version,
  texts,
}: {
  campaignId: number;
  version: number;
  texts: { title: string; description: string; button: string };
}) {
  const [state, action] = useActionState(endCampaign, INITIAL_ACTION_RESULT);
  useRefreshOnSuccess(state);
  return (
    <form
      action={action}
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      aria-labelledby="end-campaign-title"
    >
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="version" value={version} />
      <h2 id="end-campaign-title" className="text-base font-semibold text-slate-900">
        {texts.title}
      </h2>
      <p className="text-sm text-slate-600">{texts.description}</p>
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton label={texts.button} variant="danger" />
    </form>
  );
}
