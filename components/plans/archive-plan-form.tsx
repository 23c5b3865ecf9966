"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_ACTION_RESULT } from "@/lib/actions/action-result";
import { archivePlan } from "@/lib/actions/plans";
import type { Messages } from "@/lib/i18n/messages";

import { useRefreshOnSuccess } from "./use-refresh-on-success";

/** Archives a plan (hidden from lists, no longer applied on dashboards) or restores it. */
export function ArchivePlanForm({
  planId,
  version,
  archived,
  t,
}: {
  planId: number;
  version: number;
  archived: boolean;
  t: Messages["plans"]["archive"];
}) {
  const [state, action] = useActionState(archivePlan, INITIAL_ACTION_RESULT);
  useRefreshOnSuccess(state);
  return (
    <form action={action} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      <p className="text-sm text-slate-600">{t.archiveHint}</p>
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton label={archived ? t.restore : t.archive} variant={archived ? "secondary" : "danger"} />
    </form>
  );
}
