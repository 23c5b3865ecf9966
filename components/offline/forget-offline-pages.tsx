"use client";

// On the sign-in page: the pages kept for use offline show the last user's figures; forget them.
// (Saves waiting to be sent are kept: they belong to their user and are sent only in that user's session.)
import { useEffect } from "react";

import { forgetOfflinePages } from "@/lib/offline/offline-worker";

export function ForgetOfflinePages() {
  useEffect(() => {
    void forgetOfflinePages();
  }, []);
  return null;
}
