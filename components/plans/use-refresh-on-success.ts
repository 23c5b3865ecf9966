"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import type { ActionResult } from "@/lib/actions/action-result";

/**
 * Re-reads the page after a successful action, so that what the page shows (and the version the
 * next save will check) is the saved state.
 */
export function useRefreshOnSuccess(state: ActionResult): void {
  const router = useRouter();
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);
}
