"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useState } from "react";

import type { ActionResult } from "@/lib/actions/action-result";

const PublishContext = createContext<(result: ActionResult) => void>(() => {});

/**
 * The outcome of the last review action, shown in a live region fixed at the bottom of the screen.
 * It lives above the list, so it stays when the row that was acted on changes or leaves the
 * filtered list. A refusal offers to reload the page (the reports may have changed).
 */
export function ReviewNoticeProvider({
  labels,
  children,
}: {
  labels: { reload: string; close: string };
  children: React.ReactNode;
}) {
  const [notice, setNotice] = useState<ActionResult | null>(null);
  const router = useRouter();
  const publish = useCallback((result: ActionResult) => setNotice(result), []);
  return (
    <PublishContext.Provider value={publish}>
      {children}
      <div
        role="status"
        aria-live="polite"
        className="pointer-events-none fixed inset-x-0 bottom-[calc(var(--bottom-nav-height)+1rem)] z-30 flex justify-center px-4"
      >
        {notice?.message && (
          <div
            data-testid="review-notice"
            className={`pointer-events-auto flex max-w-xl items-start gap-3 rounded-lg border bg-white px-4 py-3 text-sm shadow-lg ${notice.ok ? "border-green-600/40 text-met" : "border-behind/40 text-behind"}`}
          >
            <p className="flex-1">{notice.message}</p>
            {!notice.ok && (
              <button
                type="button"
                onClick={() => router.refresh()}
                className="font-medium text-brand-700 underline hover:text-brand-900"
              >
                {labels.reload}
              </button>
            )}
            <button
              type="button"
              onClick={() => setNotice(null)}
              aria-label={labels.close}
              className="text-slate-500 hover:text-slate-800"
            >
              ×
            </button>
          </div>
        )}
      </div>
    </PublishContext.Provider>
  );
}

/** Wraps a form action so that its result is also shown in the notice. */
export function usePublishedAction(action: (previous: ActionResult, formData: FormData) => Promise<ActionResult>) {
  const publish = useContext(PublishContext);
  return useCallback(
    async (previous: ActionResult, formData: FormData) => {
      const result = await action(previous, formData);
      publish(result);
      return result;
    },
    [action, publish],
  );
}
