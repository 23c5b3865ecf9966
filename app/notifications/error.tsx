"use client";

// This section's pages answer errors like the rest of the app: a generic message, a retry and the way back.
export { RouteError as default } from "@/components/ui/route-error";
